// Form helpers: checks fields as people type (required, length, URLs, numbers, dates),
// marking them with aria-invalid and a message the field's aria-describedby points to;
// on submit, lists the problems in a summary that takes focus. The server checks
// everything again. Also adds and removes repeatable rows.
(function () {
  function msg(form, key, n) {
    return (form.getAttribute('data-msg-' + key) || key).replace('{n}', n).replace('{count}', n);
  }

  var CHECKS = {
    number: function (v) { return /^-?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?$|^-?\d+(?:[.,]\d+)?$/.test(v.replace(/\u00a0/g, ' ')) ? null : 'number'; },
    integer: function (v) { return /^\d{1,3}(?:[ ,]\d{3})*$|^\d+$/.test(v) ? null : 'integer'; },
    'partial-date': function (v) { return /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(v) ? null : 'partial-date'; },
    'url-lines': function (v) {
      var bad = v.split('\n').map(function (l) { return l.trim(); }).filter(Boolean).some(function (l) {
        try { var u = new URL(l); return u.protocol !== 'http:' && u.protocol !== 'https:'; } catch (e) { return true; }
      });
      return bad ? 'url' : null;
    },
  };
  var MESSAGE_KEYS = { number: 'number', integer: 'integer', 'partial-date': 'partial-date', url: 'url' };

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

  function checkable(form) {
    return Array.prototype.filter.call(form.querySelectorAll('input[id], textarea[id]'), function (f) {
      return f.type !== 'hidden' && f.type !== 'checkbox' && f.type !== 'radio';
    });
  }

  function summarise(form, invalid) {
    var old = form.parentNode.querySelector('[data-error-summary]');
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
      a.textContent = (label ? label.textContent.replace(/\s*\(.*\)\s*$/, '').trim() + ': ' : '') + (error ? error.textContent : '');
      var li = document.createElement('li');
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.appendChild(h); box.appendChild(p); box.appendChild(ul);
    form.parentNode.insertBefore(box, form);
    box.focus();
  }

  function renumber(group) {
    var prefix = group.getAttribute('data-repeat');
    var nameRe = new RegExp('^' + prefix + '\\.\\d+');
    var idRe = new RegExp('f-' + prefix + '-\\d+', 'g');
    group.querySelectorAll('[data-row]').forEach(function (row, i) {
      row.querySelector('legend').textContent = group.getAttribute('data-row-label').replace('{n}', i + 1);
      var remove = row.querySelector('[data-remove-row]');
      remove.textContent = group.getAttribute('data-remove-label').replace('{n}', i + 1);
      remove.hidden = false;
      row.querySelectorAll('[name]').forEach(function (el) { el.name = el.name.replace(nameRe, prefix + '.' + i); });
      row.querySelectorAll('[id], [for], [aria-describedby]').forEach(function (el) {
        ['id', 'for', 'aria-describedby'].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v) el.setAttribute(attr, v.replace(idRe, 'f-' + prefix + '-' + i));
        });
      });
    });
  }

  function repeatable(group) {
    var rows = group.querySelector('[data-rows]');
    var add = group.querySelector('[data-add-row]');
    add.hidden = false;
    renumber(group);
    add.addEventListener('click', function () {
      var all = rows.querySelectorAll('[data-row]');
      var copy = all[all.length - 1].cloneNode(true);
      copy.querySelectorAll('input, textarea').forEach(function (f) { f.value = ''; f.removeAttribute('aria-invalid'); });
      copy.querySelectorAll('.field-error').forEach(function (e) { e.textContent = ''; });
      rows.appendChild(copy);
      renumber(group);
      copy.querySelector('input').focus();
    });
    rows.addEventListener('click', function (e) {
      var button = e.target.closest('[data-remove-row]');
      if (!button) return;
      var row = button.closest('[data-row]');
      if (rows.querySelectorAll('[data-row]').length > 1) row.remove();
      else row.querySelectorAll('input, textarea').forEach(function (f) { f.value = ''; });
      renumber(group);
      add.focus();
    });
  }

  document.querySelectorAll('form[data-validate]').forEach(function (form) {
    var touched = new WeakSet();
    form.addEventListener('input', function (e) {
      var f = e.target;
      if (f.id && (touched.has(f) || f.getAttribute('aria-invalid') === 'true')) show(form, f, problem(f));
    });
    form.addEventListener('focusout', function (e) {
      var f = e.target;
      if (!f.id || !('value' in f) || f.type === 'checkbox' || f.type === 'radio' || f.tagName === 'BUTTON') return;
      touched.add(f);
      show(form, f, problem(f));
    });
    form.addEventListener('submit', function (e) {
      var invalid = checkable(form).filter(function (f) { return !show(form, f, problem(f)); });
      if (invalid.length) { e.preventDefault(); summarise(form, invalid); }
    });
    form.querySelectorAll('[data-repeat]').forEach(repeatable);
  });

  var summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
})();
