import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, validationError } from '../errors.ts';

/** JSON bodies may nest objects and arrays this deep; no record of the platform comes near it. */
export const MAX_JSON_DEPTH = 64;

/** Does this JSON text open more than `max` objects/arrays inside each other? One linear scan, no recursion. */
export function jsonNestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** In Unicode mode a surrogate pair is one code point, so this matches lone surrogates only (what String#isWellFormed rejects). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is wrong with a string that no text field may hold, or null. */
function badText(s: string): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character (\\u0000), which text may not hold';
  if (LONE_SURROGATE.test(s))
    return 'contains a lone UTF-16 surrogate (e.g. \\ud800), which is not valid Unicode text: send well-formed UTF-8';
  return null;
}

const isPlainContainer = (v: unknown): v is Record<string, unknown> | unknown[] => {
  if (Array.isArray(v)) return true;
  if (!v || typeof v !== 'object') return false;
  // Plain objects, and the null-prototype objects Fastify makes for params and queries.
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
};

/** A request may carry this many values in all (a practice record has about a hundred); more would only make validation costly. */
export const MAX_VALUES = 20_000;

/** A container still to visit, and where it sits (its dotted path). */
interface Pending {
  value: Record<string, unknown> | unknown[];
  path: string;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * A problem that no request may carry, in params, a query or a parsed body (the shallower
 * first): a string or field name with a NUL character (PostgreSQL refuses it) or a lone
 * surrogate (not Unicode), or more than MAX_VALUES values in all. Walks with an explicit
 * stack, so any depth is safe, and builds paths only for containers; non-plain values (Buffers,
 * uploaded files) are skipped.
 */
export function findHostileValue(value: unknown): { field: string; message: string } | null {
  if (typeof value === 'string') {
    const message = badText(value);
    return message ? { field: '', message } : null;
  }
  if (!isPlainContainer(value)) return null;
  const stack: Pending[] = [{ value, path: '' }];
  let values = 0;
  while (stack.length) {
    const { value: container, path } = stack.pop()!;
    const keys = Object.keys(container);
    values += keys.length;
    if (values > MAX_VALUES) {
      return {
        field: path,
        message: `makes the request carry more than ${MAX_VALUES} values (${keys.length} here); send less at a time`,
      };
    }
    const nested: Pending[] = [];
    for (const key of keys) {
      const keyProblem = badText(key);
      if (keyProblem) return { field: path, message: `has a field name that ${keyProblem}` };
      const child = (container as Record<string, unknown>)[key];
      if (typeof child === 'string') {
        const message = badText(child);
        if (message) return { field: join(path, key), message };
      } else if (isPlainContainer(child)) nested.push({ value: child, path: join(path, key) });
    }
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]!);
  }
  return null;
}

/** Throws a 400 naming the field (dotted path; `whole` when the problem is the value itself). */
function assertNotHostile(value: unknown, whole: string): void {
  const bad = findHostileValue(value);
  if (bad) throw validationError([{ field: bad.field || whole, message: bad.message }]);
}

/**
 * Hostile input is refused centrally, for every route and page: JSON nested deeper than
 * MAX_JSON_DEPTH is a 400 at parse time (before anything recurses over it), and a NUL
 * character or lone surrogate in a path parameter, a query value or a parsed body, or more than
 * MAX_VALUES values, is a 400 naming the field, before validation and long before the database
 * sees it.
 */
export function installInputGuard(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = String(raw);
    if (jsonNestedDeeperThan(body, MAX_JSON_DEPTH)) {
      done(
        new AppError(
          'bad_request',
          `The JSON body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep`,
          'body',
        ),
        undefined,
      );
      return;
    }
    void parseJson(request, body, done);
  });
  app.addHook('onRequest', async (request: FastifyRequest) => {
    assertNotHostile(request.params, 'path');
    assertNotHostile(request.query, 'query');
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    assertNotHostile(request.body, 'body');
  });
}
