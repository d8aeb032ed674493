/* global window */
/* The ribbon on old webviews. ES5 only: in the IE11 (Trident) and EdgeHTML webviews of volume-licensed Office 2016/2019
   the modern bundle cannot run, so this stub defines the ribbon's three functions: each shows the update message
   in a dialog (this page with ?notice=update) and always calls event.completed(). Same detection as the pane's
   legacyCheck.js. Elsewhere it does nothing. Loaded as a plain file (copied by webpack, like the pane's legacyCheck.js), after office.js, before the bundle. */
(function (window) {
  var ua = window.navigator ? String(window.navigator.userAgent) : "";
  if (ua.indexOf("Trident") === -1 && ua.indexOf("Edge/") === -1) return;
  window.__dvkLegacyWebview = true;
  var TEXT = {
    vi: {
      title: "Cần cập nhật Office",
      close: "Đóng",
      text: "Phiên bản Excel này dùng trình duyệt cũ (Internet Explorer) nên chưa chạy được các nút của tiện ích. Hãy cập nhật Microsoft 365 / Office 2021 trở lên hoặc dùng Excel trên web.",
    },
    en: {
      title: "Office needs an update",
      close: "Close",
      text: "This version of Excel uses an old browser (Internet Explorer) that cannot run the add-in's buttons. Update to Microsoft 365 / Office 2021 or later, or use Excel on the web.",
    },
  };
  var Office = window.Office;
  if (Office) Office.initialize = function () {};
  function done(event) {
    try {
      event.completed();
    } catch (_ignored) {
      /* nothing more can be done */
    }
  }
  function showUpdate(event) {
    var finished = false;
    var finish = function () {
      if (!finished) {
        finished = true;
        done(event);
      }
    };
    try {
      // The rule of chooseLanguage (src/core), which the pane and the modern ribbon use: Vietnamese when Office
      // runs in Vietnamese or says nothing, English for any other language.
      var display = String(Office.context.displayLanguage || "").toLowerCase();
      var lang = !display || display.indexOf("vi") === 0 ? "vi" : "en";
      var url =
        window.location.protocol +
        "//" +
        window.location.host +
        window.location.pathname +
        "?notice=update&lang=" +
        lang;
      Office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, function (result) {
        if (!result || result.status !== "succeeded" || !result.value) {
          finish();
          return;
        }
        var dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, function () {
          try {
            dialog.close();
          } catch (_ignored) {
            /* already closed */
          }
          finish();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
      });
    } catch (_error) {
      finish();
    }
  }
  window.dvkValidate = showUpdate;
  window.dvkConsolidate = showUpdate;
  window.dvkCreateTemplate = showUpdate;
  if (String(window.location.search).indexOf("notice=update") === -1) return;
  var strings = String(window.location.search).indexOf("lang=en") !== -1 ? TEXT.en : TEXT.vi;
  function render() {
    var document = window.document;
    document.documentElement.lang = strings === TEXT.en ? "en" : "vi";
    document.getElementById("notice-title").textContent = strings.title;
    document.getElementById("notice-text").textContent = strings.text;
    var close = document.getElementById("notice-close");
    close.textContent = strings.close;
    close.onclick = function () {
      Office.context.ui.messageParent("close");
    };
    document.getElementById("notice").removeAttribute("hidden");
  }
  if (window.document.readyState === "loading") window.document.addEventListener("DOMContentLoaded", render);
  else render();
})(window);
