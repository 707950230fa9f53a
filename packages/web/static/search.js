// Practice search: updates facets, count and results in place when a filter or the sort
// changes (no page reload, focus stays where it was, the count is announced by its
// aria-live region), and keeps the address shareable. Without this script the form
// submits normally.
(function () {
  var liveForm = document.querySelector('form[data-live-search]');
  if (!(liveForm instanceof HTMLFormElement) || !window.fetch || !window.DOMParser) return;
  // Bound again once checked: the functions below are hoisted, so they would not see the check.
  var form = liveForm;
  /** @type {AbortController | null} */
  var pending = null;

  function addressOf() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      var field = form.elements.namedItem(name);
      var fallback = field instanceof Element ? field.getAttribute('data-default') : null;
      if (typeof value === 'string' && value.trim() !== '' && value !== fallback) params.append(name, value);
    });
    var query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  /** @param {Document} doc @param {string} id */
  function swap(doc, id) {
    var fresh = doc.getElementById(id);
    var old = document.getElementById(id);
    if (fresh && old) old.innerHTML = fresh.innerHTML;
    return fresh;
  }

  /** @param {string} url @param {boolean} push */
  function update(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    var focusedId = document.activeElement && document.activeElement.id;
    var openDetails = Array.from(form.querySelectorAll('details[open]'), function (d) {
      return d.parentElement ? d.parentElement.id : '';
    });
    form.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { accept: 'text/html' }, signal: pending.signal, credentials: 'same-origin' })
      .then(function (res) {
        return res.text();
      })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, 'text/html');
        swap(doc, 'facet-groups');
        swap(doc, 'results');
        var count = doc.getElementById('result-count');
        var shown = document.getElementById('result-count');
        if (count && shown) shown.textContent = count.textContent;
        openDetails.forEach(function (id) {
          var d = id && document.querySelector('#' + id + ' details');
          if (d instanceof HTMLDetailsElement) d.open = true;
        });
        if (focusedId) {
          var again = document.getElementById(focusedId);
          if (again && document.activeElement !== again) again.focus();
        }
        document.title = doc.title;
        if (push) history.pushState({ live: true }, '', url);
      })
      .catch(function (/** @type {unknown} */ err) {
        if (!(err instanceof DOMException && err.name === 'AbortError')) window.location.href = url;
      })
      .finally(function () {
        form.removeAttribute('aria-busy');
      });
  }

  form.addEventListener('change', function (e) {
    var t = e.target;
    if ((t instanceof HTMLInputElement && t.type === 'checkbox') || t instanceof HTMLSelectElement)
      update(addressOf(), true);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    update(addressOf(), true);
  });
  window.addEventListener('popstate', function () {
    update(window.location.pathname + window.location.search, false);
  });
})();
