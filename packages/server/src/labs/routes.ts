import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { addExperiment, addRecommendation, addSession, updateExperiment, updatePhase } from './phase-service.ts';
import { addParticipant, removeParticipant } from './participant-service.ts';
import { findFramework, listLabRows, type LabRow } from './queries.ts';
import {
  zFrameworkOut,
  zIdParams,
  zLabExperimentChange,
  zLabExperimentWrite,
  zLabOut,
  zLabParticipantWrite,
  zLabPhaseChange,
  zLabRecommendationWrite,
  zLabSessionWrite,
  zLabWrite,
} from './schema.ts';
import { createLab, deleteLab, getLab, updateLab } from './service.ts';
import { presentLabFor, presentLabsFor } from './view-service.ts';

const tags = ['policy labs'];

/** Policy labs: phases, sessions, participants, micro-experiments and recommendations. */
export function labRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;
    const one = (row: LabRow, user: Parameters<typeof presentLabFor>[1]) => presentLabFor(db, user, row);
    const labParams = zIdParams;

    app.get(
      '/labs',
      {
        schema: {
          operationId: 'listLabs',
          tags,
          summary: 'Policy labs (optionally of one city) with where each stands',
          querystring: z.object({ city: z.string().max(200).optional() }),
          response: { 200: z.object({ items: z.array(zLabOut), total: z.number().int() }) },
        },
      },
      async (request) => {
        const items = await presentLabsFor(db, request.user, await listLabRows(db, request.query.city ?? null));
        return { items, total: items.length };
      },
    );

    app.get(
      '/labs/framework',
      {
        schema: {
          operationId: 'getLabFramework',
          tags,
          summary: 'The policy-lab methodology: areas, phases, expected impacts',
          errors: [404],
          response: { 200: zFrameworkOut },
        },
      },
      async () => {
        const f = await findFramework(db);
        if (!f) throw new AppError('not_found', 'The policy-lab methodology has not been imported yet', 'framework');
        const { id: _id, ...rest } = f;
        return rest;
      },
    );

    app.get(
      '/labs/:id',
      {
        schema: {
          operationId: 'getLab',
          tags,
          summary: 'One lab: current phase, progress, sessions, participants, experiments, recommendations',
          params: labParams,
          response: { 200: zLabOut },
        },
      },
      async (request) => one(await getLab(db, request.params.id), request.user),
    );

    app.post(
      '/labs',
      {
        schema: {
          operationId: 'createLab',
          tags,
          summary: 'Create a policy lab (editors of its city, administrators)',
          errors: [409],
          body: zLabWrite,
          response: { 201: zLabOut },
        },
      },
      async (request, reply) => {
        const { version: _v, ...record } = request.body;
        return reply.status(201).send(await one(await createLab(db, request.user, record), request.user));
      },
    );

    app.put(
      '/labs/:id',
      {
        schema: {
          operationId: 'updateLab',
          tags,
          summary: "Replace a lab's record (send `version` to guard against concurrent edits)",
          errors: [409],
          params: labParams,
          body: zLabWrite,
          response: { 200: zLabOut },
        },
      },
      async (request) => {
        const { version, ...record } = request.body;
        return one(
          await updateLab(db, request.user, request.params.id, record, typeof version === 'number' ? version : null),
          request.user,
        );
      },
    );

    app.delete(
      '/labs/:id',
      {
        schema: {
          operationId: 'deleteLab',
          tags,
          summary: 'Delete a policy lab',
          params: labParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteLab(db, request.user, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/labs/:id/phases/:phase',
      {
        schema: {
          operationId: 'updateLabPhase',
          tags,
          summary:
            'Update a phase: status (starting it makes it current), dates, summary, ideas/comments collected and kept',
          params: labParams.extend({ phase: z.string().max(50) }),
          body: zLabPhaseChange,
          response: { 200: zLabOut },
        },
      },
      async (request) =>
        one(await updatePhase(db, request.user, request.params.id, request.params.phase, request.body), request.user),
    );

    app.post(
      '/labs/:id/sessions',
      {
        schema: {
          operationId: 'addLabSession',
          tags,
          summary: 'Record a session',
          params: labParams,
          body: zLabSessionWrite,
          response: { 201: zLabOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await one(await addSession(db, request.user, request.params.id, request.body), request.user)),
    );

    app.post(
      '/labs/:id/experiments',
      {
        schema: {
          operationId: 'addLabExperiment',
          tags,
          summary: 'Add a micro-experiment (budget, owner, dates, status, result)',
          params: labParams,
          body: zLabExperimentWrite,
          response: { 201: zLabOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await one(await addExperiment(db, request.user, request.params.id, request.body), request.user)),
    );

    app.put(
      '/labs/:id/experiments/:experimentId',
      {
        schema: {
          operationId: 'updateLabExperiment',
          tags,
          summary: 'Update a micro-experiment (e.g. its status and result)',
          params: labParams.extend({ experimentId: z.string().max(100) }),
          body: zLabExperimentChange,
          response: { 200: zLabOut },
        },
      },
      async (request) =>
        one(
          await updateExperiment(db, request.user, request.params.id, request.params.experimentId, request.body),
          request.user,
        ),
    );

    app.post(
      '/labs/:id/recommendations',
      {
        schema: {
          operationId: 'addLabRecommendation',
          tags,
          summary: 'Add a recommendation citing library practices (practiceIds)',
          params: labParams,
          body: zLabRecommendationWrite,
          response: { 201: zLabOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await one(await addRecommendation(db, request.user, request.params.id, request.body), request.user)),
    );

    app.post(
      '/labs/:id/participants',
      {
        schema: {
          operationId: 'addLabParticipant',
          tags,
          summary: 'Add a participant: an organisation (stakeholderId, group) or a consenting person (contactId)',
          errors: [409],
          params: labParams,
          body: zLabParticipantWrite,
          response: { 201: zLabOut },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await one(await addParticipant(db, request.user, request.params.id, request.body), request.user)),
    );

    app.delete(
      '/labs/:id/participants/:participantId',
      {
        schema: {
          operationId: 'removeLabParticipant',
          tags,
          summary: 'Remove a participant (stakeholder id or contact id)',
          params: labParams.extend({ participantId: z.string().max(200) }),
          response: { 200: zLabOut },
        },
      },
      async (request) =>
        one(await removeParticipant(db, request.user, request.params.id, request.params.participantId), request.user),
    );
  };
}
