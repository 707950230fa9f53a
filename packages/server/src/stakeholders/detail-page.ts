import type { FastifyReply, FastifyRequest } from 'fastify';
import { quadrantOf } from '@convivio/shared';
import { stakeholderDetailPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { Queryable } from '../db/database.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { queryText } from '../web/page-helpers.ts';
import { listContacts } from './contacts.ts';
import { publishedPracticeNames } from '../practices/service.ts';
import type { StakeholderRow } from './queries.ts';

const NOTICES = new Set(['saved', 'created', 'deleted', 'imported', 'contact-added', 'contact-removed']);

/** The translated notice named by `?notice=` (known names only, so nothing can be injected). */
export function stakeholderNotice(
  request: FastifyRequest,
  t: (k: string, p?: Record<string, string | number>) => string,
): string | null {
  const n = queryText(request, 'notice');
  if (!NOTICES.has(n)) return null;
  if (n === 'deleted') return t('stakeholders.deleted');
  if (n === 'imported')
    return t('stakeholders.imported', {
      created: Number(queryText(request, 'created')) || 0,
      updated: Number(queryText(request, 'updated')) || 0,
    });
  return t('stakeholders.saved');
}

/** Renders one stakeholder's page; contact persons only for the city's editors and administrators. */
export async function renderStakeholder(
  db: Queryable,
  request: FastifyRequest,
  reply: FastifyReply,
  row: StakeholderRow,
  contactForm: FormState,
  contactError: string | null,
  status = 200,
): Promise<FastifyReply> {
  const page = pageContext(request);
  const r = row.record;
  const canEdit = can(request.user, 'city.edit', { cityId: row.city_id });
  return sendPage(
    reply,
    page,
    r.name,
    stakeholderDetailPage(page, {
      stakeholder: {
        id: r.id,
        cityId: r.cityId,
        cityName: row.city_name ?? r.cityId,
        name: r.name,
        description: r.description,
        area: r.area,
        roles: r.roles,
        influence: r.influence,
        interest: r.interest,
        quadrant: quadrantOf(r.influence, r.interest),
        engagementStatus: r.engagementStatus,
        engagementHistory: r.engagementHistory,
        communicationChannels: r.communicationChannels,
        practices: await publishedPracticeNames(db, r.practiceIds),
        source: r.source,
      },
      canEdit,
      contacts: canEdit ? await listContacts(db, request.user, row.city_id, row.id) : null,
      contactForm,
      contactError,
      notice: stakeholderNotice(request, page.t),
    }),
    { status },
  );
}
