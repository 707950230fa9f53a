import type { z } from 'zod';
import type { AttachmentRow, MessageRow } from './queries.ts';
import type { zOutboxMessage, zOutboxSummary } from './schema.ts';

const iso = (d: string | Date | null) => (d === null ? null : new Date(d).toISOString());

/** A message of the outbox as the API lists it. */
export function presentOutboxSummary(r: MessageRow & { attachments: AttachmentRow[] }): z.infer<typeof zOutboxSummary> {
  return {
    id: r.id,
    to: r.recipient,
    template: r.template,
    language: r.language,
    subject: r.subject,
    state: r.state,
    error: r.error,
    createdAt: iso(r.created_at)!,
    sentAt: iso(r.sent_at),
    attachments: r.attachments.map((a) => ({
      position: a.position,
      filename: a.filename,
      contentType: a.content_type,
      size: a.size,
    })),
  };
}

/** One message with its parts. */
export function presentOutboxMessage(r: MessageRow & { attachments: AttachmentRow[] }): z.infer<typeof zOutboxMessage> {
  return { ...presentOutboxSummary(r), text: r.body_text, html: r.body_html, headers: r.headers };
}
