import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { SECURITY } from '../http/openapi.ts';
import { zIdParams } from './schema.ts';
import type { TranslationOperations } from './translation-operations.ts';
import { translationBody, type TranslatableKind } from './translations.ts';
import { zVersionGuard } from './write-body.ts';

const zTranslatedValue = z.union([z.string(), z.array(z.string())]);

export const zTranslation = z
  .object({
    language: z.string().describe('BCP 47 code of one of the content languages'),
    fields: z.record(z.string(), zTranslatedValue).describe('The translated texts by field name'),
    kind: z.enum(['human', 'machine']),
    translatorId: z.string().nullable().describe('The member who wrote it (shown to those who may edit the record)'),
    source: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Translation' });

const zLanguageParams = zIdParams.extend({ language: z.string().min(2).max(20) });

/**
 * A record kind's translation API under `/{plural}/{id}/translations`: list, read, create or
 * replace (PUT), delete. `name` is the operation ids' noun (e.g. `Practice`).
 */
export function translationRoutes(
  db: Database,
  opts: { plural: string; name: string; tags: string[]; kind: TranslatableKind; ops: TranslationOperations },
): FastifyPluginAsyncZod {
  const { plural, name, tags, kind, ops } = opts;
  const base = `/${plural}/:id/translations`;
  const noun = name.toLowerCase();
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          operationId: `list${name}Translations`,
          tags,
          summary: `The translations of a ${noun}'s texts into other languages`,
          params: zIdParams,
          response: { 200: z.object({ items: z.array(zTranslation) }) },
        },
      },
      async (request) => ({ items: await ops.list(db, request.user, request.params.id) }),
    );

    app.get(
      `${base}/:language`,
      {
        schema: {
          operationId: `get${name}Translation`,
          tags,
          summary: `A ${noun}'s translation into one language`,
          params: zLanguageParams,
          response: { 200: zTranslation },
        },
      },
      async (request) => ops.get(db, request.user, request.params.id, request.params.language),
    );

    app.put(
      `${base}/:language`,
      {
        schema: {
          operationId: `put${name}Translation`,
          tags,
          summary: `Create or replace a ${noun}'s translation (editors of its city, administrators; send \`version\` to guard against concurrent edits)`,
          security: SECURITY.required,
          errors: [409],
          params: zLanguageParams,
          body: translationBody(kind).extend({ version: zVersionGuard }),
          response: { 200: zTranslation },
        },
      },
      async (request) => {
        const { version, ...body } = request.body;
        return ops.put(
          db,
          request.user,
          request.params.id,
          request.params.language,
          body,
          typeof version === 'number' ? version : null,
        );
      },
    );

    app.delete(
      `${base}/:language`,
      {
        schema: {
          operationId: `delete${name}Translation`,
          tags,
          summary: `Delete a ${noun}'s translation (editors of its city, administrators)`,
          security: SECURITY.required,
          params: zLanguageParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await ops.remove(db, request.user, request.params.id, request.params.language);
        return reply.status(204).send(null);
      },
    );
  };
}
