/* eventref compare page: the diff report between two releases. The build computes the report of
   every pair it publishes (in Java, as `eventref diff FROM TO` does) and writes each as a script,
   diffs/FROM-to-TO.js, that calls eventrefReport(report) with the report as the page shows it:
   headings with their level and id, lines as runs of text and code. This script only picks the
   file and turns the report into elements; report text only ever reaches the page as text nodes. */
(function () {
  "use strict";
  var doc = window.document;
  var form = doc.getElementById("compare-form");
  var fromSelect = doc.getElementById("compare-from");
  var toSelect = doc.getElementById("compare-to");
  var result = doc.getElementById("compare-result");
  var status = doc.getElementById("compare-status");
  if (!form || !fromSelect || !toSelect || !result || !status) { return; }
  var folder = form.getAttribute("data-reports");
  var everyPair = form.getAttribute("data-every-pair") === "true";
  /** The report being loaded: {from, to, script}; null when none is. */
  var pending = null;

  function say(message, problem) {
    status.textContent = message;
    status.classList.toggle("compare-problem", problem);
  }
  /** Runs: a string is text, {code: text} is code. */
  function inline(parent, runs) {
    runs.forEach(function (run) {
      if (typeof run === "string") {
        parent.appendChild(doc.createTextNode(run));
      } else {
        var code = doc.createElement("code");
        code.textContent = run.code;
        parent.appendChild(code);
      }
    });
    return parent;
  }
  function element(name, runs) { return inline(doc.createElement(name), runs); }
  function section(view) {
    var part = doc.createElement("section");
    part.setAttribute("aria-labelledby", view.id);
    var heading = element("h" + view.level, view.heading);
    heading.id = view.id;
    part.appendChild(heading);
    if (view.lines.length) {
      var list = doc.createElement("ul");
      view.lines.forEach(function (line) { list.appendChild(element("li", line)); });
      part.appendChild(list);
    }
    view.parts.forEach(function (child) { part.appendChild(section(child)); });
    return part;
  }
  function stopLoading() {
    if (pending) { pending.script.remove(); }
    pending = null;
  }

  /** Called by a report's script: shows the report, if it is the one asked for last. */
  window.eventrefReport = function (report) {
    if (!pending || report.from !== pending.from || report.to !== pending.to) { return; }
    stopLoading();
    result.textContent = "";
    var title = doc.createElement("h2");
    title.textContent = report.title;
    result.appendChild(title);
    result.appendChild(element("p", report.summary));
    report.parts.forEach(function (view) { result.appendChild(section(view)); });
    say("Showing the changes from " + report.from + " to " + report.to + ".", false);
  };

  /** Loads and shows the report from {@code from} to {@code to}, or says why there is none. */
  function show(from, to) {
    stopLoading();
    result.textContent = "";
    if (fromSelect.selectedIndex >= toSelect.selectedIndex) {
      say("\u201cFrom\u201d must be an older release than \u201cTo\u201d: " + from
          + (from === to ? " is the same release." : " is newer than " + to + ".")
          + " Pick an older release in \u201cFrom\u201d.", true);
      return;
    }
    var script = doc.createElement("script");
    pending = { from: from, to: to, script: script };
    script.onerror = function () {
      if (!pending || pending.script !== script) { return; }
      stopLoading();
      say(everyPair ? "The report from " + from + " to " + to + " could not be loaded."
          : "This site has the reports between consecutive releases only: `eventref diff " + from + " " + to
            + "` compares these two.", true);
    };
    script.src = folder + encodeURIComponent(from) + "-to-" + encodeURIComponent(to) + ".js";
    say("Loading the changes from " + from + " to " + to + "\u2026", false);
    doc.head.appendChild(script);
  }
  /** Keeps ?from=X&to=Y in the address, so that the comparison can be bookmarked and shared. */
  function remember(from, to) {
    var url = new URL(window.location.href);
    url.searchParams.set("from", from);
    url.searchParams.set("to", to);
    try { window.history.replaceState(null, "", url.toString()); } catch (e) { /* file:// in some browsers */ }
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    remember(fromSelect.value, toSelect.value);
    show(fromSelect.value, toSelect.value);
  });

  var params = new URL(window.location.href).searchParams;
  var unknown = [];
  [["from", fromSelect], ["to", toSelect]].forEach(function (entry) {
    var asked = params.get(entry[0]);
    if (asked === null) { return; }
    var release = asked.replace(/^v/, "");
    var listed = Array.prototype.some.call(entry[1].options, function (option) { return option.value === release; });
    if (listed) {
      entry[1].value = release;
    } else {
      unknown.push(asked);
    }
  });
  if (unknown.length) {
    say("No release is called " + unknown.map(function (name) { return "\u201c" + name + "\u201d"; }).join(" or ")
        + ". Pick two releases from the lists.", true);
  } else {
    show(fromSelect.value, toSelect.value);
  }
})();
