import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { formatNumber } from './labels.ts';
import { notStated } from './record-text.ts';

/** One measured result: what was counted, what was reached and what was aimed at. */
export interface QuantitativeResultView {
  indicator: string;
  achieved: number | null;
  target: number | null;
  unit: string | null;
  note: string | null;
}

function versus(t: Translate, lang: string, r: QuantitativeResultView): SafeHtml {
  if (r.achieved === null || r.target === null || r.target === 0)
    return html`<span class="meta">${t('practice.quant.noTarget')}</span>`;
  const ratio = (r.achieved / r.target) * 100;
  const met = r.achieved >= r.target;
  return html`<span class="versus ${met ? 'met' : 'not-met'}"
      >${t('practice.quant.ratio', { percent: formatNumber(lang, ratio, 0) })}
      (${met ? t('practice.quant.met') : t('practice.quant.notMet')})</span
    >
    <span class="bar" aria-hidden="true"><span style="width: ${Math.min(100, Math.round(ratio))}%"></span></span>`;
}

const num = (lang: string, n: number | null, unit: string | null) =>
  n === null ? '—' : `${formatNumber(lang, n)}${unit === '%' ? ' %' : ''}`;

/**
 * The quantitative results as a table: indicator, achieved, target, unit and how the
 * achievement compares with the target. Indicator text carries the record's language.
 */
export function quantitativeTable(
  t: Translate,
  uiLang: string,
  recordLang: string,
  rows: QuantitativeResultView[],
): SafeHtml {
  if (!rows.length) return html`<p>${notStated(t)}</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="quant-caption" tabindex="0">
    <table class="quantitative">
      <caption id="quant-caption">
        ${t('practice.quant.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('practice.quant.indicator')}</th>
          <th scope="col" class="num">${t('practice.quant.achieved')}</th>
          <th scope="col" class="num">${t('practice.quant.target')}</th>
          <th scope="col">${t('practice.quant.unit')}</th>
          <th scope="col">${t('practice.quant.versus')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row" lang="${recordLang}">
                ${r.indicator}${r.note ? html`<br /><span class="meta">${r.note}</span>` : ''}
              </th>
              <td class="num">${num(uiLang, r.achieved, r.unit)}</td>
              <td class="num">${num(uiLang, r.target, r.unit)}</td>
              <td lang="${recordLang}">${r.unit ?? '—'}</td>
              <td>${versus(t, uiLang, r)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
