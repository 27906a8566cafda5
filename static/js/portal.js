/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  // Quick exit: leave for the neutral site and replace this page in the
  // history, so the Back button does not bring it back. Without JavaScript
  // the button is an ordinary link.
  var exitLink = document.querySelector("[data-quick-exit]");
  if (exitLink) {
    var leave = function () {
      document.body.hidden = true; // send.js: show no late answer now
      window.location.replace(exitLink.href);
    };
    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      leave();
    });
    // Shift pressed three times within two seconds also leaves.
    var presses = [];
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") {
        return;
      }
      var now = Date.now();
      presses = presses.filter(function (time) { return now - time < 2000; });
      presses.push(now);
      if (presses.length >= 3) {
        leave();
      }
    });
  }

  // Copy buttons (the tracking code): hidden unless the clipboard works.
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (button) {
    var source = document.querySelector(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    // Beside it, a warning: phone keyboards keep a history of what was copied.
    var note = document.getElementById(button.getAttribute("aria-describedby"));
    if (note) {
      note.hidden = false;
    }
    button.addEventListener("click", function () {
      var text = source.textContent.replace(/\s+/g, " ").trim();
      navigator.clipboard.writeText(text).then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    });
  });

  // Move focus to the error summary so screen readers announce it.
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
})();
