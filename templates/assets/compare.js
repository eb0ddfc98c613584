/* eventref compare page: computes the diff report between two releases from the published
   model (window.EVENTREF_MODEL), in the browser. */
(function () {
  "use strict";
  var result = document.getElementById("compare-result");
  if (result) {
    result.textContent = "Comparing any two releases in the browser is not available yet; the reports between consecutive releases are listed below.";
  }
})();
