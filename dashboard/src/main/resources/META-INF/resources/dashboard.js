// The two things the server cannot know: the viewer's time zone, and the seconds passing on the page.
(function () {
  "use strict";

  function showInViewersZone() {
    document.querySelectorAll("time.viewer-time").forEach(function (element) {
      var instant = new Date(element.getAttribute("datetime"));
      if (!isNaN(instant)) {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        element.textContent = new Intl.DateTimeFormat(document.documentElement.lang, {
          dateStyle: "full", timeStyle: "short"
        }).format(instant) + " (" + zone + ")";
      }
    });
  }

  function countDown() {
    var element = document.querySelector("#countdown");
    if (!element) {
      return;
    }
    var left = parseInt(element.getAttribute("data-seconds-left"), 10);
    var shown = element.querySelector(".countdown");
    function render() {
      var days = Math.floor(left / 86400);
      var rest = left % 86400;
      var hours = String(Math.floor(rest / 3600)).padStart(2, "0");
      var minutes = String(Math.floor((rest % 3600) / 60)).padStart(2, "0");
      var seconds = String(rest % 60).padStart(2, "0");
      shown.textContent = days + " d " + hours + ":" + minutes + ":" + seconds;
    }
    render();
    setInterval(function () {
      if (left > 0) {
        left -= 1;
        render();
      }
    }, 1000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    showInViewersZone();
    countDown();
    // The session ended while the page refreshed itself (security/HtmxRequests.java): load the page again, which
    // goes through sign-in.
    document.body.addEventListener("htmx:responseError", function (event) {
      if (event.detail.xhr.status === 499) {
        window.location.reload();
      }
    });
  });
})();
