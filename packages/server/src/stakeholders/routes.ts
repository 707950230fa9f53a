import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { getPractice } from '../practices/service.ts';
import { createContact, deleteContact, listContacts, updateContact } from './contacts.ts';
import { importStakeholdersCsv } from './csv-import.ts';
import { buildStakeholderMap } from './map-service.ts';
import { listParticipatoryMethods } from './methods.ts';
import { presentContact, presentStakeholder } from './presenter.ts';
import { listPracticeStakeholders } from './queries.ts';
import { referenceGroupRoutes } from './reference-group-routes.ts';
import {
  zContactOut,
  zContactWrite,
  zCsvBody,
  zCsvJson,
  zCsvResult,
  zCsvText,
  zIdParams,
  zMethodOut,
  zStakeholderList,
  zStakeholderMap,
  zStakeholderOut,
  zStakeholderWrite,
} from './schema.ts';
import {
  createStakeholder,
  deleteStakeholder,
  getStakeholder,
  listStakeholders,
  updateStakeholder,
  visibleCity,
} from './service.ts';

const tags = ['stakeholders'];
const versionOf = (body: Record<string, unknown>) => (typeof body.version === 'number' ? body.version : null);

/** Stakeholder maps, contact persons, participatory methods and reference groups. */
export function stakeholderRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    const { db } = ctx;

    app.get(
      '/cities/:id/stakeholders',
      {
        schema: {
          operationId: 'listCityStakeholders',
          tags,
          summary: "A city's stakeholders (organisations; never contact persons)",
          params: zIdParams,
          response: { 200: zStakeholderList },
        },
      },
      async (request) => {
        const city = await visibleCity(db, request.user, request.params.id);
        const items = (await listStakeholders(db, request.user, city.id)).map((s) => presentStakeholder(s, city.name));
        return { city: { id: city.id, name: city.name }, items, total: items.length };
      },
    );

    app.post(
      '/cities/:id/stakeholders',
      {
        schema: {
          operationId: 'createStakeholder',
          tags,
          summary: 'Map a stakeholder (editors of the city, administrators)',
          errors: [409],
          params: zIdParams,
          body: zStakeholderWrite,
          response: { 201: zStakeholderOut },
        },
      },
      async (request, reply) => {
        const { version: _v, ...record } = request.body;
        return reply
          .status(201)
          .send(presentStakeholder(await createStakeholder(db, request.user, request.params.id, record)));
      },
    );

    app.get(
      '/cities/:id/stakeholders/map',
      {
        schema: {
          operationId: 'getStakeholderMap',
          tags,
          summary: 'Influence/interest grid, coverage of the five areas, stakeholder–practice–lab network',
          params: zIdParams,
          response: { 200: zStakeholderMap },
        },
      },
      async (request) => {
        const { city, grid, coverage, network } = await buildStakeholderMap(db, request.user, request.params.id);
        return { city, grid, coverage, network };
      },
    );

    // A CSV import may be larger than other bodies: room for IMPORT_MAX_ROWS rows of up to 1 KiB on average.
    app.post(
      '/cities/:id/stakeholders/import',
      {
        bodyLimit: Math.max(ctx.config.bodyLimit, ctx.config.limits.importMaxRows * 1024),
        schema: {
          operationId: 'importStakeholdersCsv',
          tags,
          summary: 'Import stakeholders from CSV, all or nothing (errors give line and column)',
          errors: [413, 422],
          params: zIdParams,
          body: zCsvBody,
          bodyContent: { 'text/csv': zCsvText, 'application/json': zCsvJson },
          response: { 200: zCsvResult },
        },
      },
      async (request) =>
        importStakeholdersCsv(
          db,
          request.user,
          request.params.id,
          typeof request.body === 'string' ? request.body : request.body.csv,
          ctx.config.limits.importMaxRows,
        ),
    );

    app.get(
      '/stakeholders/:id',
      {
        schema: {
          operationId: 'getStakeholder',
          tags,
          summary: 'One stakeholder',
          params: zIdParams,
          response: { 200: zStakeholderOut },
        },
      },
      async (request) => presentStakeholder(await getStakeholder(db, request.params.id)),
    );

    app.put(
      '/stakeholders/:id',
      {
        schema: {
          operationId: 'updateStakeholder',
          tags,
          summary: "Replace a stakeholder's record; a changed engagementStatus is added to its dated history",
          errors: [409],
          params: zIdParams,
          body: zStakeholderWrite,
          response: { 200: zStakeholderOut },
        },
      },
      async (request) => {
        const { version: _v, ...record } = request.body;
        return presentStakeholder(
          await updateStakeholder(db, request.user, request.params.id, record, versionOf(request.body)),
        );
      },
    );

    app.delete(
      '/stakeholders/:id',
      {
        schema: {
          operationId: 'deleteStakeholder',
          tags,
          summary: 'Delete a stakeholder that no reference group or lab refers to',
          errors: [409],
          params: zIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteStakeholder(db, request.user, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/practices/:id/stakeholders',
      {
        schema: {
          operationId: 'listPracticeStakeholders',
          tags: ['practices', ...tags],
          summary: 'Stakeholders taking part in a practice',
          params: zIdParams,
          response: { 200: z.object({ items: z.array(zStakeholderOut) }) },
        },
      },
      async (request) => {
        const practice = await getPractice(db, request.user, request.params.id);
        return { items: (await listPracticeStakeholders(db, practice.id)).map((s) => presentStakeholder(s)) };
      },
    );

    app.get(
      '/cities/:id/participatory-methods',
      {
        schema: {
          operationId: 'listParticipatoryMethods',
          tags,
          summary: "A city's participatory methods",
          params: zIdParams,
          response: { 200: z.object({ items: z.array(zMethodOut) }) },
        },
      },
      async (request) => {
        await visibleCity(db, request.user, request.params.id);
        return { items: await listParticipatoryMethods(db, [request.params.id]) };
      },
    );

    const contactTags = ['contacts'];
    app.get(
      '/cities/:id/contacts',
      {
        schema: {
          operationId: 'listContacts',
          tags: contactTags,
          summary: 'Contact persons (personal data: editors of the city and administrators only)',
          security: SECURITY.required,
          params: zIdParams,
          querystring: z.object({ stakeholder: z.string().max(200).optional() }),
          response: { 200: z.object({ items: z.array(zContactOut) }) },
        },
      },
      async (request) => ({
        items: (await listContacts(db, request.user, request.params.id, request.query.stakeholder)).map(presentContact),
      }),
    );

    app.post(
      '/cities/:id/contacts',
      {
        schema: {
          operationId: 'createContact',
          tags: contactTags,
          summary: 'Record a person with their consent (consent and consentDate required)',
          params: zIdParams,
          body: zContactWrite,
          response: { 201: zContactOut },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentContact(await createContact(db, request.user, request.params.id, request.body))),
    );

    app.put(
      '/contacts/:id',
      {
        schema: {
          operationId: 'updateContact',
          tags: contactTags,
          summary: "Replace a contact person's details",
          params: zIdParams,
          body: zContactWrite,
          response: { 200: zContactOut },
        },
      },
      async (request) => presentContact(await updateContact(db, request.user, request.params.id, request.body)),
    );

    app.delete(
      '/contacts/:id',
      {
        schema: {
          operationId: 'deleteContact',
          tags: contactTags,
          summary: 'Delete a contact person (e.g. when consent is withdrawn)',
          params: zIdParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteContact(db, request.user, request.params.id);
        return reply.status(204).send(null);
      },
    );

    await app.register(referenceGroupRoutes(ctx));
  };
}
