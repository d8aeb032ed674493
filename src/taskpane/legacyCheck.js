/* global window, document */
/* ES5 only: this file runs first in every webview, including Internet Explorer 11 (Trident) and EdgeHTML, where the
   pane's modern bundle cannot run. There it shows what to do instead of a blank pane. No arrow functions, no let/const. */
(function () {
  var ua = window.navigator ? String(window.navigator.userAgent) : "";
  var legacy = ua.indexOf("Trident") !== -1 || ua.indexOf("Edge/") !== -1;
  if (!legacy) return;
  var message = document.getElementById("legacy-message");
  var app = document.getElementById("layout");
  if (app) app.style.display = "none";
  if (message) {
    message.removeAttribute("hidden");
    message.style.display = "block";
  }
  window.__dvkLegacyWebview = true;
})();
