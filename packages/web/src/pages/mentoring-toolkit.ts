import { SELF_CHECK_ANSWERS } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { choiceGroup, errorSummary, type FormState } from '../components/form-fields.ts';
import { notice } from '../components/page-parts.ts';
import { sourceCitation } from '../components/record-text.ts';

interface Entry {
  id: string;
  text: string;
  authored: string;
}

export interface ToolkitPageView {
  programme: { id: string; name: string };
  theme: {
    id: string;
    name: string;
    toolkit: {
      benchmark: string | null;
      benchmarkAuthored: string | null;
      successFactors: Entry[];
      selfCheckQuestions: Entry[];
      sources: { document: string; section: string | null }[];
    };
  };
  /** The city whose answers are shown, and whether the user may change them. */
  city: { id: string; name: string; canAnswer: boolean } | null;
  result: { questions: number; answered: number; percent: number | null; stage: string } | null;
  form: FormState;
  formError: string | null;
  notice: string | null;
}

const authored = (ctx: PageContext, a: string | null) =>
  a === 'platform' ? html` <em class="hint">(${ctx.t('mentoring.platformAuthored')})</em>` : '';

/** A theme's toolkit (benchmark, key success factors) and its self-check with where the city stands. */
export function toolkitPage(ctx: PageContext, v: ToolkitPageView): SafeHtml {
  const { t } = ctx;
  const k = v.theme.toolkit;
  const empty = !k.benchmark && !k.successFactors.length && !k.selfCheckQuestions.length;
  return html`<p><a href="/mentoring/${v.programme.id}">${v.programme.name}</a></p>
    <h1>${t('mentoring.toolkit', { theme: v.theme.name })}</h1>
    ${notice(v.notice)} ${empty ? html`<p>${t('mentoring.noToolkit')}</p>` : ''}
    ${
      k.benchmark
        ? html`<h2>${t('mentoring.benchmark')}</h2>
            <p>${k.benchmark}${authored(ctx, k.benchmarkAuthored)}</p>`
        : ''
    }
    ${
      k.successFactors.length
        ? html`<h2>${t('mentoring.successFactors')}</h2>
            <ul>
              ${k.successFactors.map((f) => html`<li>${f.text}${authored(ctx, f.authored)}</li>`)}
            </ul>`
        : ''
    }
    ${k.sources.map((s) => sourceCitation(t, s))}
    <section aria-labelledby="self-check-h">
      <h2 id="self-check-h">${t('mentoring.selfCheck')}</h2>
      ${
        !k.selfCheckQuestions.length
          ? html`<p>${t('mentoring.noQuestions')}</p>`
          : v.city?.canAnswer
            ? html`${errorSummary(t, v.form, (n) => n, v.formError)}
                <form method="post" action="/mentoring/${v.programme.id}/themes/${v.theme.id}/self-check/${v.city.id}">
                  <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
                  ${k.selfCheckQuestions.map((q) =>
                    choiceGroup(t, v.form, {
                      name: `q.${q.id}`,
                      legend: q.text + (q.authored === 'platform' ? ` (${t('mentoring.platformAuthored')})` : ''),
                      type: 'radio',
                      options: SELF_CHECK_ANSWERS.map((a) => ({ value: a, label: t(`mentoring.answer.${a}`) })),
                    }),
                  )}
                  <button type="submit">${t('mentoring.saveAnswers')}</button>
                </form>`
            : html`<ol>
                  ${k.selfCheckQuestions.map((q) => html`<li>${q.text}${authored(ctx, q.authored)}</li>`)}
                </ol>
                ${v.city ? '' : html`<p class="hint">${t('mentoring.chooseCity')}</p>`}`
      }
      ${
        v.city && v.result && v.result.percent !== null
          ? html`<h3 id="stand-h">${t('mentoring.whereYouStand', { city: v.city.name })}</h3>
              <p>
                ${t('mentoring.result', { percent: v.result.percent, answered: v.result.answered, questions: v.result.questions })}
                ${t(`mentoring.stage.${v.result.stage}`)}
              </p>`
          : ''
      }
    </section>`;
}
