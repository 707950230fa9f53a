// Ranking lists: turns each choice point's numbered inputs into an ordered list. Each option
// gets an "include" box, move up/down buttons (also the arrow keys on them) and a drag
// handle for pointers; every move is announced in the list's live region, and the hidden
// rank numbers follow the order, so the form posts exactly what the numbered fallback
// would. On submit, a list naming fewer or more options than allowed is refused with its
// message next to it (the server checks the same). Without this script the numbers work.
(function () {
  var lists = document.querySelectorAll('fieldset[data-rank-list]');
  if (!lists.length) return;

  /** @param {Element} el @param {string} key @param {Record<string, string | number>} [vars] */
  function msg(el, key, vars) {
    var text = el.getAttribute('data-msg-' + key) || key;
    Object.keys(vars || {}).forEach(function (k) {
      text = text.split('{' + k + '}').join(String((vars || {})[k]));
    });
    return text;
  }

  /** @param {HTMLElement} list */
  function items(list) {
    return /** @type {HTMLLIElement[]} */ (Array.from(list.querySelectorAll(':scope > li.rank-item')));
  }

  /** @param {HTMLLIElement} li */
  function box(li) {
    return /** @type {HTMLInputElement} */ (li.querySelector('input.rank-include'));
  }

  /** @param {HTMLFieldSetElement} fs */
  function setUp(fs) {
    var list = /** @type {HTMLOListElement} */ (fs.querySelector('ol.rank-list'));
    var status = fs.querySelector('[data-rank-status]');
    var how = fs.querySelector('.rank-how');
    if (how) how.textContent = how.getAttribute('data-keys-hint');
    list.classList.add('rank-list-live');

    /** @param {string} text */
    function announce(text) {
      if (status) status.textContent = text;
    }

    function included() {
      return items(list).filter(function (li) {
        return box(li).checked;
      });
    }

    // Numbers follow the order: included options 1..n, the others blank.
    function renumber() {
      var n = 0;
      items(list).forEach(function (li) {
        var number = /** @type {HTMLInputElement} */ (li.querySelector('input.rank-number'));
        var pos = /** @type {HTMLElement} */ (li.querySelector('.rank-pos'));
        if (box(li).checked) {
          n += 1;
          number.value = String(n);
          pos.textContent = msg(fs, 'position', { n: n });
        } else {
          number.value = '';
          pos.textContent = '';
        }
        li.classList.toggle('rank-out', !box(li).checked);
      });
      var count = included().length;
      var error = fs.querySelector('.field-error');
      if (error && error.textContent && problem() === null) {
        error.textContent = '';
        fs.removeAttribute('aria-invalid');
      }
      return count;
    }

    /** @returns {string | null} */
    function problem() {
      var count = included().length;
      var min = Number(fs.getAttribute('data-min'));
      var max = Number(fs.getAttribute('data-max'));
      if (count > 0 && count < min) return msg(fs, 'too-few', { count: count });
      if (count > max) return msg(fs, 'too-many', { count: count });
      return null;
    }

    /** @param {HTMLLIElement} li */
    function titleOf(li) {
      return li.getAttribute('data-title') || '';
    }

    /** @param {HTMLLIElement} li */
    function announcePlace(li) {
      var chosen = included();
      var n = chosen.indexOf(li) + 1;
      announce(n ? msg(fs, 'moved', { title: titleOf(li), n: n, count: chosen.length }) : '');
    }

    /** Moves an included option one place up or down among the included ones. @param {HTMLLIElement} li @param {number} by */
    function move(li, by) {
      var chosen = included();
      var i = chosen.indexOf(li);
      if (i < 0) {
        box(li).checked = true;
        chosen = included();
        i = chosen.indexOf(li);
      }
      var j = i + by;
      if (j < 0) return announce(msg(fs, 'top', { title: titleOf(li) }));
      if (j >= chosen.length) return announce(msg(fs, 'bottom', { title: titleOf(li) }));
      if (by < 0) list.insertBefore(li, chosen[j]);
      else list.insertBefore(li, chosen[j].nextSibling);
      renumber();
      announcePlace(li);
    }

    /** @param {HTMLLIElement} li */
    function toggled(li) {
      var chosen = included().filter(function (x) {
        return x !== li;
      });
      // An included option goes after the last included one; a left-out one right after them.
      var last = chosen[chosen.length - 1];
      list.insertBefore(li, last ? last.nextSibling : list.firstChild);
      renumber();
      var n = included().indexOf(li) + 1;
      announce(
        box(li).checked
          ? msg(fs, 'included', { title: titleOf(li), n: n, count: included().length })
          : msg(fs, 'excluded', { title: titleOf(li) }),
      );
    }

    items(list).forEach(function (li, k) {
      var title = titleOf(li);
      var number = /** @type {HTMLInputElement} */ (li.querySelector('input.rank-number'));
      var field = /** @type {HTMLElement} */ (li.querySelector('.rank-number-field'));
      field.hidden = true;
      var row = /** @type {HTMLElement} */ (li.querySelector('.rank-row'));
      var titleEl = /** @type {HTMLElement} */ (li.querySelector('.rank-title'));
      var id = fs.id + '-inc-' + k;

      var handle = document.createElement('span');
      handle.className = 'rank-handle';
      handle.setAttribute('aria-hidden', 'true');
      handle.title = msg(fs, 'drag', { title: title });
      handle.textContent = '⠿';

      var pos = document.createElement('span');
      pos.className = 'rank-pos';

      var check = document.createElement('input');
      check.type = 'checkbox';
      check.id = id;
      check.className = 'rank-include';
      check.checked = number.value.trim() !== '';
      var label = document.createElement('label');
      label.htmlFor = id;
      label.className = 'rank-title';
      label.appendChild(pos);
      label.appendChild(document.createTextNode(title));
      row.replaceChild(label, titleEl);
      row.insertBefore(check, label);
      row.insertBefore(handle, check);

      var buttons = document.createElement('span');
      buttons.className = 'rank-moves';
      [
        ['up', -1, '↑'],
        ['down', 1, '↓'],
      ].forEach(function (b) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'rank-move secondary';
        button.setAttribute('data-move', String(b[0]));
        button.setAttribute('aria-label', msg(fs, String(b[0]), { title: title }));
        button.textContent = String(b[2]);
        button.addEventListener('click', function () {
          move(li, Number(b[1]));
          button.focus();
        });
        button.addEventListener('keydown', function (e) {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          e.preventDefault();
          move(li, e.key === 'ArrowUp' ? -1 : 1);
          button.focus();
        });
        buttons.appendChild(button);
      });
      row.appendChild(buttons);

      check.addEventListener('change', function () {
        toggled(li);
      });

      // Dragging by the handle (pointer): the option follows the pointer over the other options.
      handle.addEventListener('pointerdown', function (e) {
        e.preventDefault();
        li.classList.add('rank-dragging');
        if (!check.checked) {
          check.checked = true;
          renumber();
        }
        /** @param {PointerEvent} ev */
        function over(ev) {
          var others = included().filter(function (x) {
            return x !== li;
          });
          var before = others.find(function (x) {
            var r = x.getBoundingClientRect();
            return ev.clientY < r.top + r.height / 2;
          });
          var last = others[others.length - 1];
          if (before) list.insertBefore(li, before);
          else list.insertBefore(li, last ? last.nextSibling : list.firstChild);
        }
        // On the document, not by capture: moving the option in the list would release a capture.
        function up() {
          document.removeEventListener('pointermove', over);
          document.removeEventListener('pointerup', up);
          document.removeEventListener('pointercancel', up);
          li.classList.remove('rank-dragging');
          renumber();
          announcePlace(li);
        }
        document.addEventListener('pointermove', over);
        document.addEventListener('pointerup', up);
        document.addEventListener('pointercancel', up);
      });
    });
    renumber();

    return function check() {
      var p = problem();
      var error = fs.querySelector('.field-error');
      if (error) error.textContent = p || '';
      if (p) fs.setAttribute('aria-invalid', 'true');
      else fs.removeAttribute('aria-invalid');
      return p;
    };
  }

  var checks = Array.from(lists, function (fs) {
    return { fs: fs, check: setUp(/** @type {HTMLFieldSetElement} */ (fs)) };
  });
  var form = lists[0].closest('form');
  if (form)
    form.addEventListener('submit', function (e) {
      var failed = checks.filter(function (c) {
        return c.check() !== null;
      });
      if (!failed.length) return;
      e.preventDefault();
      var first = failed[0].fs.querySelector('input.rank-include');
      if (first instanceof HTMLElement) first.focus();
    });
})();
