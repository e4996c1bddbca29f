package org.councilgraph.web;

/** What every handler needs, built once by {@link WebServer} and handed to each. */
record WebContext(PublishedDataset data, LinkedDataUrls urls, Templates templates, ResourcePages resources,
                  CouncilPages councils, CouncilSummaries summaries, SitePages site, CannedQueries canned, PageCache cache, PageAdmission admission, ServerConfig config) {}
