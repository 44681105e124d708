// Keeps what a person typed in a form (marked data-draft) when the send fails because their session ended:
// the values are saved in this tab's sessionStorage on submit, and put back only when the sign-in page returns
// the person here with ?draft=1 (Program.cs, SignInRedirect). Files, passwords and hidden fields are never kept.
(function () {
    "use strict";
    var skipped = { file: true, password: true, hidden: true, submit: true, button: true };
    function key(form) { return "qyzmet-draft:" + location.pathname + ":" + (form.getAttribute("action") || ""); }
    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (e) { return e.name && !skipped[e.type]; });
    }
    document.querySelectorAll("form[data-draft]").forEach(function (form) {
        form.addEventListener("submit", function () {
            var values = {};
            fields(form).forEach(function (e) {
                if (e.type === "checkbox" || e.type === "radio") { if (e.checked) { values[e.name + "=" + e.value] = true; } }
                else { values[e.name] = e.value; }
            });
            try { sessionStorage.setItem(key(form), JSON.stringify(values)); } catch (ignored) { }
        });
        if (new URLSearchParams(location.search).get("draft") !== "1") { return; }
        var saved;
        try { saved = JSON.parse(sessionStorage.getItem(key(form)) || "null"); } catch (ignored) { saved = null; }
        if (!saved) { return; }
        fields(form).forEach(function (e) {
            if (e.type === "checkbox" || e.type === "radio") { e.checked = saved[e.name + "=" + e.value] === true; }
            else if (Object.prototype.hasOwnProperty.call(saved, e.name)) { e.value = saved[e.name]; }
        });
        sessionStorage.removeItem(key(form));
    });
})();
