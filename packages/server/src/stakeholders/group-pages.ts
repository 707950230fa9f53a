import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { groupListPage, groupPage, type FormState, type FormValues } from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { formBody, text } from '../web/form-body.ts';
import { formFailure, isFormError, issuesOf } from '../web/form-errors.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { listCityStakeholders } from './queries.ts';
import { listReferenceGroups, type ReferenceGroupRow } from './reference-group-queries.ts';
import { presentGroup, presentGroups } from './reference-group-routes.ts';
import { addMeeting, addMember, getReferenceGroup, memberLeaves } from './reference-group-service.ts';
import { topField } from '../records/field-path.ts';

const params = (request: FastifyRequest) => request.params as { id: string; memberId?: string };
const EMPTY: FormState = { values: {}, errors: {} };

/** Reference group pages: the list, one group with its members and meetings, and the forms to record them. */
export function referenceGroupPages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const { db } = ctx;

    async function render(
      request: FastifyRequest,
      reply: FastifyReply,
      row: ReferenceGroupRow,
      forms: { member?: FormState; meeting?: FormState; error?: string | null; status?: number } = {},
    ) {
      const page = pageContext(request);
      const group = await presentGroup(db, row);
      const canEdit = can(request.user, 'city.edit', { cityId: row.city_id });
      const candidates =
        canEdit && row.city_id
          ? (await listCityStakeholders(db, row.city_id)).map((s) => ({ id: s.id, name: s.name }))
          : [];
      const saved = queryText(request, 'notice') === 'saved' ? page.t('stakeholders.saved') : null;
      return sendPage(
        reply,
        page,
        row.name,
        groupPage(page, {
          group,
          canEdit,
          candidates,
          memberForm: forms.member ?? EMPTY,
          meetingForm: forms.meeting ?? EMPTY,
          formError: forms.error ?? null,
          notice: saved,
        }),
        { status: forms.status ?? 200 },
      );
    }

    app.get('/reference-groups', async (request, reply) => {
      const page = pageContext(request);
      return sendPage(
        reply,
        page,
        page.t('groups.title'),
        groupListPage(page, await presentGroups(db, await listReferenceGroups(db, null))),
      );
    });

    app.get('/reference-groups/:id', async (request, reply) =>
      render(request, reply, await getReferenceGroup(db, params(request).id)),
    );

    app.post('/reference-groups/:id/members', async (request, reply) => {
      const row = await getReferenceGroup(db, params(request).id);
      const body = formBody(request.body);
      const values: FormValues = {
        stakeholderId: text(body, 'stakeholderId'),
        organisation: text(body, 'organisation'),
        joined: text(body, 'joined'),
      };
      try {
        await addMember(db, requireSignedIn(request), row.id, {
          stakeholderId: values.stakeholderId || null,
          organisation: values.organisation || null,
          ...(values.joined ? { joined: values.joined } : {}),
        });
        return seeOther(reply, `/reference-groups/${row.id}?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) => topField(x));
        return render(request, reply, row, {
          member: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });

    app.post('/reference-groups/:id/members/:memberId/leave', async (request, reply) => {
      const { id, memberId } = params(request);
      await memberLeaves(db, requireSignedIn(request), id, memberId!, null);
      return seeOther(reply, `/reference-groups/${id}?notice=saved`);
    });

    app.post('/reference-groups/:id/meetings', async (request, reply) => {
      const row = await getReferenceGroup(db, params(request).id);
      const body = formBody(request.body);
      const values: FormValues = Object.fromEntries(
        ['date', 'title', 'agenda', 'attendance', 'minutes'].map((k) => [k, text(body, k)]),
      );
      try {
        const attendance = values.attendance === '' ? null : Number(values.attendance);
        if (attendance !== null && !Number.isInteger(attendance))
          throw new AppError('validation_failed', 'attendance: enter a whole number', 'attendance', [
            { field: 'attendance', message: pageContext(request).t('form.msg.integer') },
          ]);
        await addMeeting(db, requireSignedIn(request), row.id, { ...values, attendance });
        return seeOther(reply, `/reference-groups/${row.id}?notice=saved`);
      } catch (err) {
        if (!isFormError(err)) throw err;
        const f = formFailure(issuesOf(err), (x) => topField(x));
        return render(request, reply, row, {
          meeting: { values, errors: f.errors },
          error: f.general,
          status: err.status,
        });
      }
    });
  };
}
