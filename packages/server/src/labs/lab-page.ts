import type { FastifyReply, FastifyRequest } from 'fastify';
import { labDetailPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { listContacts } from '../stakeholders/contacts.ts';
import { publishedPracticeNames } from '../practices/service.ts';
import { listCityStakeholders } from '../stakeholders/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { queryText } from '../web/page-helpers.ts';
import { getLab } from './service.ts';
import { presentLabFor } from './view-service.ts';

const EMPTY: FormState = { values: {}, errors: {} };

/** Renders one lab's page; the editing forms (and persons by name) only for the city's editors and administrators. */
export async function renderLab(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState = EMPTY,
  formError: string | null = null,
  status = 200,
): Promise<FastifyReply> {
  const page = pageContext(request);
  const row = await getLab(ctx.db, id);
  const lab = await presentLabFor(ctx.db, request.user, row);
  const canEdit = can(request.user, 'city.edit', { cityId: row.city_id });
  const practices = canEdit ? await publishedPracticeNames(ctx.db, null) : [];
  const edit = canEdit
    ? {
        stakeholders: (await listCityStakeholders(ctx.db, row.city_id)).map((s) => ({ id: s.id, name: s.name })),
        contacts: (await listContacts(ctx.db, request.user, row.city_id)).map((c) => ({
          id: c.id,
          name: c.name,
          profile: c.profile,
        })),
        practices,
      }
    : null;
  const n = queryText(request, 'notice');
  const notice = n === 'created' ? page.t('labs.created') : n === 'saved' ? page.t('labs.saved') : null;
  return sendPage(reply, page, lab.name, labDetailPage(page, { lab, edit, form, formError, notice }), { status });
}
