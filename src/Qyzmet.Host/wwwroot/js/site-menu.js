// The header menu on a narrow screen (issue 11, mobile): the menu and the account links are folded behind the
// "Menu" button so the first screen shows the page's content. Without scripts the menu simply stays open.
(function () {
    "use strict";
    var button = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
        var open = menu.classList.toggle("open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && menu.classList.contains("open")) {
            menu.classList.remove("open");
            button.setAttribute("aria-expanded", "false");
            button.focus();
        }
    });
}());
