// eventref serve: added to the pages the server serves, never to a built site. Reloads the page
// when the server says it changed (keeping the scroll position; the URL, so ?release=, is kept by
// the reload itself) and shows the content's errors over the page until they are fixed.
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script.getAttribute("data-page");
  var build = script.getAttribute("data-build");
  var key = "eventref-serve-scroll:" + location.pathname + location.search;

  try {
    var saved = sessionStorage.getItem(key);
    if (saved !== null) {
      sessionStorage.removeItem(key);
      var restore = function () { window.scrollTo(0, Number(saved)); };
      if (document.readyState === "complete") { restore(); } else { window.addEventListener("load", restore); }
    }
  } catch (e) { /* storage unavailable: the page opens at the top */ }

  var source = new EventSource("/__eventref/events?page=" + encodeURIComponent(page) + "&build=" + encodeURIComponent(build));
  source.addEventListener("reload", function () {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) { /* reload at the top */ }
    source.close();
    location.reload();
  });
  source.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });
  // Says the page listens (for the browser tests), as data-live on the root element.
  source.addEventListener("open", function () { document.documentElement.setAttribute("data-live", "open"); });

  function show(state) {
    var old = document.getElementById("eventref-serve-problems");
    if (old) { old.remove(); }
    if (!state.problems.length) { return; }
    var box = document.createElement("section");
    box.id = "eventref-serve-problems";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;"
      + "background:#fff5f5;color:#1a1a1a;border:2px solid #c0392b;border-radius:6px;padding:0.75rem 1rem;"
      + "font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3)";
    var title = document.createElement("strong");
    title.textContent = state.title;
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "float:right";
    close.addEventListener("click", function () { box.remove(); });
    var list = document.createElement("ul");
    list.style.cssText = "margin:0.5rem 0 0;padding-left:1.25rem;font:13px/1.4 ui-monospace,monospace";
    state.problems.forEach(function (problem) {
      var item = document.createElement("li");
      item.textContent = problem.text;
      list.appendChild(item);
    });
    box.appendChild(close);
    box.appendChild(title);
    box.appendChild(list);
    document.body.appendChild(box);
  }
})();
