import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { accessMessagePage, outboxMessagePage, outboxPage, unsubscribePage } from '@convivio/web';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { queryText } from '../web/page-helpers.ts';
import { presentOutboxMessage, presentOutboxSummary } from './presenter.ts';
import { listOutbox, outboxAttachment, outboxMessage, unsubscribe, unsubscribeTarget } from './service.ts';

const PAGE_SIZE = 50;

/** The outbox for administrators, and unsubscribing by a signed link (no sign-in). */
export function mailPages(ctx: AppContext): FastifyPluginAsync {
  const { db } = ctx;
  return async (app) => {
    app.get('/admin/outbox', async (request, reply) => {
      const offset = Math.max(0, Math.min(1_000_000, Number.parseInt(queryText(request, 'offset'), 10) || 0));
      const found = await listOutbox(db, request.user, { limit: PAGE_SIZE, offset });
      const page = pageContext(request);
      const at = (n: number) => `/admin/outbox?offset=${n}`;
      return sendPage(
        reply,
        page,
        page.t('outbox.title'),
        outboxPage(page, {
          items: found.items.map(presentOutboxSummary),
          smtp: ctx.config.smtpUrl !== null,
          newer: offset > 0 ? at(Math.max(0, offset - PAGE_SIZE)) : null,
          older: offset + PAGE_SIZE < found.total ? at(offset + PAGE_SIZE) : null,
        }),
      );
    });

    app.get('/admin/outbox/:id', async (request, reply) => {
      const m = presentOutboxMessage(await outboxMessage(db, request.user, (request.params as { id: string }).id));
      const page = pageContext(request);
      return sendPage(reply, page, m.subject, outboxMessagePage(page, m));
    });

    app.get('/admin/outbox/:id/attachments/:position', async (request, reply) => {
      const { id, position } = request.params as { id: string; position: string };
      const n = /^\d{1,4}$/.test(position) ? Number(position) : 0;
      const a = await outboxAttachment(db, request.user, id, n);
      return reply
        .type(a.content_type)
        .header('content-disposition', `attachment; filename="${a.filename.replace(/[^\w.-]/g, '_')}"`)
        .send(Buffer.from(a.content));
    });

    const tokenOf = (request: FastifyRequest) => queryText(request, 'token');
    const action = (request: FastifyRequest) => `/mail/unsubscribe?token=${encodeURIComponent(tokenOf(request))}`;
    const invalid = (request: FastifyRequest, reply: FastifyReply, err: unknown) => {
      if (!(err instanceof AppError) || err.code !== 'not_found') throw err;
      const page = pageContext(request);
      const title = page.t('unsubscribe.title');
      return sendPage(
        reply,
        page,
        title,
        accessMessagePage(page, { title, text: page.t('unsubscribe.invalid'), alert: true }),
        {
          status: 404,
        },
      );
    };

    app.get('/mail/unsubscribe', async (request, reply) => {
      try {
        const target = await unsubscribeTarget(db, tokenOf(request));
        const page = pageContext(request);
        return sendPage(
          reply,
          page,
          page.t('unsubscribe.title'),
          unsubscribePage(page, { ...target, action: action(request), done: false }),
        );
      } catch (err) {
        return invalid(request, reply, err);
      }
    });

    // The form, and mail programs' one-click unsubscribe (RFC 8058: a POST with List-Unsubscribe=One-Click).
    app.post('/mail/unsubscribe', async (request, reply) => {
      try {
        const target = await unsubscribe(db, tokenOf(request));
        const page = pageContext(request);
        return sendPage(
          reply,
          page,
          page.t('unsubscribe.title'),
          unsubscribePage(page, { ...target, action: action(request), done: true }),
        );
      } catch (err) {
        return invalid(request, reply, err);
      }
    });
  };
}
