/*
 * Quick exit: replace this page with a neutral site at once. location.replace() keeps the portal page out of the
 * back-button history; the link's own href is the fallback when scripts do not run. Pressing Escape three times
 * in a row does the same, for someone who cannot reach the button in time.
 * Before leaving, a beacon (a POST the browser delivers even as the page goes) asks the portal to end the session and
 * the sign-in (security.QuickExitServlet), so that the portal's address and the Back button show the sign-in page, not
 * the person's data. A page the browser restores from its back-forward cache is loaded afresh for the same reason.
 */
(function () {
    "use strict";

    function exitUrl() {
        var link = document.getElementById("quick-exit");
        return link ? (link.getAttribute("data-exit-url") || link.href) : "https://www.wikipedia.org/";
    }

    function endSession() {
        var link = document.getElementById("quick-exit");
        var endUrl = link ? link.getAttribute("data-end-url") : null;
        if (!endUrl) {
            return;
        }
        try {
            if (navigator.sendBeacon && navigator.sendBeacon(endUrl)) {
                return;
            }
        } catch (ignored) {
            // fall through to fetch
        }
        try {
            fetch(endUrl, { method: "POST", keepalive: true, credentials: "same-origin" });
        } catch (ignored) {
            // the neutral site still replaces the page
        }
    }

    window.addEventListener("pageshow", function (event) {
        if (event.persisted) {
            window.location.reload();
        }
    });

    function quickExit(event) {
        if (event) {
            event.preventDefault();
        }
        document.body.classList.add("is-exiting");
        endSession();
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

    /*
     * A button that names a command (data-command: a p:remoteCommand of the page) and a comment (data-comment) or a
     * section (data-section) runs that command for it: on the consultation page, Reply, Edit, Withdraw, Report and Hide
     * under each comment, and "Comment on this section" under each section.
     */
    document.addEventListener("click", function (event) {
        var button = event.target && event.target.closest ? event.target.closest("button[data-command]") : null;
        if (!button) {
            return;
        }
        var command = window[button.getAttribute("data-command")];
        if (typeof command === "function") {
            event.preventDefault();
            command(button.hasAttribute("data-section")
                ? [{ name: "sectionId", value: button.getAttribute("data-section") }]
                : [{ name: "commentId", value: button.getAttribute("data-comment") }]);
        }
    });
})();
