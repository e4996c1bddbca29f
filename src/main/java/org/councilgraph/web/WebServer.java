package org.councilgraph.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.councilgraph.store.ReadGuards;

import java.util.Map;

/**
 * Builds the server: a read-only SPARQL 1.1 Protocol endpoint at {@code /sparql} (query only; no
 * update, no graph store, no admin, no SERVICE), CORS open to reads without credentials,
 * {@code /$/ping} for health, and the linked-data pages. Every request passes {@link OutOfMemoryGuard},
 * {@link RequestLimits} and {@link CorsHeaders} first. Handlers receive their dependencies in one {@link WebContext}.
 */
public final class WebServer {
    private WebServer() {}

    public static FusekiServer build(PublishedDataset data, ServerConfig config) {
        return build(data, config, PageAdmission.perCore());
    }

    /** The same, with the pages taking turns from {@code admission}. */
    static FusekiServer build(PublishedDataset data, ServerConfig config, PageAdmission admission) {
        // things are named under the published base; links start with it, or with / when none was given
        LinkedDataUrls urls = new LinkedDataUrls(data.base(), config.baseUri() != null ? config.baseUri() : "/");
        Templates templates = new Templates(Map.of("base", urls.base(), "sparql", urls.sparqlEndpoint()));
        ResourcePages resources = new ResourcePages(data, urls);
        CouncilPages councils = new CouncilPages(data, resources);
        WebContext web = new WebContext(data, urls, templates, resources, councils,
                config.councilSummaries() ? CouncilSummaries.start(data, resources, councils) : CouncilSummaries.NONE, new SitePages(data, resources, urls), CannedQueries.load(), new PageCache(config.pageCacheSize()),
                admission, config);

        ReadGuards.topNUpTo(config.maxRows());
        DataService sparql = DataService.newBuilder(data.datasetGraph())
                .addEndpoint(Operation.Query, "")
                .build();
        ResourceServlet pages = new ResourceServlet(web);
        HomeServlet home = new HomeServlet(web);
        SparqlPageFilter sparqlFront = new SparqlPageFilter(urls, new ServiceDescriptionServlet(web));
        CatalogueTables tables = CatalogueTables.start(data, web.canned(), config.maxRows());
        CappedQueryService queries = data.rewrite().active()
                ? new PublishedQueryService(config.maxRows(), config.timeout(), data.rewrite(), tables)
                : new CappedQueryService(config.maxRows(), config.timeout(), CappedQueryService.MAX_CONCURRENT, CappedQueryService.QUEUE_WAIT, tables);
        FusekiServer server = FusekiServer.create()
                .port(config.port())
                .enableCors(false)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, queries)
                .add("/sparql", sparql)
                .addFilter("/*", OutOfMemoryGuard.install())
                .addFilter("/*", new RequestLimits())
                .addFilter("/*", new CorsHeaders())
                .addFilter("/sparql", sparqlFront)
                .addFilter("/sparql/", sparqlFront)
                .addFilter("/sparql", new SparqlFormatNames())
                .addServlet("", home)
                .addServlet("/search", home)
                .addServlet("/id/*", new IdRedirectServlet(web))
                .addServlet("/doc", pages)
                .addServlet("/doc/*", pages)
                .addServlet("/def", pages)
                .addServlet("/def/*", pages)
                .addServlet("/def.ttl", pages).addServlet("/def.jsonld", pages).addServlet("/def.nt", pages).addServlet("/def.rdf", pages).addServlet("/def.html", pages)
                .addServlet("/def.json", pages).addServlet("/def.trig", pages).addServlet("/def.nq", pages).addServlet("/def.n3", pages)
                .addServlet("/compare/*", new CompareServlet(web))
                .addServlet("/query", new QueryPageServlet(web))
                .addServlet("/.well-known/void", new DatasetDescriptionServlet(web))
                .addServlet("/dump.nq.gz", new DumpServlet(web))
                .addServlet("/sitemap.xml", new SitemapServlet(web))
                .addServlet("/static/*", new StaticServlet())
                .build();
        HttpOptions.apply(server, config);
        server.getServletContext().setAttribute(CouncilSummaries.ATTRIBUTE, web.summaries());
        return server;
    }
}
