import { SELF_CHECK_ANSWERS } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { choiceGroup, errorSummary, type FormState } from '../components/form-fields.ts';
import { formatDate } from '../components/labels.ts';
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
  /** The participating cities whose answers can be shown. */
  cities: { id: string; name: string }[];
  /** The city whose answers are shown, and whether the user may change them. */
  city: { id: string; name: string; canAnswer: boolean } | null;
  result: { questions: number; answered: number; percent: number | null; stage: string } | null;
  /** The city's answer by question id. */
  answers: Record<string, string>;
  answeredAt: string | null;
  readNext: {
    practices: { id: string; name: string; cityName: string }[];
    mentors: { offerId: string; cityName: string }[];
  };
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
      ${v.cities.length && k.selfCheckQuestions.length ? cityChooser(ctx, v) : ''} ${standing(ctx, v)}
    </section>
    ${readNext(ctx, v)}`;
}

/** A form (GET, no script needed) choosing the city whose answers are shown. */
function cityChooser(ctx: PageContext, v: ToolkitPageView): SafeHtml {
  const { t } = ctx;
  return html`<form method="get" action="/mentoring/${v.programme.id}/themes/${v.theme.id}" class="inline-form">
    <label for="f-city">${t('mentoring.showAnswersOf')}</label>
    <select id="f-city" name="city">
      ${v.cities.map((c) => html`<option value="${c.id}" ${c.id === v.city?.id ? html`selected` : ''}>${c.name}</option>`)}
    </select>
    <button type="submit" class="secondary">${t('mentoring.show')}</button>
  </form>`;
}

/** Where the city stands: the score and stage, when it last answered, and its answer to each question. */
function standing(ctx: PageContext, v: ToolkitPageView): SafeHtml | string {
  const { t } = ctx;
  if (!v.city || !v.result || v.result.percent === null) return '';
  return html`<h3 id="stand-h">${t('mentoring.whereYouStand', { city: v.city.name })}</h3>
    <p>
      ${t('mentoring.result', { percent: v.result.percent, answered: v.result.answered, questions: v.result.questions })}
      ${t(`mentoring.stage.${v.result.stage}`)}
    </p>
    ${v.answeredAt ? html`<p>${t('mentoring.answeredOn', { date: formatDate(ctx.lang, v.answeredAt) })}</p>` : ''}
    <div class="table-wrap" role="region" aria-labelledby="answers-caption" tabindex="0">
      <table>
        <caption id="answers-caption">
          ${t('mentoring.answersOf', { city: v.city.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('mentoring.question')}</th>
            <th scope="col">${t('mentoring.answerHeading')}</th>
          </tr>
        </thead>
        <tbody>
          ${v.theme.toolkit.selfCheckQuestions.map((q) => {
            const a = v.answers[q.id];
            return html`<tr>
              <th scope="row">${q.text}</th>
              <td>${a ? t(`mentoring.answer.${a}`) : t('mentoring.notAnswered')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

/** What to read next: published practices on the theme's challenges, and the cities offering to mentor on it. */
function readNext(ctx: PageContext, v: ToolkitPageView): SafeHtml {
  const { t } = ctx;
  const r = v.readNext;
  return html`<section aria-labelledby="read-next-h">
    <h2 id="read-next-h">${t('mentoring.readNext')}</h2>
    <h3>${t('mentoring.readPractices')}</h3>
    ${
      r.practices.length
        ? html`<ul>
            ${r.practices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a> (${p.cityName})</li>`)}
          </ul>`
        : html`<p>${t('mentoring.noReadPractices')}</p>`
    }
    <h3>${t('mentoring.readMentors')}</h3>
    ${
      r.mentors.length
        ? html`<ul>
            ${r.mentors.map((m) => html`<li><a href="/mentoring/${v.programme.id}#${m.offerId}">${m.cityName}</a></li>`)}
          </ul>`
        : html`<p>${t('mentoring.noReadMentors')}</p>`
    }
  </section>`;
}
