// Progressive enhancement shared by every page. Pages work without it.
(function () {
  // Auto-submit facet filters when a checkbox changes (the form also has a submit button).
  document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
    if (!(form instanceof HTMLFormElement)) return;
    form.addEventListener('change', function (e) {
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') form.requestSubmit();
    });
  });
  // Print buttons (rendered hidden; shown only when this script runs, since printing needs it).
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    if (!(button instanceof HTMLButtonElement)) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
