/* The kiosk (templates/queueing/kiosk*.html) and the paper ticket
   (ticket_print.html). Everything works without it; it adds:
   - back to the first step after a minute without a touch (the next citizen);
   - one submission per form (a double tap sends nothing twice; the server's
     issue_key would return the same ticket anyway);
   - an on-screen keyboard for the check-in code;
   - on the paper ticket: the page fitted to the slip's length, printing at once
     from the kiosk, and a "Print" button. No dependencies. */
(function () {
  "use strict";

  var body = document.body;

  // ------------------------------------------------------------ idle return
  var idleUrl = body.getAttribute("data-idle-url");
  var idleSeconds = parseInt(body.getAttribute("data-idle-seconds"), 10);
  var here = location.pathname + location.search;
  if (idleUrl && idleSeconds > 0 && here !== idleUrl) {
    var idleTimer = null;
    var restart = function () {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(function () { location.assign(idleUrl); }, idleSeconds * 1000);
    };
    ["pointerdown", "keydown", "input", "scroll"].forEach(function (type) {
      document.addEventListener(type, restart, { passive: true, capture: true });
    });
    restart();
  }

  // ------------------------------------------------------------ one submission
  Array.prototype.forEach.call(document.querySelectorAll("form[data-once]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("data-sent")) {
        event.preventDefault();
        return;
      }
      form.setAttribute("data-sent", "1");
      var button = form.querySelector("[type=submit][data-busy-label]");
      if (button) {
        button.classList.add("is-busy");
        button.textContent = button.getAttribute("data-busy-label");
      }
    });
  });
  // Back from the print page (bfcache): the form can be sent again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    Array.prototype.forEach.call(document.querySelectorAll("form[data-sent]"), function (form) {
      form.removeAttribute("data-sent");
    });
  });

  // ------------------------------------------------------------ on-screen keys
  Array.prototype.forEach.call(document.querySelectorAll("[data-keys-for]"), function (keys) {
    var input = document.getElementById(keys.getAttribute("data-keys-for"));
    if (!input) return;
    keys.hidden = false;
    input.setAttribute("inputmode", "none"); // no second keyboard over the screen
    keys.addEventListener("click", function (event) {
      var key = event.target.closest("[data-key]");
      if (!key) return;
      var value = key.getAttribute("data-key");
      if (value === "back") input.value = input.value.slice(0, -1);
      else if (value === "clear") input.value = "";
      else if (input.value.replace(/[^0-9a-z]/gi, "").length < 6) input.value += value;
      input.removeAttribute("aria-invalid");
    });
  });

  // ------------------------------------------------------------ paper ticket
  var slip = document.querySelector(".slip");
  if (slip) {
    var fitPage = function () {
      // The roll's page as long as the slip (CSS px to mm at 96 dpi), so the
      // printer feeds no blank paper; the stylesheet's fixed length is the
      // fallback. offsetHeight ignores the zoom the slip has on a large screen.
      var paper = body.classList.contains("paper-58") ? "58" : "80";
      var lengthMm = Math.ceil(slip.offsetHeight * 25.4 / 96) + 4;
      var sheet = document.querySelector("link[href*='ticket-print']");
      try {
        sheet.sheet.insertRule(
          "@page paper-" + paper + " { size: " + paper + "mm " + lengthMm + "mm; margin: 0; }",
          sheet.sheet.cssRules.length
        );
      } catch (error) { /* the fallback length stays */ }
    };
    var print = function () {
      fitPage();
      window.print();
    };
    Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", print);
    });
    if (body.hasAttribute("data-autoprint")) {
      window.addEventListener("load", function () { setTimeout(print, 300); });
    }
  }
})();
