import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { textInput, type FormState } from './form-fields.ts';

/** How many quantitative-result rows the form values hold. */
export function quantitativeRowCount(state: FormState): number {
  let n = 0;
  for (const key of Object.keys(state.values)) {
    const m = /^quantitativeResults\.(\d+)\./.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

function row(t: Translate, s: FormState, i: number, lang: string | undefined): SafeHtml {
  const name = (field: string) => `quantitativeResults.${i}.${field}`;
  const label = (field: string) => t(`practice.quant.${field}`);
  return html`<fieldset class="quant-row" data-row>
    <legend>${t('practice.quant.row', { n: i + 1 })}</legend>
    ${textInput(t, s, { name: name('indicator'), label: label('indicator'), maxlength: 2000, lang })}
    <div class="row">
      ${textInput(t, s, { name: name('achieved'), label: label('achieved'), check: 'number', size: 'short' })}
      ${textInput(t, s, { name: name('target'), label: label('target'), check: 'number', size: 'short' })}
      ${textInput(t, s, { name: name('unit'), label: label('unit'), maxlength: 100, size: 'short', lang })}
    </div>
    ${textInput(t, s, { name: name('note'), label: label('note'), maxlength: 5000, lang })}
    <button type="button" class="secondary" data-remove-row hidden>${t('practice.quant.remove', { n: i + 1 })}</button>
  </fieldset>`;
}

/**
 * Repeatable quantitative-result rows (indicator, achieved, target, unit, note) plus one
 * empty row; the form script adds and removes rows, renumbering them.
 */
export function quantitativeRows(t: Translate, s: FormState, lang: string | undefined): SafeHtml {
  const count = quantitativeRowCount(s) + 1;
  return html`<fieldset
    class="group"
    data-repeat="quantitativeResults"
    data-row-label="${t('practice.quant.row', { n: '{n}' })}"
    data-remove-label="${t('practice.quant.remove', { n: '{n}' })}"
  >
    <legend>${t('practice.field.quantitativeResults')}</legend>
    <p class="hint">${t('practice.quant.hint')}</p>
    <div data-rows>${Array.from({ length: count }, (_, i) => row(t, s, i, lang))}</div>
    <button type="button" class="secondary" data-add-row hidden>${t('practice.quant.add')}</button>
  </fieldset>`;
}
