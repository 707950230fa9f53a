import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { presentReferenceGroup } from './presenter.ts';
import { stakeholderNames } from './queries.ts';
import { listReferenceGroups, type ReferenceGroupRow } from './reference-group-queries.ts';
import {
  addMeeting,
  addMember,
  createReferenceGroup,
  deleteReferenceGroup,
  getReferenceGroup,
  memberLeaves,
  updateReferenceGroup,
} from './reference-group-service.ts';
import { zGroupWrite, zIdParams, zMeetingWrite, zMemberWrite, zReferenceGroupOut } from './schema.ts';

const tags = ['reference groups'];

/** Each group with its member stakeholders' names. */
export async function presentGroups(db: Queryable, rows: ReferenceGroupRow[]) {
  const ids = [
    ...new Set(rows.flatMap((r) => r.record.members.map((m) => m.stakeholderId).filter((x): x is string => !!x))),
  ];
  const names = await stakeholderNames(db, ids);
  return rows.map((r) => presentReferenceGroup(r, names));
}

/** One group with its member stakeholders' names. */
export async function presentGroup(db: Queryable, row: ReferenceGroupRow) {
  const ids = row.record.members.map((m) => m.stakeholderId).filter((x): x is string => !!x);
  return presentReferenceGroup(row, await stakeholderNames(db, [...new Set(ids)]));
}

/** Local and International Stakeholder Reference Groups: members over time and meetings. */
export function referenceGroupRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;
    const one = (row: ReferenceGroupRow) => presentGroup(db, row);

    app.get(
      '/reference-groups',
      {
        schema: {
          operationId: 'listReferenceGroups',
          tags,
          summary: "Reference groups (the international one and each city's local group)",
          querystring: z.object({ city: z.string().max(200).optional() }),
          response: { 200: z.object({ items: z.array(zReferenceGroupOut) }) },
        },
      },
      async (request) => ({
        items: await presentGroups(db, await listReferenceGroups(db, request.query.city ?? null)),
      }),
    );

    app.get(
      '/reference-groups/:id',
      {
        schema: {
          operationId: 'getReferenceGroup',
          tags,
          summary: 'One reference group with its membership history and meetings',
          params: zIdParams,
          response: { 200: zReferenceGroupOut },
        },
      },
      async (request) => one(await getReferenceGroup(db, request.params.id)),
    );

    app.post(
      '/reference-groups',
      {
        schema: {
          operationId: 'createReferenceGroup',
          tags,
          summary: "Create a reference group (local: the city's editors; international: administrators)",
          errors: [409],
          body: zGroupWrite,
          response: { 201: zReferenceGroupOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await one(await createReferenceGroup(db, request.user, request.body))),
    );

    app.put(
      '/reference-groups/:id',
      {
        schema: {
          operationId: 'updateReferenceGroup',
          tags,
          summary: "Replace a reference group's record (send `version` to guard against concurrent edits)",
          errors: [409],
          params: zIdParams,
          body: zGroupWrite,
          response: { 200: zReferenceGroupOut },
        },
      },
      async (request) => {
        const { version, ...record } = request.body;
        return one(
          await updateReferenceGroup(
            db,
            request.user,
            request.params.id,
            record,
            typeof version === 'number' ? version : null,
          ),
        );
      },
    );

    app.delete(
      '/reference-groups/:id',
      {
        schema: {
          operationId: 'deleteReferenceGroup',
          tags,
          summary: 'Delete a reference group',
          params: zIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteReferenceGroup(db, request.user, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/reference-groups/:id/meetings',
      {
        schema: {
          operationId: 'addReferenceGroupMeeting',
          tags,
          summary: 'Record a meeting: date, title, agenda, attendance, attendees, minutes',
          params: zIdParams,
          body: zMeetingWrite,
          response: { 201: zReferenceGroupOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await one(await addMeeting(db, request.user, request.params.id, request.body))),
    );

    app.post(
      '/reference-groups/:id/members',
      {
        schema: {
          operationId: 'addReferenceGroupMember',
          tags,
          summary: 'Add a member (stakeholderId or organisation; joined defaults to today)',
          errors: [409],
          params: zIdParams,
          body: zMemberWrite,
          response: { 201: zReferenceGroupOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await one(await addMember(db, request.user, request.params.id, request.body))),
    );

    app.post(
      '/reference-groups/:id/members/:memberId/leave',
      {
        schema: {
          operationId: 'endReferenceGroupMembership',
          tags,
          summary: 'Record that a member left (date defaults to today)',
          errors: [409],
          params: zIdParams.extend({ memberId: z.string().max(100) }),
          body: z
            .object({
              date: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/)
                .nullable()
                .optional(),
            })
            .optional(),
          response: { 200: zReferenceGroupOut },
        },
      },
      async (request) =>
        one(
          await memberLeaves(db, request.user, request.params.id, request.params.memberId, request.body?.date ?? null),
        ),
    );
  };
}
