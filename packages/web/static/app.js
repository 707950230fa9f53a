// Progressive enhancement shared by every page. Pages work without it.
(function () {
  // The menu collapses behind a disclosure button on narrow screens (CSS shows the button
  // only there, and only when this script runs; without it the menu is always shown).
  document.documentElement.classList.add('js');
  var toggle = document.querySelector('button.menu-toggle');
  var menu = document.getElementById('site-menu');
  if (toggle instanceof HTMLButtonElement && menu) {
    var menuButton = toggle;
    var siteMenu = menu;
    menuButton.hidden = false;
    menuButton.addEventListener('click', function () {
      var open = menuButton.getAttribute('aria-expanded') !== 'true';
      menuButton.setAttribute('aria-expanded', String(open));
      siteMenu.classList.toggle('open', open);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menuButton.getAttribute('aria-expanded') === 'true') {
        menuButton.setAttribute('aria-expanded', 'false');
        siteMenu.classList.remove('open');
        menuButton.focus();
      }
    });
  }
  // The search filters start folded on narrow screens (their summary counts the active ones).
  var filters = document.getElementById('filters-panel');
  if (filters instanceof HTMLDetailsElement && window.matchMedia('(max-width: 48rem)').matches) filters.open = false;
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
  // Destructive actions: the link opens its confirmation page; with this script the same
  // question (fetched from that page) opens in a modal dialog instead, and the form in it posts.
  document.addEventListener('click', function (e) {
    var target = e.target instanceof Element ? e.target.closest('a[data-confirm]') : null;
    if (!(target instanceof HTMLAnchorElement) || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (typeof HTMLDialogElement !== 'function' || !window.fetch) return;
    e.preventDefault();
    var trigger = target;
    fetch(trigger.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (res) {
        return res.text().then(function (text) {
          return { ok: res.ok, text: text };
        });
      })
      .then(function (r) {
        var body = new DOMParser().parseFromString(r.text, 'text/html').getElementById('confirm-body');
        if (!r.ok || !body) {
          window.location.href = trigger.href;
          return;
        }
        var dialog = document.createElement('dialog');
        dialog.className = 'confirm-dialog';
        dialog.setAttribute('aria-labelledby', 'confirm-title');
        dialog.setAttribute('aria-describedby', 'confirm-question');
        dialog.appendChild(document.importNode(body, true));
        var heading = dialog.querySelector('h1');
        if (heading) {
          var h2 = document.createElement('h2');
          h2.id = heading.id;
          h2.textContent = heading.textContent;
          heading.replaceWith(h2);
        }
        dialog.querySelectorAll('[data-confirm-cancel]').forEach(function (cancel) {
          cancel.addEventListener('click', function (ev) {
            ev.preventDefault();
            dialog.close();
          });
        });
        dialog.addEventListener('close', function () {
          dialog.remove();
          trigger.focus();
        });
        document.body.appendChild(dialog);
        dialog.showModal();
        var cancel = dialog.querySelector('[data-confirm-cancel]');
        if (cancel instanceof HTMLElement) cancel.focus();
      })
      .catch(function () {
        window.location.href = trigger.href;
      });
  });
})();

// Follow buttons: without this script the form posts and the page comes back with the
// other button. With it, the form posts in the background and only the button is swapped
// for the one the returned page shows, keeping the keyboard focus on it. When that page has
// no such button (e.g. the item left the list of follows) the browser goes to that page.
(function () {
  if (!window.fetch || !window.DOMParser) return;
  /** @param {Document | Element} root @param {string} key @returns {HTMLFormElement | null} */
  function followForm(root, key) {
    /** @type {HTMLFormElement | null} */
    var found = null;
    root.querySelectorAll('form[data-follow]').forEach(function (f) {
      if (!found && f instanceof HTMLFormElement && f.dataset.follow === key) found = f;
    });
    return found;
  }
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.follow) return;
    e.preventDefault();
    var sent = form;
    var key = form.dataset.follow;
    var button = sent.querySelector('button');
    if (button) button.disabled = true;
    /** @type {string[][]} */
    var fields = [];
    new FormData(sent).forEach(function (value, name) {
      if (typeof value === 'string') fields.push([name, value]);
    });
    fetch(sent.action, {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { accept: 'text/html' },
      credentials: 'same-origin',
    })
      .then(function (res) {
        return res.text().then(function (text) {
          var next = res.ok ? followForm(new DOMParser().parseFromString(text, 'text/html'), key) : null;
          if (!next) {
            window.location.href = res.url || sent.action;
            return;
          }
          var fresh = /** @type {HTMLFormElement} */ (document.importNode(next, true));
          sent.replaceWith(fresh);
          var freshButton = fresh.querySelector('button');
          if (freshButton) freshButton.focus();
        });
      })
      .catch(function () {
        sent.submit();
      });
  });
})();
