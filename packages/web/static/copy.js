// Copy buttons (rendered hidden; shown when this script runs): copy the named field's text
// to the clipboard and say so in the status next to it. Without JavaScript the field is
// read-only and can be selected and copied by hand.
(function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    if (!(button instanceof HTMLButtonElement) || !navigator.clipboard) return;
    var source = document.getElementById(button.getAttribute('data-copy') || '');
    if (!(source instanceof HTMLInputElement)) return;
    var field = source;
    var status = button.parentElement && button.parentElement.querySelector('[data-copy-done]');
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) status.textContent = status.getAttribute('data-copy-done');
      });
    });
  });
})();
