import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contract } from './contract.ts';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: Json[];
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
};

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

describe.each(ENGINES)('the published OpenAPI document on %s', (engine) => {
  let t: TestApp;
  let doc: Json & {
    paths: Record<string, Record<string, Operation>>;
    components: Record<string, Record<string, Json>>;
  };
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
  const resolve = (node: Json): Json =>
    typeof node.$ref === 'string'
      ? node.$ref
          .split('/')
          .slice(1)
          .reduce<Json>((n, part) => n[part] as Json, doc)
      : node;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const res = await t.anonymous.request({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => t?.close());

  it('is valid OpenAPI 3.1 by the official OpenAPI JSON Schema (@seriousme/openapi-schema-validator)', async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has no error under the Redocly recommended rules', async () => {
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: '/api/v1/openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
    const warnings = problems
      .filter((p) => p.severity === 'warn')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}`);
    expect(warnings.filter((w) => !w.startsWith('info-license') && !w.startsWith('operation-4xx-response'))).toEqual(
      [],
    );
  });

  it('names every operation with a unique camelCase operationId, a tag and a summary', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const missing = ops.filter(
      ({ op }) => !op.operationId || !/^[a-z][A-Za-z0-9]+$/.test(op.operationId) || !op.tags?.length || !op.summary,
    );
    expect(missing.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/practices'].get.operationId).toBe('listPractices');
    expect(doc.paths['/api/v1/practices/{id}'].put.operationId).toBe('updatePractice');
  });

  it('gives every request body a real schema, never a free-form object', () => {
    const bodies = operations().filter(({ op }) => op.requestBody);
    expect(bodies.length).toBeGreaterThan(40);
    const freeForm = bodies.flatMap(({ method, path, op }) =>
      Object.entries((op.requestBody as { content: Record<string, { schema: Json }> }).content)
        .filter(([, media]) => {
          const schema = resolve(media.schema);
          return schema.type === 'object' && !schema.properties;
        })
        .map(([type]) => `${method} ${path} ${type}`),
    );
    expect(freeForm).toEqual([]);
    for (const [path, method] of [
      ['/api/v1/practices', 'post'],
      ['/api/v1/cities/{id}', 'put'],
      ['/api/v1/events', 'post'],
      ['/api/v1/cities/{id}/stakeholders', 'post'],
      ['/api/v1/labs/{id}', 'put'],
    ]) {
      const schema = resolve(
        (doc.paths[path][method].requestBody as { content: Record<string, { schema: Json }> }).content[
          'application/json'
        ].schema,
      );
      expect(Object.keys(schema.properties as Json), `${method} ${path}`).toEqual(
        expect.arrayContaining(['name', 'version']),
      );
    }
  });

  it('names the main records as reusable components and refers to them', () => {
    const schemas = Object.keys(doc.components.schemas);
    expect(schemas).toEqual(
      expect.arrayContaining([
        'Practice',
        'PracticeWrite',
        'City',
        'CityWrite',
        'Stakeholder',
        'Contact',
        'ReferenceGroup',
        'Lab',
        'Event',
        'EventWrite',
        'Registration',
        'EvidenceDataset',
        'EvidenceRun',
        'Charter',
        'CityCommitment',
        'User',
        'Error',
      ]),
    );
    const ok = (path: string, method: string, status: string) =>
      (doc.paths[path][method].responses[status].content as Record<string, { schema: Json }>)['application/json']
        .schema;
    expect(ok('/api/v1/practices/{id}', 'get', '200')).toEqual({ $ref: '#/components/schemas/Practice' });
    expect(ok('/api/v1/stakeholders/{id}', 'get', '200')).toEqual({ $ref: '#/components/schemas/Stakeholder' });
    expect(ok('/api/v1/events/{id}', 'get', '200')).toEqual({ $ref: '#/components/schemas/Event' });
  });

  it('includes null in nullable enums', () => {
    const allowsNull = (schema: Json) => (schema.anyOf as Json[] | undefined)?.some((s) => s.type === 'null') ?? false;
    const props = (name: string) => doc.components.schemas[name].properties as Record<string, Json>;
    expect(allowsNull(props('Practice').typology)).toBe(true);
    expect(allowsNull(props('Stakeholder').engagementStatus)).toBe(true);
    expect(allowsNull(props('CityCommitment').status)).toBe(true);
  });

  it('says which operations need an account, and asks for the CSRF header on every write', () => {
    const ops = operations();
    expect(ops.filter(({ op }) => !Array.isArray(op.security)).map(({ method, path }) => `${method} ${path}`)).toEqual(
      [],
    );
    const writes = ops.filter(({ method }) => UNSAFE.has(method));
    const csrf = (op: Operation) =>
      op.parameters?.some((p) => resolve(p).name === 'x-csrf-token' && resolve(p).in === 'header');
    expect(writes.filter(({ op }) => !csrf(op)).map(({ method, path }) => `${method} ${path}`)).toEqual([]);
    const anonymousWrites = writes.filter(
      ({ op }) => !op.security!.length || op.security!.some((s) => Object.keys(s).length === 0),
    );
    expect(anonymousWrites.map(({ op }) => op.operationId).sort()).toEqual([
      'acceptInvitation',
      'confirmEmailChange',
      'forgotPassword',
      'resetPassword',
      'signIn',
      'signOut',
      'signUp',
      'verifyEmail',
    ]);
    expect(doc.paths['/api/v1/practices'].get.security).toEqual([{}, { session: [] }, { bearerAuth: [] }]);
    expect(doc.paths['/api/v1/users'].get.security).toEqual([{ session: [] }, { bearerAuth: [] }]);
    expect(doc.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'convivio_session' },
      bearerAuth: { type: 'http', scheme: 'bearer' },
    });
  });

  it('documents every error answer with the Error component', () => {
    const errors = operations().flatMap(({ method, path, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => status.startsWith('4'))
        .map(([status, response]) => ({ where: `${method} ${path} ${status}`, response: resolve(response) })),
    );
    expect(errors.length).toBeGreaterThan(300);
    const other = errors.filter(
      ({ response }) =>
        JSON.stringify((response.content as Json)?.['application/json']) !==
        JSON.stringify({ schema: { $ref: '#/components/schemas/Error' } }),
    );
    expect(other.map((e) => e.where)).toEqual([]);
    expect(Object.keys(doc.paths['/api/v1/practices/{id}'].put.responses)).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
    ]);
    expect(Object.keys(doc.paths['/api/v1/auth/sign-in'].post.responses)).toEqual(
      expect.arrayContaining(['401', '429']),
    );
  });

  it('serves relative to this server', () => {
    expect(doc.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  });

  it('lets the contract check find an undocumented status, a body off the schema and an undocumented media type', async () => {
    const contract = new Contract(doc);
    const exchange = { method: 'GET', route: '/api/v1/practices/:id', contentType: 'application/json; charset=utf-8' };
    expect(contract.check({ ...exchange, status: 418, payload: '{}' })[0]).toMatch(
      /getPractice .* 418: status not documented/,
    );
    const practice = (await t.anonymous.request({ url: '/api/v1/practices/practice-fuenlabrada-milma' })).json();
    expect(contract.check({ ...exchange, status: 200, payload: JSON.stringify(practice) })).toEqual([]);
    const drift = contract.check({
      ...exchange,
      status: 200,
      payload: JSON.stringify({ ...practice, typology: 'other' }),
    });
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatch(/getPractice \(GET \/api\/v1\/practices\/\{id\}\) answered 200: body does not match/);
    expect(drift[0]).toMatch(/at body\.typology: must be equal to one of the allowed values/);
    expect(contract.check({ ...exchange, status: 200, contentType: 'text/html', payload: '<p>' })[0]).toMatch(
      /content type "text\/html" not documented/,
    );
    expect(
      contract.check({
        ...exchange,
        status: 404,
        payload: JSON.stringify({ error: { code: 'not_found', message: 'No', field: 'id' } }),
      }),
    ).toEqual([]);
    expect(
      contract.check({
        ...exchange,
        status: 404,
        payload: JSON.stringify({ error: { code: 'nope', message: 'No' } }),
      })[0],
    ).toMatch(/404: body does not match/);
    expect(contract.check({ ...exchange, route: '/practices/:id', status: 418, payload: '' })).toEqual([]);
  });

  it('checks real answers that hold nulls in enums against the document', async () => {
    const practices = (await t.anonymous.request({ url: '/api/v1/practices?pageSize=100' })).json().items as {
      id: string;
      typology: string | null;
    }[];
    const untyped = practices.find((p) => p.typology === null);
    expect(untyped).toBeDefined();
    const res = await t.anonymous.request({ url: `/api/v1/practices/${untyped!.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().typology).toBeNull();
    const contract = new Contract(doc);
    expect(
      contract.check({
        method: 'GET',
        route: '/api/v1/practices/:id',
        status: 200,
        contentType: 'application/json',
        payload: res.body,
      }),
    ).toEqual([]);
  });
});
