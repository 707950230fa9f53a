import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

/*
 * The API contract as the tests see it: every response the app sends for a documented
 * operation must have a documented status, a documented media type and, for JSON, a body
 * that the published OpenAPI schema accepts (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses).
 */

type Json = Record<string, unknown>;
type OpenApi = { paths: Record<string, Record<string, Json>>; components?: Json };

/** One answer as the onSend hook sees it. */
export interface Exchange {
  method: string;
  /** The route pattern (`/api/v1/practices/:id`); undefined when no route matched. */
  route: string | undefined;
  status: number;
  contentType: string | undefined;
  payload: unknown;
}

const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (
  ajv: Ajv2020,
) => void;
const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
const isJsonMedia = (type: string) => type === 'application/json' || type.endsWith('+json');
const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? [])
    .slice(0, 8)
    .map(
      (e) =>
        `  at body${e.instancePath.replace(/\//g, '.') || ''}: ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''} (schema ${e.schemaPath})`,
    )
    .join('\n');

/** Validates answers against the published OpenAPI document. */
export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApi) {
    addFormats(this.ajv);
    this.ajv.addSchema(doc, 'openapi.json');
  }

  /** The problems with one answer (none when it matches the document, or is not an API operation). */
  check(ex: Exchange): string[] {
    if (!ex.route) return [];
    const path = ex.route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const method = ex.method.toLowerCase();
    const operation = this.doc.paths[path]?.[method];
    if (!operation) return [];
    const operationId = typeof operation.operationId === 'string' ? operation.operationId : '(no operationId)';
    const name = `${operationId} (${ex.method} ${path}) answered ${ex.status}`;
    const responses = (operation.responses ?? {}) as Record<string, Json>;
    const key = [String(ex.status), `${String(ex.status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) return [`${name}: status not documented (documented: ${Object.keys(responses).join(', ')})`];
    const response = this.resolve(responses[key]);
    const content = response.content as Record<string, Json> | undefined;
    const hasBody =
      ex.status !== 204 && ex.status !== 304 && (typeof ex.payload === 'string' || Buffer.isBuffer(ex.payload));
    const body = hasBody ? String(ex.payload) : null;
    if (!content) return body ? [`${name}: a body was sent but none is documented`] : [];
    const type = (ex.contentType ?? '').split(';')[0].trim().toLowerCase();
    const media = Object.keys(content).find(
      (m) => m === type || m === '*/*' || (m.endsWith('/*') && type.startsWith(m.slice(0, -1))),
    );
    if (!media)
      return [`${name}: content type "${type}" not documented (documented: ${Object.keys(content).join(', ')})`];
    if (!isJsonMedia(media) || body === null) return [];
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [`${name}: the ${media} body is not JSON`];
    }
    const ref = responses[key].$ref;
    const base = typeof ref === 'string' ? ref : `#/${pointer('paths', path, method, 'responses', key)}`;
    const validate = this.validator(`${base}/${pointer('content', media, 'schema')}`);
    if (validate(value)) return [];
    return [`${name}: body does not match the documented ${media} schema\n${describeErrors(validate.errors)}`];
  }

  private resolve(response: Json): Json {
    const ref = response.$ref;
    if (typeof ref !== 'string') return response;
    return ref
      .split('/')
      .slice(1)
      .reduce<Json>((node, part) => node[part] as Json, this.doc as unknown as Json);
  }

  private validator(at: string): ValidateFunction {
    let validate = this.validators.get(at);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi.json${at}` });
      this.validators.set(at, validate);
    }
    return validate;
  }
}

/** Where the contract check keeps what it found: every violation, and which were already reported. */
export interface ContractCheck {
  violations: string[];
  /** Violations not yet thrown to the test that caused them. */
  unreported(): string[];
  /** Throws (once) the violations recorded for this answer. */
  assertAnswer(headers: Record<string, unknown>): void;
}

const HEADER = 'x-contract-violation';

/** One Contract per published document in a test process: its compiled validators serve every app that publishes it. */
const contracts = new Map<string, Contract>();
function contractFor(document: string): Contract {
  let contract = contracts.get(document);
  if (!contract) {
    contract = new Contract(JSON.parse(document) as OpenApi);
    contracts.set(document, contract);
  }
  return contract;
}

/**
 * The documents apps published, by what decides a document: the code (one per test process), the
 * configuration the routes were built with and the route table. A later app that agrees on all
 * three publishes the same document, so the check takes it from here instead of having the app
 * build it again (converting every route's zod schemas, about 150 ms an app). The second such app
 * still builds its own, which must be the same.
 */
const published = new Map<string, { document: string; confirmed: boolean }>();

/**
 * Installs the contract check on a test app (before it is ready): an onSend hook validates
 * every answer against `/api/v1/openapi.json` and marks a violating answer with a header,
 * so the request wrapper can fail the test that made it. `builtWith` names what the app's routes
 * were built from besides the code (its engine and configuration); without it the app's own
 * document is always read.
 */
export async function installContractCheck(app: FastifyInstance, builtWith?: string): Promise<ContractCheck> {
  let contract: Contract | null = null;
  const violations: string[] = [];
  const reported = new Set<number>();
  app.addHook('onSend', async (request, reply, payload) => {
    if (!contract) return payload;
    let found: string[];
    try {
      found = contract.check({
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        contentType: reply.getHeader('content-type') as string | undefined,
        payload,
      });
    } catch (err) {
      found = [`contract check of ${request.method} ${request.url} failed: ${(err as Error).stack}`];
    }
    if (found.length) {
      const first = violations.length;
      violations.push(...found);
      reply.header(HEADER, found.map((_, i) => first + i).join(','));
    }
    return payload;
  });
  await app.ready();
  const key = builtWith === undefined ? null : `${builtWith}\n${app.printRoutes({ commonPrefix: false })}`;
  const kept = key === null ? undefined : published.get(key);
  let document: string;
  if (kept?.confirmed) document = kept.document;
  else {
    const res = await app.inject({ url: '/api/v1/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}`);
    document = res.body;
    // The second app built alike confirms that they publish the same document; later ones reuse it.
    if (kept && kept.document !== document)
      throw new Error(`Two apps built alike published different OpenAPI documents (${builtWith ?? ''})`);
    if (key !== null) published.set(key, { document, confirmed: kept !== undefined });
  }
  contract = contractFor(document);
  return {
    violations,
    unreported: () => violations.filter((_, i) => !reported.has(i)),
    assertAnswer(headers) {
      const marked = headers[HEADER];
      if (typeof marked !== 'string') return;
      const ids = marked
        .split(',')
        .map(Number)
        .filter((i) => !reported.has(i));
      ids.forEach((i) => reported.add(i));
      if (ids.length) throw new Error(`API contract violated:\n${ids.map((i) => violations[i]).join('\n')}`);
    },
  };
}
