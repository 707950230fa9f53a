import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { createEditorRequest, decideEditorRequest, listEditorRequests } from './editor-requests.ts';
import {
  EDITOR_REQUEST_STATUSES,
  zCreateEditorRequest,
  zEditorRequest,
  zEditorRequestDecision,
} from './members-schema.ts';
import { assertCan, can } from './policy.ts';

const tags = ['accounts'];

/** Readers ask to become a city's editor; administrators approve or refuse. */
export function editorRequestRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/editor-requests',
      {
        schema: {
          operationId: 'listEditorRequests',
          tags,
          security: SECURITY.required,
          summary: 'Editor requests: administrators see everyone’s, others their own',
          querystring: z.object({ status: z.enum(EDITOR_REQUEST_STATUSES).optional() }),
          response: { 200: z.object({ items: z.array(zEditorRequest) }) },
        },
      },
      async (request) => {
        const me = assertCan(request.user, 'account.own', null, 'see editor requests');
        const everyone = can(me, 'editorRequests.decide', null);
        return {
          items: await listEditorRequests(ctx.db, {
            userId: everyone ? undefined : me.id,
            status: request.query.status,
          }),
        };
      },
    );

    app.post(
      '/editor-requests',
      {
        schema: {
          operationId: 'createEditorRequest',
          tags,
          security: SECURITY.required,
          summary: 'Ask to become the editor of a city, with a short reason (readers)',
          errors: [409],
          body: zCreateEditorRequest,
          response: { 201: zEditorRequest },
        },
      },
      async (request, reply) => reply.status(201).send(await createEditorRequest(ctx.db, request.user, request.body)),
    );

    app.post(
      '/editor-requests/:id/decision',
      {
        schema: {
          operationId: 'decideEditorRequest',
          tags,
          security: SECURITY.required,
          summary: 'Approve (the person becomes that city’s editor) or refuse a pending request (administrators)',
          errors: [409],
          params: z.object({ id: z.string().max(200) }),
          body: zEditorRequestDecision,
          response: { 200: zEditorRequest },
        },
      },
      async (request) => decideEditorRequest(ctx.db, request.user, request.params.id, request.body),
    );
  };
}
