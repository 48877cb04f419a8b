/*
 * Quick exit: replace this page with a neutral site at once. location.replace() keeps the portal page out of the
 * back-button history; the link's own href is the fallback when scripts do not run. Pressing Escape three times
 * in a row does the same, for someone who cannot reach the button in time.
 */
(function () {
    "use strict";

    function exitUrl() {
        var link = document.getElementById("quick-exit");
        return link ? (link.getAttribute("data-exit-url") || link.href) : "https://www.wikipedia.org/";
    }

    function quickExit(event) {
        if (event) {
            event.preventDefault();
        }
        document.body.classList.add("is-exiting");
        window.location.replace(exitUrl());
    }

    document.addEventListener("DOMContentLoaded", function () {
        var link = document.getElementById("quick-exit");
        if (link) {
            link.addEventListener("click", quickExit);
        }
    });

    var escapes = 0;
    var escapeTimer = null;
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        escapes += 1;
        clearTimeout(escapeTimer);
        escapeTimer = setTimeout(function () { escapes = 0; }, 1500);
        if (escapes >= 3) {
            quickExit(event);
        }
    });
})();
