/* The ticket page (templates/queueing/ticket_detail.html): asks for the ticket's
   place every ten seconds with If-None-Match (an unchanged place is a 304 with no
   body) and swaps in the new `_ticket_place.html`. Stops when the new part has no
   data-poll-url (the ticket was called, or finished); pauses while the page is
   hidden. No dependencies. */
(function () {
  "use strict";

  var TIMEOUT_MS = 8000;
  var timer = null;
  var busy = false;

  function current() {
    return document.getElementById("ticket-place");
  }

  function schedule(delayMs) {
    clearTimeout(timer);
    var place = current();
    if (!place || !place.getAttribute("data-poll-url") || document.hidden) return;
    var seconds = parseInt(place.getAttribute("data-poll-seconds"), 10) || 10;
    timer = setTimeout(poll, delayMs === undefined ? seconds * 1000 : delayMs);
  }

  function poll() {
    var place = current();
    if (busy || !place) return;
    var url = place.getAttribute("data-poll-url");
    if (!url) return;
    busy = true;
    var controller = "AbortController" in window ? new AbortController() : null;
    var abort = setTimeout(function () { if (controller) controller.abort(); }, TIMEOUT_MS);
    fetch(url, {
      headers: { "If-None-Match": place.getAttribute("data-etag") || "" },
      cache: "no-store",
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) {
        if (response.status === 304 || !response.ok) return null;
        return response.text();
      })
      .then(function (html) {
        if (!html) return;
        var holder = document.createElement("template");
        holder.innerHTML = html.trim();
        var fresh = holder.content.querySelector("#ticket-place");
        if (fresh) current().replaceWith(fresh);
      })
      .catch(function () { /* a dropped link: try again at the next tick */ })
      .then(function () {
        clearTimeout(abort);
        busy = false;
        schedule();
      });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) clearTimeout(timer);
    else schedule(0); // back on the page: ask at once
  });
  schedule();
})();
