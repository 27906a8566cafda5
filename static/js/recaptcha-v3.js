/* reCAPTCHA v3 (only loaded when an operator turned it on): fetch a token
   just before the report form is sent. */
(function () {
  "use strict";
  var input = document.querySelector("[data-recaptcha-v3]");
  if (!input || !window.grecaptcha) {
    return;
  }
  var form = input.form;
  form.addEventListener("submit", function (event) {
    if (input.value) {
      return;
    }
    event.preventDefault();
    window.grecaptcha.ready(function () {
      window.grecaptcha
        .execute(input.getAttribute("data-recaptcha-v3"), { action: "report" })
        .then(function (token) {
          input.value = token;
          // requestSubmit: through the submit handlers again (send.js shows
          // the sending state and stops a second press); form.submit() in
          // browsers without it.
          if (form.requestSubmit) {
            form.requestSubmit();
          } else {
            form.submit();
          }
        });
    });
  });
})();
