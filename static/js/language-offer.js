/* The language offer (templates/includes/_language_offer.html): a visitor who chose
   a language with the switch (Django's set_language keeps it in a cookie) and opens
   a page in another language is offered their language, not switched silently.
   The offers are rendered hidden, one per other language, in pages that are cached
   and shared by every visitor; this reveals the one matching the cookie, unless
   the visitor dismissed it before (remembered in localStorage, never in a cookie:
   a new cookie would split the shared page cache). No dependencies. */
(function () {
  "use strict";

  var STORAGE_PREFIX = "mpp.languageOffer.dismissed.";

  function cookie(name) {
    var parts = document.cookie ? document.cookie.split(";") : [];
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i].replace(/^\s+/, "");
      if (part.indexOf(name + "=") === 0) {
        return decodeURIComponent(part.slice(name.length + 1));
      }
    }
    return null;
  }

  function dismissed(language) {
    try {
      return window.localStorage.getItem(STORAGE_PREFIX + language) === "1";
    } catch (e) {
      return false; // storage blocked: offer again on the next page
    }
  }

  function remember(language) {
    try {
      window.localStorage.setItem(STORAGE_PREFIX + language, "1");
    } catch (e) {
      /* storage blocked: hidden on this page only */
    }
  }

  function setUp(offer) {
    var language = offer.getAttribute("data-language-offer");
    var chosen = cookie(offer.getAttribute("data-cookie"));
    if (!language || chosen !== language || dismissed(language)) return;
    if (document.documentElement.lang === language) return;
    offer.hidden = false;
    var dismiss = offer.querySelector("[data-language-offer-dismiss]");
    if (dismiss) {
      dismiss.addEventListener("click", function () {
        offer.hidden = true;
        remember(language);
      });
    }
  }

  var offers = document.querySelectorAll("[data-language-offer]");
  for (var i = 0; i < offers.length; i++) setUp(offers[i]);
})();
