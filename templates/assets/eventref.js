/* eventref: search, "as of release" view, theme toggle, copy-link buttons and copy buttons of examples.
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

  /* ---- releases: the build writes, for each element of a limited lifespan, data-in: one character
     per release of the selector's data-releases (oldest first), 1 where the element applies ---- */
  var select = document.getElementById("release");
  var releases = select ? (select.getAttribute("data-releases") || "").split(" ") : [];
  function listed(release) { return releases.indexOf(release) >= 0; }
  function appliesIn(lifespan, release) {
    return !lifespan || lifespan.charAt(releases.indexOf(release)) === "1";
  }
  function exists(element, release) { return appliesIn(element.getAttribute("data-in"), release); }
  function applyRelease(release) {
    var elements = document.querySelectorAll("[data-in]");
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var inside = !release || exists(element, release);
      if (element.hasAttribute("data-lifespan")) {
        var notice = element.querySelector(".notice-absent");
        if (notice) { notice.hidden = inside; }
      } else {
        element.classList.toggle("er-out", !inside);
      }
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
    if (!toggle) { return; }
    var dark = effectiveTheme() === "dark";
    toggle.setAttribute("aria-pressed", dark ? "true" : "false");
    toggle.textContent = "Dark theme";
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

  /* ---- copy links to fields ---- */
  var anchors = document.querySelectorAll("a.anchor");
  for (var a = 0; a < anchors.length; a++) {
    (function (anchor) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy the link to " + anchor.getAttribute("href"));
      button.addEventListener("click", function () {
        var url = window.location.href.replace(/#.*$/, "") + anchor.getAttribute("href");
        var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy link"; }, 1500); };
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(url).then(done, function () { window.location.hash = anchor.getAttribute("href"); });
        } else {
          window.location.hash = anchor.getAttribute("href");
        }
        button.setAttribute("data-copied", url);
      });
      anchor.parentNode.insertBefore(button, anchor.nextSibling);
    })(anchors[a]);
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

  /* ---- search ---- */
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var index = window.EVENTREF_SEARCH || [];
  var KIND_WEIGHT = { event: 4, group: 3, category: 2, field: 1 };
  var active = -1;
  var results = [];

  function score(entry, query) {
    var name = entry.name.toLowerCase();
    var best = 0;
    if (name === query) { best = 100; }
    else if (name.indexOf(query) === 0) { best = 80; }
    else if (name.indexOf(query) >= 0) { best = 60; }
    var aliases = entry.aliases || [];
    for (var i = 0; i < aliases.length; i++) { if (aliases[i].indexOf(query) >= 0) { best = Math.max(best, 55); } }
    var fields = entry.fields || [];
    for (var j = 0; j < fields.length && best < 30; j++) { if (fields[j].indexOf(query) >= 0) { best = 30; } }
    if (best === 0 && entry.text.toLowerCase().indexOf(query) >= 0) { best = 20; }
    return best === 0 ? 0 : best * 10 + (KIND_WEIGHT[entry.kind] || 0);
  }
  function search(text) {
    var query = text.trim().toLowerCase();
    if (!query) { return []; }
    var release = select ? select.value : "";
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var entry = index[i];
      var s = score(entry, query);
      if (s > 0 && (!release || appliesIn(entry["in"], release))) {
        found.push({ entry: entry, score: s });
      }
    }
    found.sort(function (a, b) { return b.score - a.score || (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0); });
    return found.slice(0, 12).map(function (f) { return f.entry; });
  }
  function href(entry) {
    var release = select ? select.value : "";
    var parts = entry.url.split("#");
    return root + parts[0] + (release ? "?" + PARAM + "=" + encodeURIComponent(release) : "") + (parts[1] ? "#" + parts[1] : "");
  }
  function render() {
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
      var link = document.createElement("a");
      link.href = href(entry);
      link.tabIndex = -1;
      link.textContent = entry.name + (entry.holder ? " (" + entry.holder + ")" : "");
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
  }
  function go(entry) { window.location.href = href(entry); }
  if (input && list) {
    input.addEventListener("input", function () { results = search(input.value); active = results.length ? 0 : -1; render(); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && results.length) { active = (active + 1) % results.length; render(); e.preventDefault(); }
      else if (e.key === "ArrowUp" && results.length) { active = (active - 1 + results.length) % results.length; render(); e.preventDefault(); }
      else if (e.key === "Enter" && active >= 0) { go(results[active]); e.preventDefault(); }
      else if (e.key === "Escape") { results = []; active = -1; render(); }
    });
    input.addEventListener("blur", function () { setTimeout(function () { results = []; active = -1; render(); }, 150); });
    document.addEventListener("keydown", function (e) {
      var target = e.target;
      var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
      if (e.key === "/" && !typing) { input.focus(); e.preventDefault(); }
    });
  }
})();
