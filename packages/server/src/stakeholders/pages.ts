import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { HIGH_RATING, THIN_BELOW } from '@convivio/shared';
import { practiceStakeholdersPage, stakeholderMapPage, type FormState } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { getPractice } from '../practices/service.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { renderStakeholder, stakeholderNotice } from './detail-page.ts';
import { buildStakeholderMap } from './map-service.ts';
import { listParticipatoryMethods } from './methods.ts';
import { currentMembers } from './presenter.ts';
import { listPracticeStakeholders } from './queries.ts';
import { listReferenceGroups } from './reference-group-queries.ts';
import { referenceGroupPages } from './group-pages.ts';
import { getStakeholder } from './service.ts';
import { stakeholderConfirmPages } from './confirm-pages.ts';
import { stakeholderEditPages } from './edit-pages.ts';

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/** Stakeholder map pages: a city's map, one stakeholder, a practice's stakeholders, and (in their files) editing and groups. */
export function stakeholderPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    app.get('/cities/:id/stakeholders', async (request, reply) => {
      const page = pageContext(request);
      const map = await buildStakeholderMap(db, request.user, idOf(request));
      const names = new Map(map.practices.map((p) => [p.id, p.name]));
      const group = (await listReferenceGroups(db, map.city.id)).find((g) => g.kind === 'local') ?? null;
      return sendPage(
        reply,
        page,
        page.t('stakeholders.title', { city: map.city.name }),
        stakeholderMapPage(page, {
          city: map.city,
          stakeholders: map.stakeholders.map(({ record: r }) => ({
            id: r.id,
            name: r.name,
            area: r.area,
            roles: r.roles,
            influence: r.influence,
            interest: r.interest,
            engagementStatus: r.engagementStatus,
            communicationChannels: r.communicationChannels,
            practices: r.practiceIds.filter((p) => names.has(p)).map((p) => ({ id: p, name: names.get(p)! })),
          })),
          grid: { ...map.grid, high: HIGH_RATING },
          coverage: { rows: map.coverage, thin: THIN_BELOW },
          network: map.network,
          group: group
            ? {
                id: group.id,
                name: group.name,
                currentMembers: currentMembers(group.record),
                targetSize: group.record.targetSize === null ? null : String(group.record.targetSize),
                meetings: group.record.meetings.length,
              }
            : null,
          methods: (await listParticipatoryMethods(db, [map.city.id])).map((m) => ({
            name: m.name,
            description: m.description,
          })),
          canEdit: can(request.user, 'city.edit', { cityId: map.city.id }),
          notice: stakeholderNotice(request, page.t),
        }),
      );
    });

    app.get('/stakeholders/:id', async (request, reply) => {
      const row = await getStakeholder(db, idOf(request));
      const contactForm: FormState = {
        values: { profile: 'staff', consentDate: new Date().toISOString().slice(0, 10) },
        errors: {},
      };
      return renderStakeholder(db, request, reply, row, contactForm, null);
    });

    app.get('/practices/:id/stakeholders', async (request, reply) => {
      const page = pageContext(request);
      const practice = await getPractice(db, request.user, idOf(request));
      const items = (await listPracticeStakeholders(db, practice.id)).map((s) => ({
        id: s.id,
        name: s.name,
        cityName: s.city_name ?? null,
        area: s.record.area,
        roles: s.record.roles,
      }));
      return sendPage(
        reply,
        page,
        page.t('stakeholders.ofPractice', { practice: practice.name }),
        practiceStakeholdersPage(page, { id: practice.id, name: practice.name }, items),
      );
    });

    await app.register(stakeholderEditPages(ctx));
    await app.register(stakeholderConfirmPages(ctx));
    await app.register(referenceGroupPages(ctx));
  };
}
