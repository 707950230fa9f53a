import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contactPage, type FormState } from '@convivio/web';
import { assertCan } from '../accounts/policy.ts';
import type { Database } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { topField } from '../records/field-path.ts';
import { cityFacts, getProgramme, setContactPerson } from './service.ts';

type Params = { id: string; postId: string };

/**
 * The page that sets or clears the contact person of an offer or a request. The contact is personal
 * data: the page answers only the post's city's editors and administrators, as the change does.
 */
export function contactPages(app: FastifyInstance, db: Database): void {
  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    failed?: FormState & { error: string | null; status: number },
  ) {
    const user = requireSignedIn(request);
    const { id, postId } = request.params as Params;
    const programme = await getProgramme(db, id);
    const offer = programme.offers.find((o) => o.id === postId);
    const post = offer ?? programme.requests.find((r) => r.id === postId);
    if (!post) throw notFound('Offer or request', postId);
    assertCan(user, 'city.edit', { cityId: post.cityId }, "this city's offers and requests");
    const page = pageContext(request);
    const cityName = (await cityFacts(db)).get(post.cityId)?.name ?? post.cityId;
    const themeName = programme.themes.find((t) => t.id === post.themeId)?.name ?? post.themeId;
    const values = { name: post.contact?.name ?? '', email: post.contact?.email ?? '' };
    return sendPage(
      reply,
      page,
      page.t('mentoring.contactOf', { city: cityName, theme: themeName }),
      contactPage(page, {
        programme: { id: programme.id, name: programme.name },
        post: { id: post.id, kind: offer ? 'offer' : 'request', cityName, themeName },
        form: failed ?? { values, errors: {} },
        formError: failed?.error ?? null,
        hasContact: post.contact !== null,
      }),
      { status: failed?.status ?? 200 },
    );
  }

  app.get('/mentoring/:id/posts/:postId/contact', async (request, reply) => render(request, reply));

  app.post('/mentoring/:id/posts/:postId/contact', async (request, reply) => {
    const user = requireSignedIn(request);
    const { id, postId } = request.params as Params;
    const body = formBody(request.body);
    const values = { name: text(body, 'name'), email: text(body, 'email') };
    const clear = text(body, 'clear') !== '' || values.name.trim() === '';
    try {
      await setContactPerson(db, user, id, postId, clear ? null : values);
      return seeOther(reply, `/mentoring/${id}?notice=contact-saved#${postId}`);
    } catch (err) {
      if (!isFormError(err)) throw err;
      const f = formFailure(issuesOf(err), (x) => (topField(x) in values ? topField(x) : null));
      return render(request, reply, { values, errors: f.errors, error: f.general, status: err.status });
    }
  });
}
