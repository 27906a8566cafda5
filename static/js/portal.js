/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  // Quick exit: leave for the neutral site and replace this page in the
  // history, so the Back button does not bring it back. Without JavaScript
  // the button is an ordinary link.
  var exitLink = document.querySelector("[data-quick-exit]");
  if (!exitLink) {
    return;
  }

  function leave() {
    document.body.hidden = true;
    window.location.replace(exitLink.href);
  }

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
})();
