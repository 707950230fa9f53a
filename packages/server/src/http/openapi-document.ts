import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { ERROR_RESPONSES, type ErrorStatus } from './error-schema.ts';

declare module 'fastify' {
  interface FastifySchema {
    /** Error statuses this operation answers with beyond those its shape implies (see `errorStatuses`). */
    errors?: readonly ErrorStatus[];
    /** The request body per media type, when it is parsed outside zod (multipart uploads): documentation only. */
    bodyContent?: Readonly<Record<string, z.ZodType>>;
  }
}

/** Security requirements: anyone (no credentials), anyone with or without an account, an account. */
export const SECURITY = {
  none: [],
  optional: [{}, { session: [] }, { bearerAuth: [] }],
  required: [{ session: [] }, { bearerAuth: [] }],
} as const;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ERRORS_KEY = 'x-convivio-errors';
const SCHEMA_REF = '#/components/schemas/';
const STATUS_TEXT: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No content',
  503: 'Service unavailable',
};

const zodTransform = createJsonSchemaTransform({});

const isRequired = (security: FastifySchema['security']) =>
  !!security?.length && security.every((s) => Object.keys(s).length > 0);

/**
 * The error statuses an operation documents: 400 when it takes input, 401 when it needs an
 * account or accepts credentials (an expired or revoked API token is refused anywhere), 403 for every write (permissions, CSRF) and every operation that needs an account,
 * 404 when its path names a record, 413 and 415 when it takes a body, plus the route's own `errors`.
 */
export function errorStatuses(
  method: string,
  url: string,
  schema: FastifySchema,
  security: FastifySchema['security'],
): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(schema.errors ?? []);
  if (schema.params || schema.querystring || schema.body) statuses.add(400);
  if (isRequired(security)) {
    statuses.add(401);
    statuses.add(403);
  } else if (security?.length) statuses.add(401);
  if (!SAFE_METHODS.has(method)) statuses.add(403);
  if (url.includes(':')) statuses.add(404);
  if (schema.body) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort((a, b) => a - b);
}

/**
 * Per route: zod schemas to JSON Schema (fastify-type-provider-zod), then the default security
 * requirement (reads: optional; writes: an account), the documented error statuses (carried to
 * `finishDocument` in an `x-` key) and request bodies documented per media type.
 */
export const documentRoute: SwaggerTransform = (input) => {
  const result = zodTransform(input);
  const schema = result.schema as FastifySchema & Record<string, unknown>;
  if (!input.schema || schema.hide) return result;
  const method = String(input.route.method).toUpperCase();
  const source = input.schema;
  schema.security = source.security ?? (SAFE_METHODS.has(method) ? SECURITY.optional : SECURITY.required);
  schema[ERRORS_KEY] = errorStatuses(method, input.url, source, schema.security);
  if (source.bodyContent) {
    const content = Object.fromEntries(
      Object.entries(source.bodyContent).map(([type, body]) => {
        const converted = zodTransform({ ...input, schema: { body } }).schema;
        return [type, { schema: converted.body }];
      }),
    );
    schema.body = { content };
  }
  delete schema.errors;
  delete schema.bodyContent;
  return result;
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** Calls `visit` on every `$ref` string under `node`; a returned string replaces it. */
function eachRef(node: unknown, visit: (ref: string) => string | void): void {
  if (Array.isArray(node)) {
    node.forEach((n) => eachRef(n, visit));
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const replaced = visit(value);
      if (typeof replaced === 'string') node.$ref = replaced;
    } else eachRef(value, visit);
  }
}

/**
 * Keeps only the component schemas the document references, and names an input-only
 * component after its record (`PracticeWriteInput` → `PracticeWrite`) when no output
 * component takes that name.
 */
function tidySchemas(doc: Json): void {
  const components = doc.components as Json;
  const schemas = (components.schemas ?? {}) as Record<string, unknown>;
  const used = new Set<string>();
  const follow = (node: unknown) =>
    eachRef(node, (ref) => {
      if (!ref.startsWith(SCHEMA_REF)) return;
      const name = ref.slice(SCHEMA_REF.length);
      if (used.has(name)) return;
      used.add(name);
      follow(schemas[name]);
    });
  follow(doc.paths);
  follow(components.responses);
  follow(components.parameters);
  const rename = new Map<string, string>();
  for (const name of used) {
    const base = name.replace(/Input$/, '');
    if (base !== name && !used.has(base)) rename.set(name, base);
  }
  const kept = Object.fromEntries([...used].sort().map((name) => [rename.get(name) ?? name, schemas[name]]));
  components.schemas = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
  eachRef(doc, (ref) => {
    const name = ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : null;
    if (name && rename.has(name)) return SCHEMA_REF + rename.get(name);
  });
}

/**
 * The whole document: the zod components (fastify-type-provider-zod), the reusable error
 * responses and CSRF header, each operation's error responses and CSRF header, plain
 * response descriptions, and only the component schemas in use.
 */
export const finishDocument: SwaggerTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as Json;
  const components = (doc.components ??= {}) as Json;
  components.responses = Object.fromEntries(
    Object.values(ERROR_RESPONSES).map(({ name, description }) => [
      name,
      { description, content: { 'application/json': { schema: { $ref: `${SCHEMA_REF}Error` } } } },
    ]),
  );
  components.parameters = {
    CsrfToken: {
      name: 'x-csrf-token',
      in: 'header',
      required: false,
      schema: { type: 'string' },
      description:
        'Required with the session cookie on every write: the `csrfToken` from sign-in or GET /api/v1/auth/session. Not used with a bearer token.',
    },
  };
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item) as [string, Json][]) {
      const responses = (op.responses ??= {}) as Record<string, Json>;
      for (const [status, response] of Object.entries(responses)) {
        if (response.description === 'Default Response' && STATUS_TEXT[status])
          response.description = STATUS_TEXT[status];
      }
      for (const status of (op[ERRORS_KEY] ?? []) as ErrorStatus[]) {
        responses[status] ??= { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
      }
      delete op[ERRORS_KEY];
      if (!SAFE_METHODS.has(method.toUpperCase())) {
        op.parameters = [...((op.parameters ?? []) as unknown[]), { $ref: '#/components/parameters/CsrfToken' }];
      }
    }
  }
  tidySchemas(doc);
  return doc;
};
