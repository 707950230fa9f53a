// A person's follows and their digest; the Follow button other pages show.
import '../messages/en/follows.ts';
import '../messages/en/mail-digest.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { notice } from '../components/page-parts.ts';
import { formatDate } from '../components/labels.ts';

export interface FollowsPageView {
  items: { kind: string; target: string; name: string | null }[];
  frequency: 'off' | 'weekly';
  since: string;
  digest: {
    status: 'nothing-new' | 'news';
    entries?: {
      follow: { kind: string; target: string };
      practices: { id: string; name: string; change: 'new' | 'updated' }[];
      assessments: { cycleId: string; commitmentId: string; status: string }[];
      events: { id: string; name: string; startDate: string; change: 'new' | 'registration' }[];
      evidence: { runId: string; datasetName: string }[];
    }[];
  };
  /** What can be followed from this page: themes and challenges, with their labels. */
  options: { kind: 'theme' | 'challenge'; target: string; label: string }[];
  notice: string | null;
}

/** A follow's label: the city or challenge name, or the theme's label. */
const labelOf = (ctx: PageContext, f: { kind: string; target: string; name?: string | null }) =>
  f.kind === 'theme' ? ctx.t(`theme.${f.target}`) : (f.name ?? f.target);

/** The Follow or Stop following button (a form: it works without scripts; app.js posts it in place). */
export function followButton(
  ctx: PageContext,
  f: { kind: string; target: string; name: string; following: boolean },
): SafeHtml {
  const { t } = ctx;
  return html`<form
    method="post"
    action="/follows${f.following ? '/remove' : ''}"
    class="inline-form"
    data-follow="${f.kind}:${f.target}"
  >
    <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
    <input type="hidden" name="kind" value="${f.kind}" />
    <input type="hidden" name="target" value="${f.target}" />
    <input type="hidden" name="back" value="${ctx.path}" />
    ${f.following ? html`<span>${t('follows.following', { name: f.name })}</span> ` : ''}
    <button type="submit" ${f.following ? html`class="secondary"` : ''}>
      ${t(f.following ? 'follows.unfollow' : 'follows.follow', { name: f.name })}
    </button>
  </form>`;
}

/** /follows: what the person follows, the digest since their last visit, the e-mail setting. */
export function followsPage(ctx: PageContext, v: FollowsPageView): SafeHtml {
  const { t } = ctx;
  const names = new Map(v.items.map((i) => [`${i.kind}:${i.target}`, labelOf(ctx, i)]));
  const entries = v.digest.entries ?? [];
  return html`<h1>${t('follows.title')}</h1>
    ${notice(v.notice)}
    <p class="lead">${t('follows.lead')}</p>
    <section aria-labelledby="digest-h">
      <h2 id="digest-h">${t('follows.digest', { date: formatDate(ctx.lang, v.since) })}</h2>
      ${
        v.digest.status === 'nothing-new' || !entries.length
          ? html`<p>${t('follows.nothingNew')}</p>`
          : html`${entries.map(
                (e) =>
                  html`<h3>
                      ${t(`follows.kind.${e.follow.kind}`)}:
                      ${names.get(`${e.follow.kind}:${e.follow.target}`) ?? e.follow.target}
                    </h3>
                    <ul>
                      ${e.practices.map((p) => html`<li><a href="/practices/${p.id}">${t(p.change === 'new' ? 'follows.practiceNew' : 'follows.practiceUpdated', { name: p.name })}</a></li>`)}
                      ${e.assessments.map((a) => html`<li><a href="/charter/cycles/${a.cycleId}/cities/${e.follow.target}">${t('follows.assessment', { cycle: a.cycleId, commitment: t(`charter.roleShort.${a.commitmentId.replace('charter-integrating-cities-', '')}`), status: t(`cycles.status.${a.status}`) })}</a></li>`)}
                      ${e.events.map((ev) => html`<li><a href="/events/${ev.id}">${t(ev.change === 'new' ? 'follows.eventNew' : 'follows.eventRegistration', { name: ev.name, date: formatDate(ctx.lang, ev.startDate) })}</a></li>`)}
                      ${e.evidence.map((r) => html`<li><a href="/evidence/runs/${r.runId}">${t('follows.evidenceRun', { name: r.datasetName })}</a></li>`)}
                    </ul>`,
              )}
              <form method="post" action="/follows/read" class="inline-form">
                <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
                <button type="submit" class="secondary">${t('follows.markRead')}</button>
              </form>`
      }
    </section>
    <section aria-labelledby="follows-h">
      <h2 id="follows-h">${t('follows.title')}</h2>
      ${
        v.items.length
          ? html`<ul>
              ${v.items.map((i) => html`<li>${t(`follows.kind.${i.kind}`)}: ${followButton(ctx, { kind: i.kind, target: i.target, name: labelOf(ctx, i), following: true })}</li>`)}
            </ul>`
          : html`<p>${t('follows.none')}</p>`
      }
      <form method="post" action="/follows">
        <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
        <input type="hidden" name="back" value="/follows" />
        <label for="follow-what">${t('follows.what')}</label>
        <select id="follow-what" name="what">
          ${v.options.map((o) => html`<option value="${o.kind}:${o.target}">${t(`follows.kind.${o.kind}`)}: ${o.label}</option>`)}
        </select>
        <button type="submit">${t('follows.add')}</button>
      </form>
    </section>
    <section aria-labelledby="email-h">
      <h2 id="email-h">${t('follows.email')}</h2>
      <form method="post" action="/follows/email">
        <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
        <fieldset>
          <legend>${t('follows.email')}</legend>
          ${(['off', 'weekly'] as const).map(
            (f) =>
              html`<label
                ><input type="radio" name="frequency" value="${f}" ${v.frequency === f ? html`checked` : ''} />
                ${t(`follows.frequency.${f}`)}</label
              >`,
          )}
        </fieldset>
        <button type="submit">${t('follows.saveEmail')}</button>
      </form>
    </section>`;
}
