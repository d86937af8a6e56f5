// Progressive enhancement only: every page works without this file.
// - Quiz: answers are saved as the learner goes; a countdown shows time left.
// - Lesson: the reading position is saved, and restored on return.
(function () {
  "use strict";

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
    var save = function () {
      var data = new URLSearchParams(new FormData(quiz));
      post(quiz.dataset.saveUrl, quiz.dataset.csrf, data.toString()).then(function (r) {
        if (status) status.textContent = r.ok ? "✓" : "";
        if (r.status === 409) window.location.reload();
      }).catch(function () {
        if (status) status.textContent = "…";
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
