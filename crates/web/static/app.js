// Progressive enhancement only: every page works without this file.
// - Quiz: answers are saved as the learner goes; a countdown shows time left.
// - Lesson: the reading position is saved, and restored on return.
// - Offline (signed-in learners): the service worker keeps the lessons of their modules;
//   a lesson finished or quiz answers given offline wait in this browser (localStorage)
//   and are sent to /{lang}/offline/sync when the connection is back, each with its own
//   event id, so sending twice never counts twice.
(function () {
  "use strict";

  var body = document.body;
  var offline = body.dataset.offlineSync ? body.dataset : null;
  var QUEUE = "academy-queue";

  function say(text) {
    var el = document.querySelector(".offline-status");
    if (el && text) { el.textContent = text; el.hidden = false; }
  }
  function queue() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || "[]"); } catch (e) { return []; }
  }
  function setQueue(q) { localStorage.setItem(QUEUE, JSON.stringify(q)); }
  function newId() {
    var a = new Uint8Array(12);
    crypto.getRandomValues(a);
    return Array.prototype.map.call(a, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }
  function enqueue(event) {
    var q = queue().filter(function (e) {
      // The latest state of an attempt's form replaces one not sent yet.
      return !(event.type === "quiz" && e.type === "quiz" && e.attempt === event.attempt);
    });
    event.id = newId();
    event.at = new Date().toISOString();
    q.push(event);
    setQueue(q);
    say(offline && offline.msgQueued);
  }
  var flushing = false;
  function flush() {
    var q = queue();
    if (!offline || flushing || !q.length || !navigator.onLine) return;
    flushing = true;
    fetch(offline.offlineSync, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": offline.csrf },
      body: JSON.stringify({ events: q })
    }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (res) {
      var done = {};
      res.results.forEach(function (x) { done[x.id] = true; });
      setQueue(queue().filter(function (e) { return !done[e.id]; }));
      say(offline.msgSent);
    }).catch(function () {}).then(function () { flushing = false; });
  }
  if (offline) {
    window.addEventListener("online", flush);
    window.addEventListener("offline", function () { say(offline.msgOffline); });
    if (!navigator.onLine) say(offline.msgOffline);
    flush();
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("/sw.js").then(function () {
        return navigator.serviceWorker.ready;
      }).then(function (reg) {
        var last = parseInt(localStorage.getItem("academy-kept-at") || "0", 10);
        var wanted = localStorage.getItem("academy-offline") !== "off";
        // Refresh what is kept now and then, and on the dashboard (after enrolling).
        if (wanted && navigator.onLine && reg.active &&
            (Date.now() - last > 30 * 60 * 1000 || body.dataset.page === "dashboard")) {
          localStorage.setItem("academy-kept-at", String(Date.now()));
          reg.active.postMessage({ type: "keep", url: offline.offlinePages });
        }
      }).catch(function () {});
    }
    // "Done" on a lesson. Offline, or "online" with no data getting through (a weak
    // signal, a captive portal: navigator.onLine cannot tell), the completion is
    // remembered here and the learner goes on to the next kept lesson; the sync sends
    // it later. A server's refusal (an expired form, say) is shown as without script.
    var done = document.querySelector(".lesson-end form");
    if (done) done.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var action = done.getAttribute("action");
      var later = function () {
        var parts = action.split("/");
        enqueue({ type: "lesson", module: parts[3], lesson: parts[5] });
        var next = document.querySelector(".pager a[rel=next]");
        if (next) window.location.href = next.href;
      };
      if (!navigator.onLine) { later(); return; }
      post(action, done.querySelector("[name=csrf]").value, new URLSearchParams(new FormData(done)).toString())
        .then(function (r) {
          if (r.ok) window.location.href = r.url;
          else done.submit();
        }, later);
    });
    // Queued events also go when the connection comes back without an "online" event.
    setInterval(flush, 60000);
  }

  function post(url, csrf, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": csrf },
      body: body
    });
  }

  var quiz = document.querySelector("form.quiz");
  if (quiz) {
    var status = quiz.querySelector(".autosave-status");
    var timer = null;
    var attemptId = quiz.dataset.saveUrl.split("/")[3];
    var keepOffline = function (data) {
      if (!offline) return;
      data.delete("csrf");
      enqueue({ type: "quiz", attempt: attemptId, form: data.toString() });
    };
    quiz.addEventListener("submit", function (ev) {
      if (navigator.onLine) return;
      ev.preventDefault();
      keepOffline(new URLSearchParams(new FormData(quiz)));
      say(offline && offline.msgSubmitOffline);
    });
    var save = function () {
      var data = new URLSearchParams(new FormData(quiz));
      if (!navigator.onLine) { keepOffline(data); return; }
      post(quiz.dataset.saveUrl, quiz.dataset.csrf, data.toString()).then(function (r) {
        if (status) status.textContent = r.ok ? "✓" : "";
        if (r.status === 409) window.location.reload();
      }).catch(function () {
        if (status) status.textContent = "…";
        keepOffline(data);
      });
    };
    quiz.addEventListener("change", function () {
      clearTimeout(timer);
      timer = setTimeout(save, 400);
    });
    var clock = document.querySelector(".timer[data-seconds-left]");
    if (clock) {
      var left = parseInt(clock.dataset.secondsLeft, 10);
      var tick = function () {
        if (left < 0) return;
        var m = Math.floor(left / 60), s = left % 60;
        clock.setAttribute("data-remaining", m + ":" + (s < 10 ? "0" : "") + s);
        left -= 1;
      };
      tick();
      setInterval(tick, 1000);
    }
  }

  var lesson = document.querySelector("article.lesson[data-position-url]");
  if (lesson) {
    var saved = parseInt(lesson.dataset.position || "0", 10);
    var height = function () { return Math.max(1, lesson.offsetHeight - window.innerHeight); };
    if (saved > 0 && saved < 100 && !window.location.hash) {
      window.scrollTo(0, lesson.offsetTop + (height() * saved) / 100);
    }
    var best = saved, pending = null;
    window.addEventListener("scroll", function () {
      var pct = Math.min(100, Math.round(((window.scrollY - lesson.offsetTop) / height()) * 100));
      if (pct > best + 4) {
        best = pct;
        clearTimeout(pending);
        pending = setTimeout(function () {
          post(lesson.dataset.positionUrl, lesson.dataset.csrf, "position=" + best).catch(function () {});
        }, 1500);
      }
    }, { passive: true });
  }

  // Certificate QR codes open /verify/{id}#CSOA1.…: the signed payload stays in the
  // browser; hand it to the check form so the signature itself is verified.
  var verifyForm = document.querySelector("form#verify-payload[data-auto]");
  var hash = window.location.hash.slice(1);
  if (verifyForm && hash.indexOf("CSOA1.") === 0) {
    verifyForm.querySelector("textarea").value = decodeURIComponent(hash);
    verifyForm.submit();
  }
})();

// The offline page: what this device keeps, and removing it.
(function () {
  "use strict";
  var box = document.querySelector(".offline-js");
  if (!box || !("caches" in window) || !("serviceWorker" in navigator)) return;
  box.hidden = false;
  var nojs = document.querySelector(".offline-nojs");
  if (nojs) nojs.hidden = true;
  var status = document.querySelector(".offline-status");
  var fill = function (el, value) {
    if (el) el.textContent = el.dataset.template.replace("%s", value);
  };
  var refresh = function () {
    var q = [];
    try { q = JSON.parse(localStorage.getItem("academy-queue") || "[]"); } catch (e) {}
    fill(document.querySelector(".offline-pending"), q.length);
    if (navigator.storage && navigator.storage.estimate) {
      navigator.storage.estimate().then(function (e) {
        fill(document.querySelector(".offline-size"), Math.round((e.usage || 0) / 1024) + " KB");
      });
    }
    caches.has("academy-pages-v1").then(function (has) {
      return has ? caches.open("academy-pages-v1").then(function (c) { return c.keys(); }) : [];
    }).then(function (keys) {
      var kept = {};
      keys.forEach(function (r) { kept[new URL(r.url).pathname] = true; });
      document.querySelectorAll(".offline-list li[data-path]").forEach(function (li) {
        var yes = !!kept[li.dataset.path];
        li.classList.toggle("kept", yes);
        li.querySelector(".offline-state").textContent = yes ? "✓ " + box.dataset.kept : box.dataset.notKept;
      });
    });
  };
  refresh();
  navigator.serviceWorker.addEventListener("message", function (ev) {
    var d = ev.data || {};
    if (d.type === "kept" || d.type === "forgotten") {
      var b = document.querySelector("[data-offline-action=" + (d.type === "kept" ? "keep" : "forget") + "]");
      if (status && b) { status.textContent = b.dataset.done.replace("%s", d.count); status.hidden = false; }
      refresh();
    }
  });
  box.addEventListener("click", function (ev) {
    var action = ev.target.dataset && ev.target.dataset.offlineAction;
    if (!action) return;
    localStorage.setItem("academy-offline", action === "keep" ? "on" : "off");
    navigator.serviceWorker.ready.then(function (reg) {
      reg.active.postMessage(action === "keep"
        ? { type: "keep", url: document.body.dataset.offlinePages }
        : { type: "forget" });
    });
  });
})();
