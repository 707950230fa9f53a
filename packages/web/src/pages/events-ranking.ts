import { html, paragraphs, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { longDate, sessionTitle, timeSpan } from './events-format.ts';

/** A choice point as the ranking list shows it. */
export interface ChoicePointView {
  id: string;
  kind: 'parallel' | 'corner';
  title: string;
  date: string;
  start: string;
  end: string | null;
  rounds: number;
  /** A ranking naming any option names at least `minRanked` and at most `maxRanked`. */
  minRanked: number;
  maxRanked: number;
  options: { id: string; title: string; label: string | null; description: string | null; practiceId: string | null }[];
}

/** What one ranking list needs: the stored (or posted) order, its problem, the assignment and whether it may change. */
export interface RankingListView {
  point: ChoicePointView;
  index: number;
  ranked: string[];
  error: string | null;
  assigned: string[];
  canRank: boolean;
}

/** The messages the ranking script announces and checks with, in the page's language. */
function scriptMessages(ctx: PageContext, cp: ChoicePointView): SafeHtml {
  const { t } = ctx;
  const what = t(`events.rank.what.${cp.kind}`);
  const keys = ['moved', 'included', 'excluded', 'top', 'bottom', 'up', 'down', 'drag', 'include', 'position'];
  return html`data-min="${cp.minRanked}" data-max="${cp.maxRanked}"
  data-msg-too-few="${t('events.rank.tooFew', { point: cp.title, min: cp.minRanked, what, count: '{count}' })}"
  data-msg-too-many="${t('events.rank.tooMany', { point: cp.title, max: cp.maxRanked, what, count: '{count}' })}"
  ${keys.map((k) => html` data-msg-${k}="${t(`events.rank.${k}`, { title: '{title}', n: '{n}', count: '{count}' })}"`)}`;
}

function item(ctx: PageContext, v: RankingListView, o: ChoicePointView['options'][number], j: number): SafeHtml {
  const { t } = ctx;
  const title = sessionTitle(o);
  const position = v.ranked.indexOf(o.id) + 1;
  const id = `rank-${v.index}-${j}`;
  return html`<li class="rank-item" data-title="${title}">
    <div class="rank-row">
      <span class="rank-title" id="${id}-title">${title}</span>
      <span class="rank-number-field">
        <label for="${id}">${t('events.rank.numberLabel')}<span class="visually-hidden">: ${title}</span></label>
        <input
          id="${id}"
          class="rank-number"
          name="rank.${v.point.id}.${o.id}"
          type="text"
          inputmode="numeric"
          size="2"
          maxlength="3"
          value="${position ? String(position) : ''}"
          aria-describedby="rank-${v.index}-hint rank-${v.index}-error"
        />
      </span>
    </div>
    <details class="rank-about">
      <summary>${t('events.rank.about')}<span class="visually-hidden">: ${title}</span></summary>
      ${o.description ? paragraphs(o.description) : o.practiceId ? '' : html`<p>${t('events.rank.noDescription')}</p>`}
      ${
        o.practiceId
          ? html`<p>
              <a href="/practices/${o.practiceId}"
                >${t('events.presentationPractice')}<span class="visually-hidden">: ${title}</span></a
              >
            </p>`
          : ''
      }
    </details>
  </li>`;
}

/** One choice point: an ordered list of its options (ranked first), numbered inputs that a script turns into a reorderable list. */
export function rankingList(ctx: PageContext, v: RankingListView): SafeHtml {
  const { t } = ctx;
  const cp = v.point;
  const what = t(`events.rank.what.${cp.kind}`);
  const titleOf = (id: string) => cp.options.find((o) => o.id === id)?.title ?? id;
  const ordered = [
    ...v.ranked.map((id) => cp.options.find((o) => o.id === id)).filter((o) => o !== undefined),
    ...cp.options.filter((o) => !v.ranked.includes(o.id)),
  ];
  const hintId = `rank-${v.index}-hint`;
  return html`<fieldset
    class="ranking"
    id="rank-${v.index}"
    aria-describedby="${hintId}"
    ${v.canRank ? html`data-rank-list ${scriptMessages(ctx, cp)}` : ''}
  >
    <legend>${cp.title} – ${longDate(ctx, cp.date)}, ${timeSpan(cp.date, cp.start, cp.end)}</legend>
    <p class="hint" id="${hintId}">
      ${cp.kind === 'corner' ? t('events.rank.cornerHint', { rounds: cp.rounds }) : t('events.choices.parallelHint')}
      ${v.canRank ? t('events.rank.hint', { what, min: cp.minRanked, max: cp.maxRanked }) : ''}
      ${v.canRank ? html`<span class="rank-how" data-keys-hint="${t('events.rank.keysHint')}">${t('events.rank.numberHint')}</span>` : ''}
    </p>
    ${v.assigned.length ? html`<p class="notice">${t('events.choices.assigned', { what: v.assigned.map(titleOf).join('; ') })}</p>` : ''}
    ${
      v.canRank
        ? html`<p class="field-error" id="rank-${v.index}-error">${v.error ?? ''}</p>
            <ol class="rank-list">
              ${ordered.map((o, j) => item(ctx, v, o, j))}
            </ol>
            <p class="visually-hidden" aria-live="polite" data-rank-status></p>`
        : v.ranked.length
          ? html`<ol>
              ${v.ranked.map((id) => html`<li>${titleOf(id)}</li>`)}
            </ol>`
          : html`<p>${t('events.choices.notRanked')}</p>`
    }
  </fieldset>`;
}
