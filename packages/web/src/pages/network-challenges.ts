import { sourceTitle } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { followButton } from './follows.ts';

export interface ChallengeView {
  id: string;
  name: string;
  description: string | null;
  origin: string;
  sources: { document: string; section: string | null }[];
  practiceCount: number;
  cityCount: number;
}

/** "Document title, section" for a source. */
export const sourceLine = (ctx: PageContext, s: { document: string; section: string | null }) =>
  s.section
    ? ctx.t('network.source', { document: sourceTitle(s.document), section: s.section })
    : sourceTitle(s.document);

/** The /challenges page: the taxonomy with how many practices address and cities face each challenge. */
/** `followed`: the challenges the signed-in person follows (null when not signed in: no buttons). */
export function challengesPage(
  ctx: PageContext,
  v: { challenges: ChallengeView[]; followed?: string[] | null },
): SafeHtml {
  const { t } = ctx;
  return html`<h1>${t('network.challenges.title')}</h1>
    <p class="lead">${t('network.challenges.lead')}</p>
    <p><a href="/gaps">${t('network.gapsLink')}</a></p>
    ${
      v.challenges.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="challenges-caption" tabindex="0">
            <table>
              <caption id="challenges-caption">
                ${t('network.challenges.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('network.challenges.name')}</th>
                  <th scope="col">${t('network.challenges.origin')}</th>
                  <th scope="col">${t('network.challenges.practices')}</th>
                  <th scope="col">${t('network.challenges.cities')}</th>
                  <th scope="col">${t('network.challenges.sources')}</th>
                </tr>
              </thead>
              <tbody>
                ${v.challenges.map(
                  (c) =>
                    html`<tr id="challenge-${c.id}">
                      <th scope="row">
                        ${c.name}${c.description ? html`<p class="hint">${c.description}</p>` : ''}
                        ${
                          v.followed
                            ? followButton(ctx, {
                                kind: 'challenge',
                                target: c.id,
                                name: c.name,
                                following: v.followed.includes(c.id),
                              })
                            : ''
                        }
                      </th>
                      <td>${t(`network.origin.${c.origin}`)}</td>
                      <td>${c.practiceCount}</td>
                      <td>${c.cityCount}</td>
                      <td>
                        <ul>
                          ${c.sources.map((s) => html`<li>${sourceLine(ctx, s)}</li>`)}
                        </ul>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${t('network.challenges.none')}</p>`
    }`;
}
