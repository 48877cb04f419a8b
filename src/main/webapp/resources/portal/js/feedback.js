/*
 * Feedback where you act (issue 17). After every PrimeFaces Ajax action, and after a full-page form submission:
 * - a refused form gets an error summary at its top (the GOV.UK pattern): a heading and one link per field in error,
 *   each link moving focus to its field; focus goes to the summary;
 * - otherwise a panel that the action opened (marked data-focus-on-open) gets focus (or the field it names in
 *   data-focus-field), so the person is where the form is and a screen reader says what opened;
 * - otherwise the message the action produced (p:messages, p:message, a .feedback element) gets focus and is read
 *   out through the page's live region;
 * - otherwise, when the update removed the element that had focus, focus returns to the re-rendered control of the
 *   same id (never to <body>).
 * No inline script: this file is served from the portal's own origin under the Content-Security-Policy.
 */
(function () {
    "use strict";

    var MESSAGES = ".ui-messages-error, .ui-messages-warn, .ui-messages-info, .ui-messages-fatal, "
        + ".ui-message-error, .ui-message-info, .ui-message-warn, .messages li, .feedback";
    var lastActionId = null;
    var lastPlaceId = null;
    var pending = false;
    var PLACES = "article[id], li[id], tr[id], fieldset[id], section[id]";
    var openBefore = {};

    function visible(el) {
        return !!(el && (el.offsetWidth || el.offsetHeight || el.getClientRects().length));
    }

    function textOf(el) {
        return (el.textContent || "").replace(/\s+/g, " ").trim();
    }

    function focusOn(el) {
        if (!el) {
            return false;
        }
        if (!el.matches("a[href], button, input, select, textarea, [tabindex]")) {
            el.setAttribute("tabindex", "-1");
        }
        el.focus({preventScroll: true});
        el.scrollIntoView({block: "center"});
        return document.activeElement === el;
    }

    function announce(text) {
        var live = document.getElementById("live-feedback");
        if (live && text) {
            live.textContent = "";
            window.setTimeout(function () { live.textContent = text; }, 50);
        }
    }

    function labelFor(field) {
        if (field.id) {
            var label = document.querySelector("label[for='" + CSS.escape(field.id) + "']");
            if (label) {
                return textOf(label).replace(/\*$/, "").trim();
            }
        }
        return field.getAttribute("aria-label") || field.name || "";
    }

    function fieldMessage(field) {
        var box = field.closest(".field") || field.parentElement;
        var detail = box ? box.querySelector(".ui-message-error-detail, .ui-message-error") : null;
        return detail ? textOf(detail) : "";
    }

    /** Builds (or rebuilds) the error summary at the top of a form with fields in error; returns it, or null. */
    function errorSummary(form) {
        var old = form.querySelector(":scope > .error-summary");
        if (old) {
            old.remove();
        }
        var fields = Array.prototype.filter.call(form.querySelectorAll(
            "input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true'], "
            + "input.ui-state-error, select.ui-state-error, textarea.ui-state-error"), visible);
        var seen = {};
        fields = fields.filter(function (f) { return f.id && !seen[f.id] && (seen[f.id] = true); });
        if (!fields.length) {
            return null;
        }
        var summary = document.createElement("div");
        summary.className = "error-summary";
        summary.setAttribute("role", "alert");
        summary.setAttribute("aria-labelledby", form.id + "-error-summary-title");
        var heading = document.createElement("h2");
        heading.id = form.id + "-error-summary-title";
        heading.textContent = document.body.getAttribute("data-error-summary") || "There is a problem";
        summary.appendChild(heading);
        var list = document.createElement("ul");
        fields.forEach(function (field) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = "#" + field.id;
            var message = fieldMessage(field);
            link.textContent = labelFor(field) + (message ? ": " + message : "");
            link.addEventListener("click", function (event) {
                event.preventDefault();
                field.focus();
                field.scrollIntoView({block: "center"});
            });
            item.appendChild(link);
            list.appendChild(item);
        });
        summary.appendChild(list);
        form.insertBefore(summary, form.firstChild);
        return summary;
    }

    /**
     * The open panels by id, each with its heading: a panel showing another item counts as newly opened, and so does
     * one opened again on the same item (its data-opened count changed).
     */
    function openPanels() {
        var open = {};
        document.querySelectorAll("[data-focus-on-open]").forEach(function (el) {
            if (el.id && visible(el)) {
                open[el.id] = textOf(el.querySelector("h2, h3, legend") || el).slice(0, 200)
                    + "\u0000" + (el.getAttribute("data-opened") || "");
            }
        });
        return open;
    }

    /** Whether two elements are more than half a screen apart: the person would not see the message. */
    function far(a, b) {
        return Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) > window.innerHeight / 2;
    }

    /**
     * The message repeated where the person acted (the item's article, row or list entry), so that "You accepted"
     * appears beside the meeting answered, not a page above it. The next update of the form replaces it.
     */
    function echo(box, place) {
        var copy = document.createElement(place.tagName === "TR" ? "span" : "p");
        var error = box.matches(".ui-messages-error, .ui-message-error, .ui-messages-fatal")
            || !!box.querySelector(".ui-messages-error, .ui-message-error, .ui-messages-fatal");
        copy.className = "feedback feedback--echo" + (error ? " feedback--error" : "");
        copy.setAttribute("role", error ? "alert" : "status");
        copy.textContent = textOf(box);
        if (place.tagName === "TR") {
            var cells = place.querySelectorAll("td");
            (cells.length ? cells[cells.length - 1] : place).appendChild(copy);
        } else {
            place.appendChild(copy);
        }
        return copy;
    }

    function firstMessage(scope) {
        var found = Array.prototype.filter.call((scope || document).querySelectorAll(MESSAGES),
            function (el) { return visible(el) && textOf(el); });
        return found.length ? found[0] : null;
    }

    function afterUpdate() {
        document.querySelectorAll(".feedback--echo").forEach(function (old) { old.remove(); });
        var forms = document.querySelectorAll("form[id]");
        for (var i = 0; i < forms.length; i++) {
            var summary = errorSummary(forms[i]);
            if (summary) {
                focusOn(summary);
                return;
            }
        }
        var nowOpen = openPanels();
        for (var id in nowOpen) {
            if (openBefore[id] === undefined || openBefore[id] !== nowOpen[id]) {
                var panel = document.getElementById(id);
                // A panel may name the field to type in (data-focus-field: the comment form's text): focus goes
                // there, and its heading is read out, so the person hears what they are writing about.
                var fieldId = panel.getAttribute("data-focus-field");
                var field = fieldId ? document.getElementById(fieldId) : null;
                focusOn(field && visible(field) ? field : panel);
                announce(textOf(panel.querySelector("h2, h3, legend") || panel).slice(0, 200));
                return;
            }
        }
        var action = lastActionId ? document.getElementById(lastActionId) : null;
        var place = lastPlaceId ? document.getElementById(lastPlaceId) : null;
        var near = place || (action ? action.closest("article, li, tr, section, fieldset, form") : null);
        var message = (near && firstMessage(near)) || firstMessage(document);
        if (message) {
            var box = message.closest(".ui-messages, .ui-message, .messages, .feedback") || message;
            if (near && !near.contains(box) && far(box, near)) {
                box = echo(box, near);
            }
            focusOn(box);
            announce(textOf(box));
            return;
        }
        var active = document.activeElement;
        if ((!active || active === document.body || !active.isConnected) && action) {
            action.focus({preventScroll: true});
        }
    }

    document.addEventListener("click", function (event) {
        var control = event.target.closest
            ? event.target.closest("button[id], a.ui-commandlink[id], input[type='submit'][id]") : null;
        if (!control) {
            return;
        }
        lastActionId = control.id;
        var place = control.parentElement ? control.parentElement.closest(PLACES) : null;
        lastPlaceId = place ? place.id : null;
        pending = true;
        openBefore = openPanels();
    }, true);

    document.addEventListener("DOMContentLoaded", function () {
        openBefore = {};
        var forms = document.querySelectorAll("form[id]");
        for (var i = 0; i < forms.length; i++) {
            var summary = errorSummary(forms[i]);
            if (summary) {
                focusOn(summary);
                break;
            }
        }
        if (window.jQuery) {
            // Only updates that a person's action asked for: paging a table or a dropdown's own requests are left alone.
            window.jQuery(document).on("pfAjaxComplete", function () {
                if (pending) {
                    pending = false;
                    window.setTimeout(afterUpdate, 0);
                }
            });
        }
    });
})();
