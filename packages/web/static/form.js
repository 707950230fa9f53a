// Form helpers: checks fields as people type (required, length, URLs, numbers, dates),
// marking them with aria-invalid and a message the field's aria-describedby points to;
// on submit, lists the problems in a summary that takes focus. The server checks
// everything again. Also adds and removes repeatable rows.
(function () {
  /** A field the script checks. @typedef {HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement} Field */
  /** What is wrong with a field: a message key and, for lengths, the limit. @typedef {[string, string?]} Problem */

  /** @param {unknown} el @returns {el is Field} */
  function isField(el) {
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
  }

  /** @param {Element} form @param {string} key @param {string | number} [n] */
  function msg(form, key, n) {
    return (form.getAttribute('data-msg-' + key) || key).replace('{n}', String(n)).replace('{count}', String(n));
  }

  /** @type {Record<string, (v: string) => string | null>} */
  var CHECKS = {
    number: function (v) {
      // Digits (also Arabic-Indic and Persian) with signs between them; the server reads them as the page's language writes numbers.
      return /^[-\u2212]?[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[ .,\u00a0\u202f\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*$/.test(
        v.trim(),
      )
        ? null
        : 'number';
    },
    integer: function (v) {
      return /^[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}(?:[ .,\u00a0\u202f\u066c][0-9\u0660-\u0669\u06f0-\u06f9]{3})*$|^[0-9\u0660-\u0669\u06f0-\u06f9]+$/.test(
        v.trim(),
      )
        ? null
        : 'integer';
    },
    'partial-date': function (v) {
      return /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(v) ? null : 'partial-date';
    },
    'url-lines': function (v) {
      var bad = v
        .split('\n')
        .map(function (l) {
          return l.trim();
        })
        .filter(Boolean)
        .some(function (l) {
          try {
            var u = new URL(l);
            return u.protocol !== 'http:' && u.protocol !== 'https:';
          } catch (e) {
            return true;
          }
        });
      return bad ? 'url' : null;
    },
  };
  /** @type {Record<string, string>} */
  var MESSAGE_KEYS = { number: 'number', integer: 'integer', 'partial-date': 'partial-date', url: 'url' };

  /** @param {Field} field @returns {Problem | null} */
  function problem(field) {
    var v = field.value.trim();
    if (field.required && v === '') return ['required'];
    if (v === '') return null;
    var min = field.getAttribute('minlength');
    var max = field.getAttribute('maxlength');
    if (min && v.length < Number(min)) return ['minlength', min];
    if (max && v.length > Number(max)) return ['maxlength', max];
    var check = field.getAttribute('data-check');
    var failed = check && CHECKS[check] ? CHECKS[check](v) : null;
    if (failed) return [MESSAGE_KEYS[failed]];
    if (field.type === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return ['pattern'];
    return null;
  }

  /** @param {Element} form @param {Field} field @param {Problem | null} found */
  function show(form, field, found) {
    var error = document.getElementById(field.id + '-error');
    if (found) {
      field.setAttribute('aria-invalid', 'true');
      if (error) error.textContent = msg(form, found[0], found[1]);
    } else {
      field.removeAttribute('aria-invalid');
      if (error) error.textContent = '';
    }
    return !found;
  }

  /** @param {Element} form @returns {Field[]} */
  function checkable(form) {
    return Array.from(form.querySelectorAll('input[id], textarea[id]'))
      .filter(isField)
      .filter(function (f) {
        return f.type !== 'hidden' && f.type !== 'checkbox' && f.type !== 'radio';
      });
  }

  /** @param {Element} form @param {Field[]} invalid */
  function summarise(form, invalid) {
    var parent = form.parentNode;
    if (!parent) return;
    var old = parent.querySelector('[data-error-summary]');
    if (old) old.remove();
    if (!invalid.length) return;
    var box = document.createElement('div');
    box.className = 'error-summary';
    box.setAttribute('role', 'alert');
    box.setAttribute('tabindex', '-1');
    box.setAttribute('data-error-summary', '');
    var h = document.createElement('h2');
    h.textContent = form.getAttribute('data-msg-title');
    var p = document.createElement('p');
    p.textContent = msg(form, 'summary', invalid.length);
    var ul = document.createElement('ul');
    invalid.forEach(function (f) {
      var a = document.createElement('a');
      var label = form.querySelector('label[for="' + f.id + '"]');
      var error = document.getElementById(f.id + '-error');
      a.href = '#' + f.id;
      a.textContent =
        (label ? (label.textContent || '').replace(/\s*\(.*\)\s*$/, '').trim() + ': ' : '') +
        (error ? error.textContent : '');
      var li = document.createElement('li');
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.appendChild(h);
    box.appendChild(p);
    box.appendChild(ul);
    parent.insertBefore(box, form);
    box.focus();
  }

  /** @param {Element} group */
  function renumber(group) {
    var prefix = group.getAttribute('data-repeat');
    var rowLabel = group.getAttribute('data-row-label') || '';
    var removeLabel = group.getAttribute('data-remove-label') || '';
    var nameRe = new RegExp('^' + prefix + '\\.\\d+');
    var idRe = new RegExp('f-' + prefix + '-\\d+', 'g');
    group.querySelectorAll('[data-row]').forEach(function (row, i) {
      var legend = row.querySelector('legend');
      if (legend) legend.textContent = rowLabel.replace('{n}', String(i + 1));
      var remove = row.querySelector('[data-remove-row]');
      if (remove instanceof HTMLElement) {
        remove.textContent = removeLabel.replace('{n}', String(i + 1));
        remove.hidden = false;
      }
      row.querySelectorAll('[name]').forEach(function (el) {
        if (isField(el)) el.name = el.name.replace(nameRe, prefix + '.' + i);
      });
      row.querySelectorAll('[id], [for], [aria-describedby]').forEach(function (el) {
        ['id', 'for', 'aria-describedby'].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(idRe, 'f-' + prefix + '-' + i));
        });
      });
    });
  }

  /** @param {Element} group */
  function repeatable(group) {
    var foundRows = group.querySelector('[data-rows]');
    var foundAdd = group.querySelector('[data-add-row]');
    if (!foundRows || !(foundAdd instanceof HTMLElement)) return;
    // Bound again once checked, so the listeners below see them as present.
    var rows = foundRows,
      add = foundAdd;
    add.hidden = false;
    renumber(group);
    add.addEventListener('click', function () {
      var all = rows.querySelectorAll('[data-row]');
      var copy = all.length ? all[all.length - 1].cloneNode(true) : null;
      if (!(copy instanceof Element)) return;
      copy.querySelectorAll('input, textarea').forEach(function (f) {
        if (isField(f)) f.value = '';
        f.removeAttribute('aria-invalid');
      });
      copy.querySelectorAll('.field-error').forEach(function (e) {
        e.textContent = '';
      });
      rows.appendChild(copy);
      renumber(group);
      var first = copy.querySelector('input');
      if (first) first.focus();
    });
    rows.addEventListener('click', function (e) {
      var button = e.target instanceof Element ? e.target.closest('[data-remove-row]') : null;
      var row = button && button.closest('[data-row]');
      if (!row) return;
      if (rows.querySelectorAll('[data-row]').length > 1) row.remove();
      else
        row.querySelectorAll('input, textarea').forEach(function (f) {
          if (isField(f)) f.value = '';
        });
      renumber(group);
      add.focus();
    });
  }

  document.querySelectorAll('form[data-validate]').forEach(function (form) {
    /** @type {WeakSet<Field>} */
    var touched = new WeakSet();
    form.addEventListener('input', function (e) {
      var f = e.target;
      if (isField(f) && f.id && (touched.has(f) || f.getAttribute('aria-invalid') === 'true'))
        show(form, f, problem(f));
    });
    form.addEventListener('focusout', function (e) {
      var f = e.target;
      if (!isField(f) || !f.id || f.type === 'checkbox' || f.type === 'radio') return;
      touched.add(f);
      show(form, f, problem(f));
    });
    form.addEventListener('submit', function (e) {
      var invalid = checkable(form).filter(function (f) {
        return !show(form, f, problem(f));
      });
      if (invalid.length) {
        e.preventDefault();
        summarise(form, invalid);
      }
    });
    form.querySelectorAll('[data-repeat]').forEach(repeatable);
  });

  var summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
})();
