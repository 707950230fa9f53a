import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { confirmPage } from '@convivio/web';
import { assertCan } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { requireSignedIn } from '../web/page-helpers.ts';
import { findContact } from './contacts.ts';
import { findStakeholder } from './queries.ts';
import { stakeholderDeletion } from './service.ts';

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/**
 * The confirmation pages of the stakeholder map's deletions (GET on the address the
 * deletion posts to): what will be lost, and the form that does it. The POST still authorises.
 */
export function stakeholderConfirmPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    app.get('/stakeholders/:id/delete', async (request, reply) => {
      const user = requireSignedIn(request);
      const d = await stakeholderDeletion(db, user, idOf(request));
      const page = pageContext(request);
      const { t } = page;
      const name = d.row.name;
      const links = d.contacts + d.practiceLinks;
      return sendPage(
        reply,
        page,
        t('stakeholders.confirmDelete.title', { name }),
        confirmPage(page, {
          title: t('stakeholders.confirmDelete.title', { name }),
          question: t(links === 1 ? 'stakeholders.confirmDelete.questionOne' : 'stakeholders.confirmDelete.question', {
            name,
            count: links,
          }),
          losses: [
            t('stakeholders.confirmDelete.contacts', { count: d.contacts }),
            t('stakeholders.confirmDelete.practices', { count: d.practiceLinks }),
            t('stakeholders.confirmDelete.history', { count: d.engagementEvents }),
          ],
          action: `/stakeholders/${d.row.id}/delete`,
          confirmLabel: t('stakeholders.confirmDelete.yes'),
          cancelHref: `/stakeholders/${d.row.id}`,
          blocked: d.blockedBy.length
            ? t('stakeholders.confirmDelete.blocked', { where: d.blockedBy.join(', ') })
            : null,
        }),
      );
    });

    app.get('/contacts/:id/delete', async (request, reply) => {
      const user = requireSignedIn(request);
      const contact = await findContact(db, idOf(request));
      if (!contact) throw notFound('Contact', idOf(request));
      assertCan(user, 'city.edit', { cityId: contact.cityId }, 'this contact person');
      const stakeholder = contact.stakeholderId ? await findStakeholder(db, contact.stakeholderId) : null;
      const page = pageContext(request);
      const { t } = page;
      const back = stakeholder
        ? `/stakeholders/${stakeholder.id}#contacts-h`
        : `/cities/${contact.cityId}/stakeholders`;
      return sendPage(
        reply,
        page,
        t('stakeholders.confirmContact.title', { name: contact.name }),
        confirmPage(page, {
          title: t('stakeholders.confirmContact.title', { name: contact.name }),
          question: t('stakeholders.confirmContact.question', {
            name: contact.name,
            stakeholder: stakeholder?.name ?? t('stakeholders.confirmContact.noStakeholder'),
          }),
          losses: [],
          action: `/contacts/${contact.id}/delete`,
          confirmLabel: t('stakeholders.confirmContact.yes'),
          cancelHref: back,
        }),
      );
    });
  };
}
