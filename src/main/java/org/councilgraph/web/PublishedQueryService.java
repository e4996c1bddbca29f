package org.councilgraph.web;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

import java.time.Duration;

/** The SPARQL endpoint of a store published at another base: each query asked with the stored base, each answer given with the published one. */
final class PublishedQueryService extends CappedQueryService {
    private final BaseRewrite rewrite;

    PublishedQueryService(long maxRows, Duration timeout, BaseRewrite rewrite, CatalogueTables tables) {
        super(maxRows, timeout, MAX_CONCURRENT, QUEUE_WAIT, tables);
        this.rewrite = rewrite;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        return rewrite.toPublic(super.createQueryExec(action, rewrite.toStore(query), dsg));
    }
}
