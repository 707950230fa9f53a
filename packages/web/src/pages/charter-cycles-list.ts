import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { errorSummary, textInput, validationMessages, type FormState } from '../components/form-fields.ts';
import { formatDate } from '../components/labels.ts';

export interface CycleView {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  state: 'open' | 'closed';
}

export interface CyclesPageView {
  cycles: CycleView[];
  /** Administrators open, close and reopen cycles. */
  canManage: boolean;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

/** A cycle's dates in the page's language. */
export const cyclePeriod = (ctx: PageContext, c: CycleView) =>
  ctx.t('cycles.period', { start: formatDate(ctx.lang, c.startsOn), end: formatDate(ctx.lang, c.endsOn) });

function openForm(ctx: PageContext, v: CyclesPageView): SafeHtml {
  const { t } = ctx;
  return html`<section aria-labelledby="cycle-open-h">
    <h2 id="cycle-open-h">${t('cycles.open')}</h2>
    <form method="post" action="/charter/cycles" novalidate data-validate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, v.form, { name: 'name', label: t('cycles.name'), required: true, maxlength: 300 })}
      ${textInput(t, v.form, { name: 'startsOn', label: t('cycles.startsOn'), hint: t('cycles.dateHint'), required: true, size: 'short' })}
      ${textInput(t, v.form, { name: 'endsOn', label: t('cycles.endsOn'), hint: t('cycles.dateHint'), required: true, size: 'short' })}
      <p><button type="submit">${t('cycles.create')}</button></p>
    </form>
  </section>`;
}

/** The button that closes an open cycle or reopens a closed one (administrators). */
function stateButton(ctx: PageContext, c: CycleView): SafeHtml {
  const { t } = ctx;
  const next = c.state === 'open' ? 'closed' : 'open';
  return html`<form method="post" action="/charter/cycles/${c.id}/state" class="inline-form">
    <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
    <input type="hidden" name="state" value="${next}" />
    <button type="submit" class="secondary">
      ${t(c.state === 'open' ? 'cycles.close' : 'cycles.reopen', { cycle: c.name })}
    </button>
  </form>`;
}

/** /charter/cycles: the monitoring cycles, and for administrators the forms that open and close them. */
export function cyclesPage(ctx: PageContext, v: CyclesPageView): SafeHtml {
  const { t } = ctx;
  const labelFor = (name: string) =>
    ({ name: t('cycles.name'), startsOn: t('cycles.startsOn'), endsOn: t('cycles.endsOn') })[name] ?? name;
  return html`${breadcrumb(t, [['/charter', t('charter.title')]], t('cycles.title'))}
    <h1>${t('cycles.title')}</h1>
    ${notice(v.notice)}
    <p class="lead">${t('cycles.lead')}</p>
    <section aria-labelledby="cycles-h">
      <h2 id="cycles-h">${t('cycles.list')}</h2>
      ${
        v.cycles.length
          ? html`<ul class="cycle-list">
              ${v.cycles.map(
                (c) =>
                  html`<li>
                    <a href="/charter/cycles/${c.id}">${c.name}</a> · ${cyclePeriod(ctx, c)} ·
                    ${t(`cycles.state.${c.state}`)} ${v.canManage ? stateButton(ctx, c) : ''}
                  </li>`,
              )}
            </ul>`
          : html`<p>${t('cycles.none')}</p>`
      }
    </section>
    ${v.canManage ? html`${errorSummary(t, v.form, labelFor, v.formError)}${openForm(ctx, v)}` : ''}`;
}
