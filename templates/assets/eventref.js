/* eventref: search, "as of release" view, theme toggle, field tables (filter, sort) and copy buttons of examples.
   Everything here enhances pages that are complete without JavaScript. */
(function () {
  "use strict";
  var root = document.documentElement.getAttribute("data-root") || "";
  var PARAM = "release";
  var STORE_RELEASE = "eventref-release";
  var STORE_THEME = "eventref-theme";

  function store(key, value) {
    try { if (value) { localStorage.setItem(key, value); } else { localStorage.removeItem(key); } } catch (e) { /* private mode */ }
  }
  function stored(key) {
    try { return localStorage.getItem(key) || ""; } catch (e) { return ""; }
  }
  /* Names are snake_case: a reader types "imap command finished". */
  function words(text) { return text.toLowerCase().replace(/[_\s]+/g, " ").trim(); }

  /* ---- field tables: filter by text and by where a field comes from, sort by a column ---- */
  var tables = [];
  function tableTools(tool) {
    var table = document.getElementById(tool.getAttribute("data-for"));
    if (!table) { return; }
    var body = table.tBodies[0];
    var filter = tool.querySelector(".row-filter");
    var from = tool.querySelector(".row-from");
    var count = tool.querySelector(".row-count");
    var rows = Array.prototype.slice.call(body.rows);
    function apply() {
      var query = words(filter.value);
      var wanted = from.value;
      var shown = 0;
      var total = 0;
      rows.forEach(function (row) {
        var kind = row.getAttribute("data-from");
        var fromOk = wanted === "" ? kind !== "context" : wanted === "all" || kind === wanted;
        var textOk = !query || words(row.textContent).indexOf(query) >= 0;
        row.classList.toggle("er-filtered", !(fromOk && textOk));
        if (!row.classList.contains("er-out")) {
          total++;
          if (fromOk && textOk) { shown++; }
        }
      });
      count.textContent = shown === total ? total + (total === 1 ? " field" : " fields")
        : shown + " of " + total + " fields";
    }
    filter.addEventListener("input", apply);
    from.addEventListener("change", apply);
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(table.querySelectorAll("button.sort"), function (button) {
      button.addEventListener("click", function () {
        var column = Number(button.getAttribute("data-sort"));
        var header = button.parentNode;
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (cell) { if (cell.hasAttribute("aria-sort")) { cell.setAttribute("aria-sort", "none"); } });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var sorted = rows.slice().sort(function (a, b) {
          var x = a.cells[column].textContent.trim().toLowerCase();
          var y = b.cells[column].textContent.trim().toLowerCase();
          return (x < y ? -1 : x > y ? 1 : rows.indexOf(a) - rows.indexOf(b)) * (ascending ? 1 : -1);
        });
        sorted.forEach(function (row) { body.appendChild(row); });
      });
    });
    /* A link to a context field's row shows the context's fields. */
    function reveal() {
      var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.substring(1))) : null;
      if (target && target.parentNode === body && target.getAttribute("data-from") === "context" && from.value === "") {
        from.value = "all";
        apply();
        target.scrollIntoView();
      }
    }
    window.addEventListener("hashchange", reveal);
    apply();
    reveal();
    tables.push(apply);
  }
  Array.prototype.forEach.call(document.querySelectorAll(".table-tools"), tableTools);

  /* ---- releases: the build writes, for each element of a limited lifespan, data-in: one character
     per release of the selector's data-releases (oldest first), 1 where the element applies ---- */
  var select = document.getElementById("release");
  var releases = select ? (select.getAttribute("data-releases") || "").split(" ") : [];
  var schema = document.getElementById("schema-link");
  var schemaHref = schema ? schema.getAttribute("href") : "";
  var schemaText = schema ? schema.textContent : "";
  function listed(release) { return releases.indexOf(release) >= 0; }
  function appliesIn(lifespan, release) {
    return !lifespan || !release || lifespan.charAt(releases.indexOf(release)) === "1";
  }
  function applyRelease(release) {
    var elements = document.querySelectorAll("[data-in]");
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var inside = appliesIn(element.getAttribute("data-in"), release);
      if (element.hasAttribute("data-lifespan")) {
        var notice = element.querySelector(".notice-absent");
        if (notice) { notice.hidden = inside; }
        element.classList.toggle("er-absent", !inside);
      } else {
        element.classList.toggle("er-out", !inside);
      }
    }
    if (schema) {
      var name = release ? (schema.getAttribute("data-names") || "").split(" ")[releases.indexOf(release)] : "";
      var none = release && (!name || name === "-");
      Array.prototype.forEach.call(document.querySelectorAll(".schema-fact"), function (fact) { fact.hidden = none; });
      schema.setAttribute("href", release && !none ? schema.getAttribute("data-base") + release + "/" + name : schemaHref);
      schema.textContent = release && !none ? release + "/" + name : schemaText;
    }
    var banner = document.getElementById("release-banner");
    if (banner) {
      banner.hidden = !release;
      banner.textContent = "";
      if (release) {
        banner.appendChild(document.createTextNode("Showing the reference as of Dovecot " + release + "."));
        var reset = document.createElement("button");
        reset.type = "button";
        reset.textContent = "Show all releases";
        reset.addEventListener("click", function () { choose(""); });
        banner.appendChild(reset);
      }
    }
    tables.forEach(function (apply) { apply(); });
    rewriteLinks(release);
  }
  function rewriteLinks(release) {
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#" || !/\.html(\?|#|$)/.test(href)) { continue; }
      var hash = href.indexOf("#") >= 0 ? href.substring(href.indexOf("#")) : "";
      var path = href.replace(/[?#].*$/, "");
      links[i].setAttribute("href", path + (release ? "?" + PARAM + "=" + encodeURIComponent(release) : "") + hash);
    }
  }
  function choose(release) {
    if (select) { select.value = release; }
    store(STORE_RELEASE, release);
    var url = new URL(window.location.href);
    if (release) { url.searchParams.set(PARAM, release); } else { url.searchParams.delete(PARAM); }
    try { history.replaceState(null, "", url.toString()); } catch (e) { /* file:// in some browsers */ }
    applyRelease(release);
  }
  if (select) {
    var fromUrl = new URL(window.location.href).searchParams.get(PARAM) || "";
    var initial = listed(fromUrl) ? fromUrl : (listed(stored(STORE_RELEASE)) ? stored(STORE_RELEASE) : "");
    select.value = initial;
    if (initial) { choose(initial); }
    select.addEventListener("change", function () { choose(select.value); });
  }

  /* ---- theme ---- */
  var toggle = document.getElementById("theme-toggle");
  function effectiveTheme() {
    var chosen = document.documentElement.dataset.theme;
    if (chosen) { return chosen; }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function showTheme() {
    toggle.setAttribute("aria-pressed", effectiveTheme() === "dark" ? "true" : "false");
  }
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = effectiveTheme() === "dark" ? "light" : "dark";
      document.documentElement.dataset.theme = next;
      store(STORE_THEME, next);
      showTheme();
    });
    showTheme();
  }

  /* ---- copy captured example lines ---- */
  var examples = document.querySelectorAll("figure.example");
  for (var x = 0; x < examples.length; x++) {
    (function (figure) {
      var pre = figure.querySelector("pre");
      var caption = figure.querySelector("figcaption");
      if (!pre || !caption) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-example";
      button.textContent = "Copy JSON";
      button.addEventListener("click", function () {
        var text = pre.textContent;
        var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy JSON"; }, 1500); };
        var select = function () {
          var range = document.createRange();
          range.selectNodeContents(pre);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(done, select);
        } else {
          select();
        }
        button.setAttribute("data-copied", text);
      });
      caption.appendChild(button);
    })(examples[x]);
  }

  /* ---- search: MiniSearch (assets/minisearch.js) over the build's index (assets/search-index.js),
     both loaded when the reader first reaches for the search field ---- */
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var SHOWN = 12;
  var KIND_WEIGHT = { event: 4, field: 3, upgrade: 2, group: 2, category: 1 };
  var engine = null;
  var entries = [];
  var waiting = [];
  var active = -1;
  var results = [];
  var lastTotal = 0;

  function load(src, then) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = then;
    script.onerror = function () { say("The search index could not be loaded."); };
    document.head.appendChild(script);
  }
  function ready(then) {
    if (engine) { then(); return; }
    waiting.push(then);
    if (waiting.length > 1) { return; }
    load(root + "assets/minisearch.js", function () {
      load(input.getAttribute("data-index"), function () {
        entries = window.EVENTREF_SEARCH || [];
        engine = new window.MiniSearch({
          fields: ["name", "names", "fields", "text"],
          extractField: function (entry, field) {
            if (field === "id") { return entry.id; }
            var value = entry[field];
            return Array.isArray(value) ? value.join(" ") : value;
          },
          tokenize: function (text) { return text.split(/[\s_\-.:,;()\/"'`<>*]+/); },
          processTerm: function (term) { term = term.toLowerCase(); return term ? term : null; },
          searchOptions: {
            boost: { name: 6, names: 4, fields: 1.5, text: 1 },
            prefix: true,
            fuzzy: function (term) { return term.length > 3 ? 1 : 0; },
            combineWith: "AND"
          }
        });
        entries.forEach(function (entry, i) { entry.id = i; });
        engine.addAll(entries);
        var queued = waiting;
        waiting = [];
        queued.forEach(function (run) { run(); });
      });
    });
  }
  /* Exact names first (as typed, or with spaces for underscores), then names that start so, then
     MiniSearch's score; in the release chosen, only what it has. */
  function search(text) {
    var query = text.trim();
    if (!query) { return []; }
    var exact = query.toLowerCase().replace(/\s+/g, "_");
    var release = select ? select.value : "";
    return engine.search(query).map(function (hit) {
      var entry = entries[hit.id];
      var names = [entry.name.toLowerCase()].concat((entry.names || []).map(function (n) { return n.toLowerCase(); }));
      var rank = names.indexOf(exact) >= 0 ? 2 : names.some(function (n) { return n.indexOf(exact) === 0; }) ? 1 : 0;
      return { entry: entry, rank: rank, score: hit.score };
    }).filter(function (found) {
      return appliesIn(found.entry["in"], release);
    }).sort(function (a, b) {
      return b.rank - a.rank || b.score - a.score || (KIND_WEIGHT[b.entry.kind] || 0) - (KIND_WEIGHT[a.entry.kind] || 0)
        || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0);
    }).map(function (found) { return found.entry; });
  }
  function href(entry) {
    var release = select ? select.value : "";
    var parts = entry.url.split("#");
    return root + parts[0] + (release ? "?" + PARAM + "=" + encodeURIComponent(release) : "") + (parts[1] ? "#" + parts[1] : "");
  }
  function say(message) {
    status.textContent = message;
    status.hidden = !message;
  }
  function render(query, total) {
    list.textContent = "";
    for (var i = 0; i < results.length; i++) {
      var entry = results[i];
      var item = document.createElement("li");
      item.id = "search-result-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", i === active ? "true" : "false");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = entry.kind;
      /* the option itself leads to the entry (click, Enter): a link inside it would nest two controls */
      var link = document.createElement("span");
      link.className = "name";
      link.textContent = entry.name;
      var text = document.createElement("span");
      text.className = "text";
      text.textContent = entry.text;
      item.appendChild(kind);
      item.appendChild(link);
      item.appendChild(text);
      item.addEventListener("mousedown", (function (target) { return function (e) { e.preventDefault(); go(target); }; })(entry));
      list.appendChild(item);
    }
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    if (active >= 0) { input.setAttribute("aria-activedescendant", "search-result-" + active); }
    else { input.removeAttribute("aria-activedescendant"); }
    if (!query.trim()) { say(""); }
    else if (total === 0) { say("No results for \u201c" + query.trim() + "\u201d."); }
    else if (total > results.length) { say((total - results.length) + " more: type more words to narrow the search."); }
    else { say(total === 1 ? "1 result." : total + " results."); }
  }
  function update() {
    var query = input.value;
    ready(function () {
      if (input.value !== query) { return; }
      var found = search(query);
      results = found.slice(0, SHOWN);
      active = results.length ? 0 : -1;
      lastTotal = found.length;
      render(query, found.length);
    });
  }
  function clear() { results = []; active = -1; render("", 0); }
  function go(entry) { window.location.href = href(entry); }
  if (input && list) {
    input.addEventListener("focus", function () { ready(function () {}); });
    input.addEventListener("input", update);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && results.length) { active = (active + 1) % results.length; render(input.value, lastTotal); e.preventDefault(); }
      else if (e.key === "ArrowUp" && results.length) { active = (active - 1 + results.length) % results.length; render(input.value, lastTotal); e.preventDefault(); }
      else if (e.key === "Enter" && active >= 0) { go(results[active]); e.preventDefault(); }
      else if (e.key === "Escape") { clear(); }
    });
    input.addEventListener("blur", function () { setTimeout(clear, 150); });
    document.addEventListener("keydown", function (e) {
      var target = e.target;
      var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
      if (e.key === "/" && !typing) { input.focus(); e.preventDefault(); }
    });
  }
})();
