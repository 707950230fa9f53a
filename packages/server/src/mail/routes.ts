import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { presentOutboxMessage, presentOutboxSummary } from './presenter.ts';
import { zOutboxMessage, zOutboxPage, zOutboxQuery } from './schema.ts';
import { listOutbox, outboxMessage } from './service.ts';

const tags = ['mail'];

/** The outbox, for administrators. */
export function mailRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/admin/outbox',
      {
        schema: {
          operationId: 'listOutbox',
          tags,
          summary: 'Every e-mail the platform sent or would send, newest first (administrators)',
          security: SECURITY.required,
          querystring: zOutboxQuery,
          response: { 200: zOutboxPage },
        },
      },
      async (req) => {
        const page = await listOutbox(ctx.db, req.user, req.query);
        return { total: page.total, items: page.items.map(presentOutboxSummary) };
      },
    );

    app.get(
      '/admin/outbox/:id',
      {
        schema: {
          operationId: 'getOutboxMessage',
          tags,
          summary: 'One e-mail with its plain text, HTML, headers and attachments (administrators)',
          security: SECURITY.required,
          params: z.object({ id: z.string() }),
          response: { 200: zOutboxMessage },
        },
      },
      async (req) => presentOutboxMessage(await outboxMessage(ctx.db, req.user, req.params.id)),
    );
  };
}
