// The SPARQL page: YASGUI on this server's own endpoint, the canned queries as examples and the
// project's prefixes as completions. Everything it needs is in the page: the endpoint, the prefixes,
// the first query (the plain form's textarea, which a browser without scripts uses as it is) and the
// download formats (the form's format list).
(function () {
  "use strict";

  function formats(rows) {
    return Array.prototype.filter.call(document.querySelectorAll("#format option"), function (o) {
      return o.dataset.rows === String(rows);
    });
  }

  /** Points the download links at the query now in the editor, in the formats its answer comes in. */
  function updateDownloads(endpoint, tab) {
    var el = document.getElementById("downloads");
    var type = tab.getYasqe().getQueryType();
    var rows = type !== "CONSTRUCT" && type !== "DESCRIBE";
    var base = endpoint + "?query=" + encodeURIComponent(tab.getQuery()) + "&format=";
    el.textContent = "Download the answer: ";
    formats(rows).forEach(function (o, i) {
      if (i > 0) el.appendChild(document.createTextNode(" · "));
      var a = document.createElement("a");
      a.href = base + o.value;
      a.textContent = o.textContent.replace(/ \(.*\)$/, "");
      a.dataset.format = a.textContent;
      el.appendChild(a);
    });
  }

  function start() {
    var root = document.getElementById("yasgui");
    var form = document.getElementById("query-form");
    if (!root || !form || typeof Yasgui === "undefined") return; // the plain form stays
    var endpoint = root.dataset.endpoint;
    var Yasqe = Yasgui.Yasqe;
    // prefix completion from the project's own prefixes, not from prefix.cc
    Yasqe.registerAutocompleter(Object.assign({}, Yasqe.Autocompleters.prefixes, {
      get: root.dataset.prefixes.split("\n").filter(Boolean)
    }));
    var yasgui = new Yasgui(root, {
      requestConfig: { endpoint: endpoint },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { value: form.elements.query.value, autocompleters: ["prefixes", "variables"] },
      yasr: { defaultPlugin: "table" }
    });
    form.hidden = true;
    var selected = document.querySelector("#canned li.selected a");
    if (selected) yasgui.getTab().setName(selected.textContent);
    yasgui.on("tabChange", function (y, tab) { updateDownloads(endpoint, tab); });
    yasgui.on("tabSelect", function (y, id) { updateDownloads(endpoint, y.getTab(id)); });
    updateDownloads(endpoint, yasgui.getTab());

    document.getElementById("canned").addEventListener("click", function (e) {
      var a = e.target.closest("a[data-query]");
      if (!a || e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      var tab = yasgui.getTab();
      tab.setQuery(a.dataset.query);
      tab.setName(a.textContent);
      document.querySelectorAll("#canned li").forEach(function (li) { li.classList.toggle("selected", li.contains(a)); });
      history.replaceState(null, "", a.href);
    });
    if (root.dataset.run === "true") yasgui.getTab().query();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
