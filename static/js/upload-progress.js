/* Upload progress for a form marked data-upload-progress (the application form,
   templates/applications/application_edit.html). htmx sends that form (hx-post);
   while files go up on a slow link this script shows how much has been sent, in
   percent, in the form's [data-upload-progress-bar], keeps the buttons from being
   pressed twice, and says so when the sending failed. Without JS (or without htmx)
   the form is sent as an ordinary page and nothing here runs. Only htmx's events,
   no other dependency; loaded from a file, as the CSP allows no inline script. */
(function () {
  "use strict";

  // htmx runs the <script> of a swapped-in page again: listen once.
  if (window.mppUploadProgress) return;
  window.mppUploadProgress = true;

  var FORM = "form[data-upload-progress]";

  function formOf(event) {
    var elt = event.detail && event.detail.elt;
    return elt && elt.matches && elt.matches(FORM) ? elt : null;
  }

  function part(form, selector) {
    return form.querySelector(selector);
  }

  function hasFiles(form) {
    var inputs = form.querySelectorAll("input[type=file]");
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].files && inputs[i].files.length) return true;
    }
    return false;
  }

  function setButtons(form, disabled) {
    var buttons = form.querySelectorAll("button[type=submit]");
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = disabled;
  }

  function showPercent(form, percent) {
    var box = part(form, "[data-upload-progress-bar]");
    if (!box) return;
    var bar = box.querySelector("progress");
    var text = box.querySelector("[data-upload-progress-text]");
    box.hidden = false;
    if (bar) bar.value = percent;
    if (text) text.textContent = percent + "%";
  }

  document.addEventListener("htmx:beforeSend", function (event) {
    var form = formOf(event);
    if (!form) return;
    var error = part(form, "[data-upload-progress-error]");
    if (error) error.hidden = true;
    form.setAttribute("aria-busy", "true");
    // htmx has already read the pressed button's name and value.
    setButtons(form, true);
    var xhr = event.detail.xhr;
    if (!hasFiles(form) || !xhr || !xhr.upload) return;
    showPercent(form, 0);
    xhr.upload.addEventListener("progress", function (progress) {
      if (progress.lengthComputable && progress.total) {
        showPercent(form, Math.floor((progress.loaded / progress.total) * 100));
      }
    });
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    var form = formOf(event);
    if (!form || !document.body.contains(form)) return; // replaced by the answer
    form.removeAttribute("aria-busy");
    if (event.detail.successful) return; // the browser goes to the next page
    setButtons(form, false);
    var box = part(form, "[data-upload-progress-bar]");
    if (box) box.hidden = true;
    var error = part(form, "[data-upload-progress-error]");
    if (!error) return;
    var xhr = event.detail.xhr;
    // A request over the size limit is answered with a plain, translated sentence.
    var own = xhr && xhr.status === 413 ? (xhr.responseText || "").trim() : "";
    error.textContent = own || error.getAttribute("data-message") || "";
    error.hidden = false;
  });
})();
