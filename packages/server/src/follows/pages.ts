import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { THEMES } from '@convivio/shared';
import { followButton, followsPage, html, type PageContext, type SafeHtml } from '@convivio/web';
import { getCity } from '../cities/service.ts';
import type { Database } from '../db/database.ts';
import type { AppContext } from '../context.ts';
import { listChallenges } from '../network/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { queryText, requireSignedIn, safeNext, seeOther } from '../web/page-helpers.ts';
import { follow, listFollows, myDigest, myFollows, setDigestFrequency, unfollow } from './service.ts';

/** What a follow form posted: `kind` and `target`, or `what` as "kind:target" (the page's picker). */
function posted(request: FastifyRequest) {
  const body = formBody(request.body);
  const what = text(body, 'what');
  const [kind, ...rest] = what ? what.split(':') : [text(body, 'kind'), text(body, 'target')];
  return { follow: { kind, target: rest.join(':') }, back: safeNext(text(body, 'back') || '/follows') };
}

/** The city page's Follow or Stop following button (signed-in people only). */
export async function cityFollowHtml(
  db: Database,
  request: FastifyRequest,
  page: PageContext,
  cityId: string,
): Promise<SafeHtml> {
  if (!request.user) return html``;
  const city = await getCity(db, request.user, cityId);
  const following = (await listFollows(db, request.user.id)).some((f) => f.kind === 'city' && f.target === cityId);
  return followButton(page, { kind: 'city', target: cityId, name: city.name, following });
}

/** /follows: a person's follows and digest, and the forms that follow, unfollow and set the e-mail. */
export function followPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    app.get('/follows', async (request, reply) => {
      const user = requireSignedIn(request);
      const page = pageContext(request);
      const mine = await myFollows(db, user);
      const { since, digest } = await myDigest(db, user, false);
      const followed = new Set(mine.items.map((i) => `${i.kind}:${i.target}`));
      const options = [
        ...THEMES.map((th) => ({ kind: 'theme' as const, target: th, label: page.t(`theme.${th}`) })),
        ...(await listChallenges(db)).map((c) => ({ kind: 'challenge' as const, target: c.id, label: c.name })),
      ].filter((o) => !followed.has(`${o.kind}:${o.target}`));
      return sendPage(
        reply,
        page,
        page.t('follows.title'),
        followsPage(page, {
          items: mine.items,
          frequency: mine.frequency,
          since,
          digest,
          options,
          notice: queryText(request, 'notice') === 'saved' ? page.t('follows.saved') : null,
        }),
      );
    });

    app.post('/follows', async (request, reply) => {
      const user = requireSignedIn(request);
      const p = posted(request);
      await follow(db, user, p.follow);
      return seeOther(reply, p.back);
    });

    app.post('/follows/remove', async (request, reply) => {
      const user = requireSignedIn(request);
      const p = posted(request);
      await unfollow(db, user, p.follow);
      return seeOther(reply, p.back);
    });

    app.post('/follows/read', async (request, reply) => {
      const user = requireSignedIn(request);
      await myDigest(db, user, true);
      return seeOther(reply, '/follows');
    });

    app.post('/follows/email', async (request, reply) => {
      const user = requireSignedIn(request);
      await setDigestFrequency(db, user, { frequency: text(formBody(request.body), 'frequency') });
      return seeOther(reply, '/follows?notice=saved');
    });
  };
}
