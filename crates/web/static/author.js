// Authoring editor: live preview of a lesson while typing, and autosave of the draft.
// Without JavaScript the form still saves and previews on submit.
(function () {
  "use strict";
  var form = document.getElementById("editor-form");
  if (!form) return;
  var text = document.getElementById("text");
  var preview = document.getElementById("preview");
  var status = document.getElementById("autosave-status");
  var csrf = form.querySelector("input[name=csrf]").value;
  var previewUrl = form.getAttribute("data-preview");
  var previewTimer = null, saveTimer = null, lastSaved = text.value;

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-csrf-token": csrf },
      body: body
    });
  }
  function encoded() {
    return "csrf=" + encodeURIComponent(csrf) + "&text=" + encodeURIComponent(text.value);
  }
  text.addEventListener("input", function () {
    if (previewUrl && preview) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(function () {
        post(previewUrl, encoded()).then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { if (html !== null) preview.innerHTML = html; })
          .catch(function () {});
      }, 400);
    }
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () {
      if (text.value === lastSaved) return;
      var value = text.value;
      post(form.action, encoded()).then(function (r) {
        if (r.ok || r.status === 422) {
          lastSaved = value;
          if (status) status.textContent = status.getAttribute("data-saved") || "✓";
        }
      }).catch(function () {
        if (status) status.textContent = "…";
      });
    }, 3000);
  });
})();
