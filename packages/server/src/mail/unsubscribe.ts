import crypto from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { signingKey } from './queries.ts';

/** The kinds of non-essential messages a person can stop. */
export const CATEGORIES = ['reminders', 'digest'] as const;
export type Category = (typeof CATEGORIES)[number];

const keys = new WeakMap<Queryable, Promise<string>>();
const keyOf = (db: Queryable) => {
  let k = keys.get(db);
  if (!k) {
    k = signingKey(db);
    keys.set(db, k);
  }
  return k;
};

const mac = (key: string, payload: string) =>
  crypto.createHmac('sha256', key).update(`unsubscribe:${payload}`).digest('base64url');

/** A signed token naming an address and a category: it works without signing in and cannot be forged. */
export async function unsubscribeToken(db: Queryable, email: string, category: Category): Promise<string> {
  const payload = Buffer.from(JSON.stringify([email, category])).toString('base64url');
  return `${payload}.${mac(await keyOf(db), payload)}`;
}

/** The address and category a token names; a clear 404 when it is malformed or its signature is wrong. */
export async function readUnsubscribeToken(
  db: Queryable,
  token: string,
): Promise<{ email: string; category: Category }> {
  const invalid = new AppError(
    'not_found',
    'This unsubscribe link is not valid: copy the whole address from the message',
    'token',
  );
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 1000) throw invalid;
  const expected = Buffer.from(mac(await keyOf(db), payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) throw invalid;
  const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || !CATEGORIES.includes(parsed[1] as Category))
    throw invalid;
  return { email: parsed[0], category: parsed[1] as Category };
}
