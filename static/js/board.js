/* The display board (templates/queueing/board.html): polls the board's JSON every
   second with If-None-Match (an unchanged board is a 304 with no body), redraws
   what changed, chimes and speaks each new call or recall, keeps the clock, and
   rides out a dropped link with a banner and backoff. No dependencies. */
(function () {
  "use strict";

  var POLL_MS = 1000; // a new call shows within two seconds
  var TIMEOUT_MS = 4000; // a request longer than this counts as a dropped link
  var MAX_BACKOFF_MS = 5000;
  var FRESH_MS = 60000; // after a long outage, older calls are shown, not spoken
  var MAX_QUEUED = 6; // announcements waiting their turn
  var NEW_MS = 12000; // how long the newest call stays emphasised

  var body = document.body;
  var url = body.getAttribute("data-url");
  var version = body.getAttribute("data-version");
  var timeZone = body.getAttribute("data-time-zone") || undefined;
  var lang = document.documentElement.lang || "id";
  var offset = clockOffset(body.getAttribute("data-server-time"));
  var $ = function (id) { return document.getElementById(id); };

  // ------------------------------------------------------------ the state
  // ticket ("A-012", unique in a mall's day) -> time of its latest call (ms): a
  // ticket not seen before is a new call, a later time a recall. (Not keyed by
  // counter: counter numbers repeat from booth to booth.)
  var known = {};
  Array.prototype.forEach.call(
    document.querySelectorAll("[data-ticket][data-called-at]"),
    function (el) {
      var at = Date.parse(el.getAttribute("data-called-at"));
      if (el.getAttribute("data-ticket") && !isNaN(at)) known[el.getAttribute("data-ticket")] = at;
    }
  );

  function clockOffset(serverTime) {
    var at = Date.parse(serverTime || "");
    return isNaN(at) ? 0 : at - Date.now();
  }

  function fill(el, values) {
    Array.prototype.forEach.call(el.querySelectorAll("[data-slot]"), function (slot) {
      var value = values[slot.getAttribute("data-slot")];
      slot.textContent = value === undefined || value === null ? "" : String(value);
    });
    return el;
  }

  // "1 person", "2 people" (one form in Indonesian: "orang"), as the page was rendered.
  function people(count) {
    return body.getAttribute(count === 1 ? "data-person" : "data-people");
  }

  function fromTemplate(id, values) {
    var el = $(id).content.firstElementChild.cloneNode(true);
    return fill(el, values);
  }

  function replaceChildren(list, items) {
    while (list.firstChild) list.removeChild(list.firstChild);
    items.forEach(function (item) { list.appendChild(item); });
  }

  var newTimer = null;

  function render(data) {
    var calls = data.calls || [];
    var now = $("board-now-call");
    var top = calls[0];
    $("board-now-empty").hidden = !!top;
    now.hidden = !top;
    if (top) {
      fill(now, top);
      now.setAttribute("data-ticket", top.ticket);
      now.setAttribute("data-called-at", top.called_at);
    }

    replaceChildren($("board-calls"), calls.slice(1).map(function (call) {
      var row = fromTemplate("board-call-template", call);
      row.setAttribute("data-ticket", call.ticket);
      row.setAttribute("data-called-at", call.called_at);
      if (!call.active) row.classList.add("is-past");
      return row;
    }));
    $("board-calls-empty").hidden = calls.length !== 1; // none at all: the box above says so

    var waiting = data.waiting || [];
    replaceChildren($("board-waiting"), waiting.map(function (row) {
      var item = fromTemplate("board-waiting-template", row);
      item.querySelector("[data-plural]").textContent = people(row.people);
      return item;
    }));
    $("board-waiting-empty").hidden = waiting.length > 0;
    $("board-waiting-total").textContent = String(data.waiting_total || 0);
    $("board-waiting-people").textContent = people(data.waiting_total || 0);
  }

  function emphasise() {
    var now = $("board-now");
    now.classList.remove("is-new");
    void now.offsetWidth; // restart the animation
    now.classList.add("is-new");
    clearTimeout(newTimer);
    newTimer = setTimeout(function () { now.classList.remove("is-new"); }, NEW_MS);
  }

  function apply(data) {
    version = String(data.version);
    offset = clockOffset(data.server_time);
    var serverNow = Date.now() + offset;
    var fresh = [];
    var seen = {};
    (data.calls || []).forEach(function (call) {
      var at = Date.parse(call.called_at);
      seen[call.ticket] = at;
      if (known[call.ticket] !== at && serverNow - at < FRESH_MS) fresh.push({ at: at, call: call });
    });
    known = seen;
    render(data);
    measureAll(fresh.length > 0); // a new call: back to the newest of the earlier ones
    if (fresh.length) {
      emphasise();
      fresh.sort(function (a, b) { return a.at - b.at; }); // oldest first
      fresh.forEach(function (item) { announce(item.call.announcement); });
    }
  }

  // ------------------------------------------------------------ pages
  // A list longer than its box flows into further columns to the right, clipped;
  // every PAGE_MS the list slides one page (a box's width) to show them in turn.
  var PAGE_MS = 8000;
  var pagers = [
    { list: $("board-calls"), label: $("board-calls-page"), page: 0, count: 1, step: 0 },
    { list: $("board-waiting"), label: $("board-waiting-page"), page: 0, count: 1, step: 0 }
  ];

  function showPage(pager) {
    pager.list.style.transform = pager.page ? "translateX(" + -pager.page * pager.step + "px)" : "";
    pager.label.hidden = pager.count < 2;
    pager.label.textContent = pager.page + 1 + "/" + pager.count;
  }

  function measure(pager, reset) {
    var list = pager.list;
    var gap = parseFloat(window.getComputedStyle(list).columnGap) || 0;
    var first = list.firstElementChild;
    var columns = {};
    Array.prototype.forEach.call(list.children, function (item) { columns[Math.round(item.offsetLeft)] = true; });
    pager.step = list.parentNode.getBoundingClientRect().width + gap;
    var perPage = first ? Math.max(1, Math.round(pager.step / (first.getBoundingClientRect().width + gap))) : 1;
    pager.count = Math.max(1, Math.ceil(Object.keys(columns).length / perPage));
    if (reset || pager.page >= pager.count) pager.page = 0;
    showPage(pager);
  }

  function measureAll(resetCalls) {
    measure(pagers[0], resetCalls);
    measure(pagers[1], false);
  }

  function turnPages() {
    pagers.forEach(function (pager) {
      if (pager.count < 2) return;
      pager.page = (pager.page + 1) % pager.count;
      showPage(pager);
    });
  }

  // ------------------------------------------------------------ polling
  var failures = 0;
  var pollTimer = null;

  function schedule(ms) {
    clearTimeout(pollTimer);
    pollTimer = setTimeout(poll, ms);
  }

  function poll() {
    var controller = window.AbortController ? new AbortController() : null;
    var abortTimer = setTimeout(function () { if (controller) controller.abort(); }, TIMEOUT_MS);
    fetch(url, {
      headers: { "If-None-Match": '"' + version + '"', Accept: "application/json" },
      cache: "no-store",
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        if (response.status === 304) return null;
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (data) {
        clearTimeout(abortTimer);
        if (data) apply(data);
        failures = 0;
        $("board-offline").hidden = true;
        schedule(POLL_MS);
      })
      .catch(function () {
        clearTimeout(abortTimer);
        failures += 1;
        $("board-offline").hidden = false;
        schedule(Math.min(MAX_BACKOFF_MS, POLL_MS * Math.pow(2, failures - 1)));
      });
  }

  // ------------------------------------------------------------ the clock
  var timeFormat = new Intl.DateTimeFormat(lang, {
    hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: timeZone
  });
  var dateFormat = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
    weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: timeZone
  });
  var dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: timeZone }); // YYYY-MM-DD
  var shownDay = dayFormat.format(new Date(Date.now() + offset));

  function tick() {
    var now = new Date(Date.now() + offset);
    var parts = {};
    timeFormat.formatToParts(now).forEach(function (p) { parts[p.type] = p.value; });
    var text = parts.hour + ":" + parts.minute;
    var clock = $("board-clock");
    if (clock.textContent !== text) clock.textContent = text;
    var day = dayFormat.format(now);
    if (day !== shownDay) { // the server rendered today's date; redraw it at midnight
      shownDay = day;
      $("board-date").textContent = dateFormat.format(now);
    }
  }

  // ------------------------------------------------------------ sound
  var audio = null;
  var soundOn = false;
  var queue = [];
  var speaking = false;
  var voice = null;
  var synth = window.speechSynthesis && window.SpeechSynthesisUtterance ? window.speechSynthesis : null;

  function pickVoice() {
    if (!synth) return;
    var voices = synth.getVoices() || [];
    var id = voices.filter(function (v) { return /^id([-_]|$)/i.test(v.lang); });
    voice = id.filter(function (v) { return /^id[-_]ID$/i.test(v.lang); })[0] || id[0] || null;
  }

  function tone(frequency, at, seconds, peak) {
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.type = "sine";
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(peak, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start(at);
    osc.stop(at + seconds + 0.05);
  }

  // "Ding-dong": two bell-like notes (a sine and a quiet octave each), ~1.6 s.
  function chime() {
    return new Promise(function (resolve) {
      if (!audio) return resolve();
      var t = audio.currentTime + 0.05;
      [[659.25, 0], [523.25, 0.5]].forEach(function (note) {
        tone(note[0], t + note[1], 1.1, 0.3);
        tone(note[0] * 2, t + note[1], 0.5, 0.06);
      });
      setTimeout(resolve, 1700);
    });
  }

  function speak(text) {
    return new Promise(function (resolve) {
      if (!synth || !text) return resolve();
      var done = false;
      var guard = null;
      var finish = function () {
        if (done) return;
        done = true;
        clearTimeout(guard);
        resolve();
      };
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = "id-ID";
      if (voice) utterance.voice = voice;
      utterance.rate = 0.9;
      utterance.onend = finish;
      utterance.onerror = finish;
      // Some browsers never fire onend: never let one utterance block the queue.
      guard = setTimeout(finish, 3000 + text.length * 120);
      synth.speak(utterance);
    });
  }

  function next() {
    if (!queue.length) { speaking = false; return; }
    speaking = true;
    var text = queue.shift();
    chime()
      .then(function () { return speak(text); })
      .then(function () { setTimeout(next, 700); });
  }

  function announce(text) {
    if (!soundOn) return;
    if (queue.length >= MAX_QUEUED) queue.shift();
    queue.push(text);
    if (!speaking) next();
  }

  function setUpSound() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context) {
      try { audio = new Context(); } catch (e) { audio = null; }
    }
    if (!audio && !synth) return; // nothing to play on
    if (synth) {
      pickVoice();
      if ("onvoiceschanged" in synth) synth.onvoiceschanged = pickVoice;
    }
    if (audio && audio.state === "running") { // the browser allows sound without a click
      soundOn = true;
      return;
    }
    // Browsers keep quiet until someone clicks: the operator does, once, at set-up.
    var overlay = $("board-sound");
    var button = $("board-sound-button");
    overlay.hidden = false;
    button.focus();
    button.addEventListener("click", function () {
      if (audio && audio.resume) audio.resume();
      if (synth) { // unlocks speech in browsers that want a gesture for it too
        var silent = new SpeechSynthesisUtterance(" ");
        silent.volume = 0;
        synth.speak(silent);
      }
      soundOn = true;
      overlay.hidden = true;
      chime();
    });
  }

  tick();
  setInterval(tick, 1000);
  measureAll(false);
  setInterval(turnPages, PAGE_MS);
  window.addEventListener("resize", function () { measureAll(false); });
  setUpSound();
  schedule(POLL_MS);
})();
