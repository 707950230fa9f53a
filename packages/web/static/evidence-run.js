// Run page: while a run is queued or running, polls its status and updates the progress bar and
// the line naming the worker that holds it (sent to its owner and administrators only); reloads the page when the run has finished or failed. Without JavaScript, the page has a
// "Refresh" link instead.
(function () {
  /**
   * A run's status as the API sends it (only the fields this script reads).
   * @typedef {{ id: string, host: string | null, pid: number | null, since: string }} JobHolder
   * @typedef {{ status: 'queued' | 'running' | 'succeeded' | 'failed', progress: number, message: string | null, worker?: JobHolder | null }} RunStatus
   */
  var pollBox = document.querySelector('[data-run-poll]');
  var pollUrl = pollBox && pollBox.getAttribute('data-run-poll');
  if (!pollBox || !pollUrl) return;
  // Bound again once checked: the functions below are hoisted, so they would not see the check.
  var box = pollBox,
    url = pollUrl;
  var bar = box.querySelector('progress');
  var status = box.querySelector('[data-run-status]');
  var percent = box.querySelector('[data-run-percent]');
  var message = box.querySelector('[data-run-message]');
  var workerLine = box.querySelector('[data-run-worker]');
  // As the page writes dates: in the language's locale, medium date, short time, in UTC.
  var dates = new Intl.DateTimeFormat((workerLine && workerLine.getAttribute('data-locale')) || undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });

  /** @param {JobHolder | null | undefined} holder */
  function showWorker(holder) {
    if (!workerLine) return;
    if (!holder) {
      workerLine.setAttribute('hidden', '');
      return;
    }
    var name = holder.host !== null && holder.pid !== null ? holder.host + ':' + holder.pid : holder.id;
    var since = dates.format(new Date(holder.since)) + ' UTC';
    var template = workerLine.getAttribute('data-template') || '{worker}';
    workerLine.textContent = template.replace('{worker}', name).replace('{since}', since);
    workerLine.setAttribute('title', holder.id);
    workerLine.removeAttribute('hidden');
  }
  var delay = 700;

  /** @param {RunStatus} run */
  function show(run) {
    var p = Math.round((run.progress || 0) * 100);
    if (bar) {
      bar.value = p;
      bar.textContent = p + ' %';
    }
    if (percent) percent.textContent = p + ' %';
    if (status) status.textContent = box.getAttribute('data-status-label-' + run.status) || run.status;
    if (message) message.textContent = run.message || '';
    showWorker(run.worker);
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      })
      .then(function (/** @type {RunStatus} */ run) {
        if (run.status === 'succeeded' || run.status === 'failed') {
          window.location.reload();
          return;
        }
        show(run);
        delay = 700;
        setTimeout(poll, delay);
      })
      .catch(function () {
        delay = Math.min(delay * 2, 10000);
        setTimeout(poll, delay);
      });
  }
  setTimeout(poll, delay);
})();
