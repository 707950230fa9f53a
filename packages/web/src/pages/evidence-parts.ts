import type { IndexRef, JobHolder } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import type { PageContext } from '../layout.ts';
import { locale } from '../components/labels.ts';

/** A problem with what the user sent: the field at fault (dotted path) and why. */
export interface ProblemView {
  field: string;
  message: string;
}

/** A number for reading: up to `digits` significant digits, grouped by the page language. */
export function formatNumber(lang: string, value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value) && Math.abs(value) >= 1) return new Intl.NumberFormat(locale(lang)).format(value);
  return new Intl.NumberFormat(locale(lang), { maximumSignificantDigits: digits }).format(value);
}

/** A size in bytes as KB/MB. */
export function formatBytes(lang: string, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(lang, Math.round((bytes / 1024 / 1024) * 10) / 10, 3)} MB`;
}

/** A date and time in the page language. */
export function formatDate(lang: string, iso: string | null): string {
  if (!iso) return '–';
  return (
    new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(iso),
    ) + ' UTC'
  );
}

/** A message key if the catalogue has it, else the fallback text. */
export function labelOr(t: Translate, key: string, fallback: string): string {
  const s = t(key);
  return s === key ? fallback : s;
}

/** An index's human name: "Dissimilarity – grpA (500 m, triangular)". */
export function indexLabel(t: Translate, ref: IndexRef): string {
  const name = labelOr(t, `evidence.index.${ref.index}`, ref.index.replace(/_/g, ' '));
  const group = ref.group ? ` – ${ref.group}` : '';
  const where = ref.spatial
    ? ` (${t('evidence.index.spatial', { bandwidth: ref.spatial.bandwidth, kernel: ref.spatial.kernel })})`
    : '';
  return `${name}${group}${where}`;
}

/**
 * A local layer's name for reading: `lq_EU_500m` → "Location quotient of EU (500 m kernel)".
 * Names the engine may add later fall back to the label stored with the run.
 */
export function layerLabel(t: Translate, name: string, fallback: string): string {
  const [, base = name, bandwidth] = /^(.*?)(?:_(\d+(?:\.\d+)?)m)?$/.exec(name)!;
  const group = /^(share|lq)_(.+)$/.exec(base);
  const key = group ? `evidence.layer.${group[1]}` : `evidence.layer.${base}`;
  const label = t(key, group ? { group: group[2]! } : undefined);
  if (label === key) return fallback;
  return bandwidth ? t('evidence.layer.smoothed', { label, bandwidth }) : label;
}

/**
 * "Running on worker host:pid since …" for a job's owner and administrators; nothing when not shown.
 * With `live` (the run page, for those who may see the worker), a hidden line stands ready for the
 * page's script, which fills it from the run's answer (`data-template`) and hides it when no worker holds the run.
 */
export function workerLine(ctx: PageContext, holder: JobHolder | null, live = false): SafeHtml {
  const template = ctx.t('evidence.run.worker', { worker: '{worker}', since: '{since}' });
  if (!holder && !live) return html``;
  if (!holder)
    return html`<p
      class="meta"
      data-run-worker
      data-template="${template}"
      data-locale="${locale(ctx.lang)}"
      hidden
    ></p>`;
  const worker = holder.host !== null && holder.pid !== null ? `${holder.host}:${holder.pid}` : holder.id;
  return html`<p
    class="meta"
    data-run-worker
    data-template="${template}"
    data-locale="${locale(ctx.lang)}"
    title="${holder.id}"
  >
    ${ctx.t('evidence.run.worker', { worker, since: formatDate(ctx.lang, holder.since) })}
  </p>`;
}

/** The localized status of a run. */
export function runStatus(t: Translate, status: string): string {
  return labelOr(t, `evidence.status.${status}`, status);
}

/** The error summary at the top of a form: each problem links to its field. */
export function problemSummary(
  t: Translate,
  problems: ProblemView[],
  fieldIdOf: (field: string) => string | null,
): SafeHtml {
  if (!problems.length) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2>${t('form.errors', { count: problems.length })}</h2>
    <ul>
      ${problems.map((p) => {
        const id = fieldIdOf(p.field);
        return html`<li>${id ? html`<a href="#${id}">${p.message}</a>` : p.message}</li>`;
      })}
    </ul>
  </div>`;
}

/** A hidden CSRF field for POST forms. */
export const csrfField = (token: string | null): SafeHtml =>
  html`<input type="hidden" name="_csrf" value="${token ?? ''}" />`;
