import type { User } from '../accounts/schema.ts';
import { assertCan } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import type { Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import {
  addUnsubscribe,
  attachmentContent,
  attachmentsOf,
  claimOnce,
  countMessages,
  findMessage,
  insertMessage,
  isUnsubscribed,
  linkOnce,
  listMessages,
  markFailed,
  markSent,
  type AttachmentRow,
  type MailState,
  type MessageRow,
} from './queries.ts';
import { renderMail, type TemplateInput, type TemplateName } from './templates.ts';
import { deliver } from './transport.ts';
import { readUnsubscribeToken, unsubscribeToken, type Category } from './unsubscribe.ts';

/** One e-mail to send. */
export interface OutgoingMail extends TemplateInput {
  template: TemplateName;
  to: string;
  userId: string | null;
  lang: string;
  /** Params carrying a secret (links with a token): once the SMTP server has the message, the outbox keeps it without them. */
  secret?: string[];
  attachments?: { filename: string; contentType: string; content: string | Buffer }[];
  /** A non-essential message: the recipient can stop this category by a link (and List-Unsubscribe). */
  unsubscribe?: { category: Category; baseUrl: string };
}

export interface SendResult {
  id: string | null;
  state: MailState | 'skipped';
}

const REDACTED = '[link removed from the outbox once sent]';

/**
 * Sends one message: it is rendered in the recipient's language, kept in the outbox as queued,
 * then handed to the SMTP server when SMTP_URL is set (sent, or failed with the server's error).
 * Without SMTP_URL it stays queued in the outbox, where administrators read it. A non-essential
 * message to someone who unsubscribed is not made at all.
 */
export async function sendMail(ctx: AppContext, mail: OutgoingMail): Promise<SendResult> {
  const to = mail.to.trim().toLowerCase();
  const headers: Record<string, string> = {};
  let unsubscribeUrl: string | null = null;
  if (mail.unsubscribe) {
    if (await isUnsubscribed(ctx.db, to, mail.unsubscribe.category)) return { id: null, state: 'skipped' };
    unsubscribeUrl = `${mail.unsubscribe.baseUrl}/mail/unsubscribe?token=${await unsubscribeToken(ctx.db, to, mail.unsubscribe.category)}`;
    headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const rendered = renderMail(mail.template, mail.lang, { ...mail, unsubscribeUrl });
  const attachments = (mail.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : a.content,
  }));
  const id = await insertMessage(ctx.db, {
    recipient: to,
    userId: mail.userId,
    template: mail.template,
    language: mail.lang,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    headers,
    attachments,
  });
  const smtpUrl = ctx.config.smtpUrl;
  if (!smtpUrl) return { id, state: 'queued' };
  try {
    await deliver(smtpUrl, { from: ctx.config.mailFrom, to, ...rendered, headers, attachments });
  } catch (err) {
    await markFailed(ctx.db, id, err instanceof Error ? err.message : String(err));
    return { id, state: 'failed' };
  }
  const secret = mail.secret ?? [];
  const redacted = secret.length
    ? renderMail(mail.template, mail.lang, {
        ...mail,
        unsubscribeUrl,
        params: { ...mail.params, ...Object.fromEntries(secret.map((k) => [k, REDACTED])) },
      })
    : null;
  await markSent(ctx.db, id, redacted);
  return { id, state: 'sent' };
}

/** Sends a message only once per occasion (`key`, e.g. a reminder for one participant of one event). */
export async function sendOnce(ctx: AppContext, key: string, mail: OutgoingMail): Promise<SendResult> {
  if (!(await claimOnce(ctx.db, key))) return { id: null, state: 'skipped' };
  const result = await sendMail(ctx, mail);
  if (result.id) await linkOnce(ctx.db, key, result.id);
  return result;
}

/** A page of the outbox, newest first (administrators). */
export async function listOutbox(
  db: Queryable,
  user: User | null,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: (MessageRow & { attachments: AttachmentRow[] })[] }> {
  assertCan(user, 'mail.readOutbox', null, 'read the outbox');
  const rows = await listMessages(db, page.limit, page.offset);
  const attachments = await attachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: await countMessages(db),
    items: rows.map((r) => ({ ...r, attachments: attachments.filter((a) => a.message_id === r.id) })),
  };
}

/** One message of the outbox with its text, HTML and attachments (administrators). */
export async function outboxMessage(
  db: Queryable,
  user: User | null,
  id: string,
): Promise<MessageRow & { attachments: AttachmentRow[] }> {
  assertCan(user, 'mail.readOutbox', null, 'read the outbox');
  const row = await findMessage(db, id);
  if (!row) throw notFound('Message', id);
  return { ...row, attachments: await attachmentsOf(db, [id]) };
}

/** An attachment's bytes (administrators). */
export async function outboxAttachment(db: Queryable, user: User | null, id: string, position: number) {
  assertCan(user, 'mail.readOutbox', null, 'read the outbox');
  const found = await attachmentContent(db, id, position);
  if (!found) throw notFound('Attachment', `${id}/${position}`);
  return found;
}

/** What an unsubscribe link names (no sign-in: the link is signed). */
export const unsubscribeTarget = readUnsubscribeToken;

const stoppers = new Map<Category, (db: Queryable, email: string) => Promise<void>>();

/** How a domain stops a category itself (e.g. the digest setting turned off) instead of recording it here. */
export function onUnsubscribe(category: Category, stop: (db: Queryable, email: string) => Promise<void>): void {
  stoppers.set(category, stop);
}

/** Stops the category the link names for its address. */
export async function unsubscribe(db: Queryable, token: string): Promise<{ email: string; category: Category }> {
  const target = await readUnsubscribeToken(db, token);
  const stop = stoppers.get(target.category);
  if (stop) await stop(db, target.email);
  else await addUnsubscribe(db, target.email, target.category);
  return target;
}
