import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

/** One field that changed between two versions, with its word-level changes. */
export interface FieldDiffView {
  field: string;
  before: string | null;
  after: string | null;
  parts: { op: 'same' | 'removed' | 'added'; text: string }[];
}

/**
 * Two GET selects (older, newer) and a button: compares any two versions. `versions` newest first.
 */
export function revisionCompareForm(
  t: Translate,
  base: string,
  versions: number[],
  chosen: { from?: number; to?: number } = {},
): SafeHtml {
  const [newest, previous] = versions;
  if (newest === undefined || previous === undefined) return html``;
  const from = chosen.from ?? previous;
  const to = chosen.to ?? newest;
  const select = (name: string, label: string, selected: number) =>
    html`<div class="form-field">
      <label for="compare-${name}">${label}</label>
      <select id="compare-${name}" name="${name}">
        ${versions.map((v) => html`<option value="${v}" ${v === selected ? html`selected` : ''}>${t('history.version')} ${v}</option>`)}
      </select>
    </div>`;
  return html`<form method="get" action="${base}/history/compare" class="compare-form">
    <fieldset>
      <legend>${t('history.compare.legend')}</legend>
      <div class="evidence-inline">
        ${select('from', t('history.compare.from'), from)} ${select('to', t('history.compare.to'), to)}
        <button type="submit">${t('history.compare.button')}</button>
      </div>
    </fieldset>
  </form>`;
}

/**
 * The changed fields as a definition list: each field's label, then its text with removed words
 * in <del> and added words in <ins> (struck through and underlined, and announced in words,
 * so the change is never told by colour alone).
 */
export function revisionDiff(t: Translate, fields: FieldDiffView[], label: (field: string) => string): SafeHtml {
  if (!fields.length) return html`<p>${t('history.compare.none')}</p>`;
  const part = (p: FieldDiffView['parts'][number]) =>
    p.op === 'removed'
      ? html`<del
          ><span class="visually-hidden">${t('history.compare.removedStart')}</span>${p.text}<span
            class="visually-hidden"
            >${t('history.compare.changeEnd')}</span
          ></del
        >`
      : p.op === 'added'
        ? html`<ins
            ><span class="visually-hidden">${t('history.compare.addedStart')}</span>${p.text}<span
              class="visually-hidden"
              >${t('history.compare.changeEnd')}</span
            ></ins
          >`
        : html`${p.text}`;
  return html`<dl class="revision-diff">
    ${fields.map(
      (f) =>
        html`<div class="diff-field">
          <dt>${label(f.field)}</dt>
          <dd>
            ${f.before === null ? html`<p class="meta">${t('history.compare.wasEmpty')}</p>` : ''}
            <p class="diff-text">${f.parts.map(part)}</p>
            ${f.after === null ? html`<p class="meta">${t('history.compare.nowEmpty')}</p>` : ''}
          </dd>
        </div>`,
    )}
  </dl>`;
}
