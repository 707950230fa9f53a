import { z } from 'zod';

export const zOutboxAttachment = z.object({
  position: z.number().int().describe('1-based; the content is at /admin/outbox/{id}/attachments/{position}'),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('Bytes'),
});

export const zOutboxSummary = z
  .object({
    id: z.string(),
    to: z.string(),
    template: z.string().describe('The kind of message, e.g. verifyEmail, assignmentResult'),
    language: z.string(),
    subject: z.string(),
    state: z
      .enum(['queued', 'sent', 'failed'])
      .describe('queued: not sent (no SMTP server configured); failed: see error'),
    error: z.string().nullable().describe("The SMTP server's error when sending failed"),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    attachments: z.array(zOutboxAttachment),
  })
  .meta({ id: 'OutboxMessageSummary' });

export const zOutboxMessage = zOutboxSummary
  .extend({
    text: z.string().describe('The plain-text part'),
    html: z.string().describe('The HTML part'),
    headers: z.record(z.string(), z.string()).describe('Extra headers, e.g. List-Unsubscribe'),
  })
  .meta({ id: 'OutboxMessage' });

export const zOutboxPage = z.object({
  total: z.number().int(),
  items: z.array(zOutboxSummary),
});

export const zOutboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
