import crypto from 'node:crypto';
import type { Queryable } from '../db/database.ts';

export type MailState = 'queued' | 'sent' | 'failed';

export interface MessageRow {
  id: string;
  recipient: string;
  user_id: string | null;
  template: string;
  language: string;
  subject: string;
  body_text: string;
  body_html: string;
  headers: Record<string, string>;
  state: MailState;
  error: string | null;
  created_at: string | Date;
  sent_at: string | Date | null;
}

export interface AttachmentRow {
  message_id: string;
  position: number;
  filename: string;
  content_type: string;
  size: number;
}

export interface NewMessage {
  recipient: string;
  userId: string | null;
  template: string;
  language: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/** Stores a message as queued, with its attachments; its id. */
export async function insertMessage(db: Queryable, m: NewMessage): Promise<string> {
  const id = `mail-${crypto.randomUUID()}`;
  await db.query(
    `INSERT INTO mail_outbox (id, recipient, user_id, template, language, subject, body_text, body_html, headers, state)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,'queued')`,
    [id, m.recipient, m.userId, m.template, m.language, m.subject, m.text, m.html, JSON.stringify(m.headers)],
  );
  for (const [i, a] of m.attachments.entries())
    await db.query(
      'INSERT INTO mail_attachments (message_id, position, filename, content_type, content) VALUES ($1,$2,$3,$4,$5)',
      [id, i + 1, a.filename, a.contentType, a.content],
    );
  return id;
}

/** Records that the SMTP server took the message; `redacted` replaces bodies that carried a secret link. */
export async function markSent(db: Queryable, id: string, redacted: { text: string; html: string } | null) {
  await db.query(
    `UPDATE mail_outbox SET state = 'sent', error = NULL, sent_at = now(),
       body_text = coalesce($2, body_text), body_html = coalesce($3, body_html) WHERE id = $1`,
    [id, redacted?.text ?? null, redacted?.html ?? null],
  );
}

/** Records the SMTP server's refusal or the connection's failure. */
export async function markFailed(db: Queryable, id: string, error: string) {
  await db.query(`UPDATE mail_outbox SET state = 'failed', error = $2 WHERE id = $1`, [id, error]);
}

/** The newest messages first, `limit` from `offset`. */
export async function listMessages(db: Queryable, limit: number, offset: number): Promise<MessageRow[]> {
  const r = await db.query<MessageRow>(
    'SELECT * FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2',
    [limit, offset],
  );
  return r.rows;
}

export async function countMessages(db: Queryable): Promise<number> {
  const r = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM mail_outbox');
  return Number(r.rows[0]?.n ?? 0);
}

export async function findMessage(db: Queryable, id: string): Promise<MessageRow | null> {
  const r = await db.query<MessageRow>('SELECT * FROM mail_outbox WHERE id = $1', [id]);
  return r.rows[0] ?? null;
}

/** The attachments (without content) of these messages. */
export async function attachmentsOf(db: Queryable, ids: string[]): Promise<AttachmentRow[]> {
  if (!ids.length) return [];
  const r = await db.query<AttachmentRow>(
    `SELECT message_id, position, filename, content_type, octet_length(content) AS size
     FROM mail_attachments WHERE message_id = ANY($1::text[]) ORDER BY message_id, position`,
    [ids],
  );
  return r.rows.map((a) => ({ ...a, size: Number(a.size) }));
}

export async function attachmentContent(
  db: Queryable,
  id: string,
  position: number,
): Promise<{ filename: string; content_type: string; content: Uint8Array } | null> {
  const r = await db.query<{ filename: string; content_type: string; content: Uint8Array }>(
    'SELECT filename, content_type, content FROM mail_attachments WHERE message_id = $1 AND position = $2',
    [id, position],
  );
  return r.rows[0] ?? null;
}

/** The secret that signs unsubscribe links, made on first use. */
export async function signingKey(db: Queryable): Promise<string> {
  await db.query('INSERT INTO mail_keys (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    'unsubscribe',
    crypto.randomBytes(32).toString('base64url'),
  ]);
  const r = await db.query<{ secret: string }>('SELECT secret FROM mail_keys WHERE name = $1', ['unsubscribe']);
  return r.rows[0]!.secret;
}

export async function addUnsubscribe(db: Queryable, email: string, category: string): Promise<void> {
  await db.query('INSERT INTO mail_unsubscribes (email, category) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    email,
    category,
  ]);
}

export async function isUnsubscribed(db: Queryable, email: string, category: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM mail_unsubscribes WHERE email = $1 AND category = $2', [email, category]);
  return r.rows.length > 0;
}

/** Claims an occasion (a reminder to one participant for one event): true the first time only. */
export async function claimOnce(db: Queryable, key: string): Promise<boolean> {
  const r = await db.query('INSERT INTO mail_once (key) VALUES ($1) ON CONFLICT DO NOTHING', [key]);
  return r.affectedRows > 0;
}

export async function linkOnce(db: Queryable, key: string, messageId: string): Promise<void> {
  await db.query('UPDATE mail_once SET message_id = $2 WHERE key = $1', [key, messageId]);
}
