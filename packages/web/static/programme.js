// Programme pages: the filters apply as they change (the timetable is fetched and swapped
// in place, the count is announced by its live region, the address stays shareable and
// the back button works), and "add to my agenda" calls the API and updates the button in
// place, announcing the change. Without this script the filter form and the agenda
// buttons submit normally.
(function () {
  var liveForm = document.querySelector('form[data-live-programme]');
  if (liveForm instanceof HTMLFormElement && 'fetch' in window && 'DOMParser' in window) filters(liveForm);
  document.querySelectorAll('form[data-saved-toggle]').forEach(function (f) {
    if (f instanceof HTMLFormElement && 'fetch' in window) savedToggle(f);
  });

  /** @param {HTMLFormElement} form */
  function filters(form) {
    /** @type {AbortController | null} */
    var pending = null;
    /** @type {number | undefined} */
    var typing;

    function addressOf() {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
      });
      var query = params.toString();
      return form.getAttribute('action') + (query ? '?' + query : '');
    }

    /** @param {string} url @param {boolean} push */
    function update(url, push) {
      if (pending) pending.abort();
      pending = new AbortController();
      var results = document.getElementById('programme-results');
      if (results) results.setAttribute('aria-busy', 'true');
      fetch(url, { headers: { accept: 'text/html' }, signal: pending.signal, credentials: 'same-origin' })
        .then(function (res) {
          return res.text();
        })
        .then(function (text) {
          var doc = new DOMParser().parseFromString(text, 'text/html');
          var fresh = doc.getElementById('programme-results');
          if (fresh && results) replace(results, fresh);
          document.title = doc.title;
          if (push) history.pushState({ live: true }, '', url);
        })
        .catch(function (/** @type {unknown} */ err) {
          if (!(err instanceof DOMException && err.name === 'AbortError')) window.location.href = url;
        })
        .finally(function () {
          if (results) results.removeAttribute('aria-busy');
        });
    }

    /** The count stays the same element, so its live region announces the new count. @param {HTMLElement} box @param {HTMLElement} fresh */
    function replace(box, fresh) {
      var count = document.getElementById('programme-count');
      var freshCount = fresh.querySelector('#programme-count');
      Array.from(box.children).forEach(function (child) {
        if (child !== count) child.remove();
      });
      Array.from(fresh.children).forEach(function (child) {
        if (child.id !== 'programme-count') box.appendChild(document.adoptNode(child));
      });
      if (count && freshCount) count.textContent = freshCount.textContent;
      box.querySelectorAll('form[data-saved-toggle]').forEach(function (f) {
        if (f instanceof HTMLFormElement) savedToggle(f);
      });
    }

    form.addEventListener('change', function (e) {
      if (e.target instanceof HTMLSelectElement) update(addressOf(), true);
    });
    form.addEventListener('input', function (e) {
      if (!(e.target instanceof HTMLInputElement)) return;
      window.clearTimeout(typing);
      typing = window.setTimeout(function () {
        update(addressOf(), true);
      }, 300);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      window.clearTimeout(typing);
      update(addressOf(), true);
    });
    window.addEventListener('popstate', function () {
      var params = new URLSearchParams(window.location.search);
      Array.from(form.elements).forEach(function (el) {
        if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement)
          if (el.name && el.type !== 'submit') el.value = params.get(el.name) || '';
      });
      update(window.location.pathname + window.location.search, false);
    });
  }

  /** @param {HTMLFormElement} form */
  function savedToggle(form) {
    if (form.hasAttribute('data-live')) return;
    form.setAttribute('data-live', '');
    var status = document.getElementById('saved-status');
    /** @param {string} key @param {string} [title] */
    function msg(key, title) {
      var text = (status && status.getAttribute('data-msg-' + key)) || key;
      return text.split('{title}').join(title || '');
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var wanted = /** @type {HTMLInputElement} */ (form.querySelector('input[name="saved"]'));
      var csrf = /** @type {HTMLInputElement} */ (form.querySelector('input[name="_csrf"]'));
      var button = /** @type {HTMLButtonElement} */ (form.querySelector('button'));
      var on = wanted.value === 'yes';
      var title = form.getAttribute('data-title') || '';
      button.disabled = true;
      fetch(String(form.getAttribute('data-api')), {
        method: on ? 'PUT' : 'DELETE',
        headers: { 'x-csrf-token': csrf.value },
        credentials: 'same-origin',
      })
        .then(function (res) {
          if (!res.ok) throw new Error(String(res.status));
          wanted.value = on ? 'no' : 'yes';
          var label = form.querySelector('.saved-label');
          if (label) label.textContent = msg(on ? 'remove' : 'add');
          var state = form.querySelector('.saved-state');
          if (state instanceof HTMLElement) state.hidden = !on;
          if (status) status.textContent = msg(on ? 'added' : 'removed', title);
        })
        .catch(function () {
          if (status) status.textContent = msg('failed');
        })
        .finally(function () {
          button.disabled = false;
          button.focus();
        });
    });
  }
})();
