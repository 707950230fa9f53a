// The network map: applies a filter as soon as it changes (the map, the list and the option
// counts are replaced in place, the address stays shareable, the new summary is announced
// and focus stays on the filter). Without this script the form submits normally.
(function () {
  var found = document.querySelector('form[data-network-filters]');
  if (!(found instanceof HTMLFormElement) || !window.fetch || !window.DOMParser) return;
  var form = found;
  var status = document.getElementById('network-status');
  /** @type {AbortController | null} */
  var pending = null;

  function addressOf() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && value !== '') params.append(name, value);
    });
    var query = params.toString();
    return (form.getAttribute('action') || '/network') + (query ? '?' + query : '');
  }

  /** @param {Document} doc */
  function apply(doc) {
    var fresh = doc.getElementById('network-results');
    var old = document.getElementById('network-results');
    if (!fresh || !old) return;
    old.replaceWith(document.importNode(fresh, true));
    form.querySelectorAll('select').forEach(function (select) {
      var next = doc.getElementById(select.id);
      if (next) select.innerHTML = next.innerHTML;
    });
    if (status) status.textContent = fresh.getAttribute('data-summary') || '';
  }

  /** @param {string} url */
  function update(url) {
    if (pending) pending.abort();
    var controller = new AbortController();
    pending = controller;
    form.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { Accept: 'text/html' }, signal: controller.signal })
      .then(function (res) {
        if (!res.ok) throw new Error(String(res.status));
        return res.text();
      })
      .then(function (text) {
        apply(new DOMParser().parseFromString(text, 'text/html'));
        history.replaceState(null, '', url);
      })
      .catch(function (err) {
        if (!(err instanceof DOMException && err.name === 'AbortError')) window.location.assign(url);
      })
      .finally(function () {
        if (pending === controller) {
          pending = null;
          form.removeAttribute('aria-busy');
        }
      });
  }

  form.addEventListener('change', function () {
    update(addressOf());
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update(addressOf());
  });
})();
