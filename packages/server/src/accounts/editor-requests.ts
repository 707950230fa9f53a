import crypto from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../db/errors.ts';
import { AppError, notFound, parseOrThrow } from '../errors.ts';
import { assertCan } from './policy.ts';
import {
  zCreateEditorRequest,
  zEditorRequestDecision,
  type DecidedEditorRequest,
  type EditorRequest,
} from './members-schema.ts';
import type { User } from './schema.ts';

interface RequestRow {
  id: string;
  user_id: string;
  user_name: string;
  user_email: string | null;
  city_id: string;
  reason: string;
  status: EditorRequest['status'];
  created_at: Date | string;
  decided_at: Date | string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const toRequest = (r: RequestRow): EditorRequest => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  userEmail: r.user_email,
  cityId: r.city_id,
  reason: r.reason,
  status: r.status,
  createdAt: iso(r.created_at)!,
  decidedAt: iso(r.decided_at),
});

const SELECT = `SELECT q.*, u.name AS user_name, u.email AS user_email FROM editor_requests q JOIN users u ON u.id = q.user_id`;

/** Editor requests, newest first: one person's (`userId`) or, for administrators, every one (optionally by status). */
export async function listEditorRequests(
  db: Queryable,
  filter: { userId?: string; status?: EditorRequest['status'] },
): Promise<EditorRequest[]> {
  const r = await db.query<RequestRow>(
    `${SELECT} WHERE ($1::text IS NULL OR q.user_id = $1) AND ($2::text IS NULL OR q.status = $2)
     ORDER BY q.created_at DESC, q.id`,
    [filter.userId ?? null, filter.status ?? null],
  );
  return r.rows.map(toRequest);
}

/**
 * The requests a person decided as an administrator, oldest first: their part of the person's
 * export (the request, the decision, when), without the requester's name, address or reason.
 */
export async function editorRequestsDecidedBy(db: Queryable, userId: string): Promise<DecidedEditorRequest[]> {
  const r = await db.query<{
    id: string;
    city_id: string;
    status: DecidedEditorRequest['decision'];
    decided_at: Date | string;
  }>(
    `SELECT id, city_id, status, decided_at FROM editor_requests WHERE decided_by = $1 AND status <> 'pending'
     ORDER BY decided_at, id`,
    [userId],
  );
  return r.rows.map((row) => ({
    requestId: row.id,
    cityId: row.city_id,
    decision: row.status,
    decidedAt: iso(row.decided_at)!,
  }));
}

/** A reader asks to become the editor of a city, with a short reason (one pending request at a time). */
export async function createEditorRequest(db: Database, user: User | null, input: unknown): Promise<EditorRequest> {
  const me = assertCan(user, 'editorRequest.create', null, 'ask to become an editor');
  const { cityId, reason } = parseOrThrow(zCreateEditorRequest, input);
  const id = `editor-request-${crypto.randomUUID()}`;
  return db.transaction(async (tx) => {
    const pending = await tx.query('SELECT 1 FROM editor_requests WHERE user_id = $1 AND status = $2 FOR UPDATE', [
      me.id,
      'pending',
    ]);
    if (pending.rows.length)
      throw new AppError('conflict', 'You already have a pending request: wait for an administrator to answer it');
    await tx
      .query('INSERT INTO editor_requests (id, user_id, city_id, reason) VALUES ($1,$2,$3,$4)', [
        id,
        me.id,
        cityId,
        reason,
      ])
      .catch((err: unknown) => {
        if (isUniqueViolation(err))
          throw new AppError('conflict', 'You already have a pending request: wait for an administrator to answer it');
        if (isForeignKeyViolation(err))
          throw new AppError('validation_failed', `City "${cityId}" does not exist`, 'cityId');
        throw err;
      });
    const rows = await listEditorRequestsById(tx, id);
    return rows;
  });
}

async function listEditorRequestsById(db: Queryable, id: string, lock = false): Promise<EditorRequest> {
  const r = await db.query<RequestRow>(`${SELECT} WHERE q.id = $1${lock ? ' FOR UPDATE OF q' : ''}`, [id]);
  const row = r.rows[0];
  if (!row) throw notFound('Editor request', id);
  return toRequest(row);
}

/** An administrator approves (the person becomes that city's editor) or refuses a pending request. */
export async function decideEditorRequest(
  db: Database,
  user: User | null,
  id: string,
  input: unknown,
): Promise<EditorRequest> {
  const admin = assertCan(user, 'editorRequests.decide', null, 'decide on editor requests');
  const { decision } = parseOrThrow(zEditorRequestDecision, input);
  return db.transaction(async (tx) => {
    const request = await listEditorRequestsById(tx, id, true);
    if (request.status !== 'pending')
      throw new AppError('conflict', `This request was already ${request.status}`, 'decision');
    if (decision === 'approve') {
      const promoted = await tx.query(
        `UPDATE users SET role = 'editor', city_id = $2 WHERE id = $1 AND role <> 'admin' AND deleted_at IS NULL`,
        [request.userId, request.cityId],
      );
      if (!promoted.affectedRows)
        throw new AppError('conflict', 'This person is an administrator or no longer has an account', 'decision');
    }
    await tx.query('UPDATE editor_requests SET status = $2, decided_at = now(), decided_by = $3 WHERE id = $1', [
      id,
      decision === 'approve' ? 'approved' : 'refused',
      admin.id,
    ]);
    return listEditorRequestsById(tx, id);
  });
}
