// Practice search: updates facets, count and results in place when a filter or the sort
// changes (no page reload, focus stays where it was, the count is announced by its
// aria-live region), and keeps the address shareable. Without this script the form
// submits normally.
(function () {
  var form = document.querySelector('form[data-live-search]');
  if (!form || !window.fetch || !window.DOMParser) return;
  var pending = null;

  function addressOf() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      var field = form.elements.namedItem(name);
      var fallback = field && field.getAttribute && field.getAttribute('data-default');
      if (typeof value === 'string' && value.trim() !== '' && value !== fallback) params.append(name, value);
    });
    var query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  function swap(doc, id) {
    var fresh = doc.getElementById(id);
    var old = document.getElementById(id);
    if (fresh && old) old.innerHTML = fresh.innerHTML;
    return fresh;
  }

  function update(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    var focusedId = document.activeElement && document.activeElement.id;
    var openDetails = Array.prototype.map.call(form.querySelectorAll('details[open]'), function (d) { return d.parentNode.id; });
    form.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { accept: 'text/html' }, signal: pending.signal, credentials: 'same-origin' })
      .then(function (res) { return res.text(); })
      .then(function (text) {
        var doc = new DOMParser().parseFromString(text, 'text/html');
        swap(doc, 'facet-groups');
        swap(doc, 'results');
        var count = doc.getElementById('result-count');
        if (count) document.getElementById('result-count').textContent = count.textContent;
        openDetails.forEach(function (id) {
          var d = id && document.querySelector('#' + id + ' details');
          if (d) d.open = true;
        });
        if (focusedId) {
          var again = document.getElementById(focusedId);
          if (again && document.activeElement !== again) again.focus();
        }
        document.title = doc.title;
        if (push) history.pushState({ live: true }, '', url);
      })
      .catch(function (err) { if (err.name !== 'AbortError') window.location.href = url; })
      .finally(function () { form.removeAttribute('aria-busy'); });
  }

  form.addEventListener('change', function (e) {
    var t = e.target;
    if (t && (t.type === 'checkbox' || t.tagName === 'SELECT')) update(addressOf(), true);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    update(addressOf(), true);
  });
  window.addEventListener('popstate', function () { update(window.location.pathname + window.location.search, false); });
})();
