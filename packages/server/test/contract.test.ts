import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { installContractCheck } from './contract.ts';
import { freshDatabase } from './harness.ts';

/** An app built here, and how many times it was asked for `/api/v1/openapi.json`. */
interface Built {
  app: FastifyInstance;
  documentReads: () => number;
}

// The apps share one migrated database: what is checked here is what each publishes, not what it stores.
const database = freshDatabase('pglite');
const opened: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of opened) await app.close();
  await (await database).drop();
});

/** An app with `extra` routes; the contract check is not installed yet. */
async function build(extra?: (app: FastifyInstance) => void): Promise<Built> {
  const app = await buildApp({ db: (await database).db, config: loadConfig({}) });
  opened.push(app);
  let reads = 0;
  app.addHook('onRequest', async (request) => {
    if (request.url === '/api/v1/openapi.json') reads++;
  });
  extra?.(app);
  return { app, documentReads: () => reads };
}

/** A documented route whose answer has the shape `answer` describes. */
const probe = (answer: z.ZodType) => (app: FastifyInstance) =>
  app.get(
    '/api/v1/contract-probe',
    { schema: { operationId: 'getContractProbe', tags: ['platform'], response: { 200: answer } } },
    async () => ({ n: 1 }),
  );

describe('the contract check of the test apps', () => {
  it('reads the document of the first two apps built alike, and checks a third against it without reading its own', async () => {
    const alike = `alike ${crypto.randomUUID()}`;
    const first = await build();
    await installContractCheck(first.app, alike);
    const second = await build();
    await installContractCheck(second.app, alike);
    // The third answers the health check with a status its document does not name.
    const third = await build((app) =>
      app.addHook('onSend', async (request, reply) => {
        if (request.url === '/api/v1/health') reply.code(418);
      }),
    );
    const check = await installContractCheck(third.app, alike);
    expect([first.documentReads(), second.documentReads(), third.documentReads()]).toEqual([1, 1, 0]);

    const res = await third.app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(418);
    expect(() => check.assertAnswer(res.headers)).toThrow(
      /getHealth \(GET \/api\/v1\/health\) answered 418: status not documented/,
    );
  });

  it('reads its own document when built otherwise, or when it does not say how it was built', async () => {
    const alike = `alike ${crypto.randomUUID()}`;
    await installContractCheck((await build()).app, alike);
    await installContractCheck((await build()).app, alike);
    const other = await build();
    await installContractCheck(other.app, `${alike}, otherwise`);
    const unnamed = await build();
    await installContractCheck(unnamed.app);
    const again = await build();
    await installContractCheck(again.app);
    expect([other.documentReads(), unnamed.documentReads(), again.documentReads()]).toEqual([1, 1, 1]);
  });

  it('fails when two apps said to be built alike publish different documents', async () => {
    const alike = `alike ${crypto.randomUUID()}`;
    await installContractCheck((await build(probe(z.object({ n: z.number() })))).app, alike);
    const differing = await build(probe(z.object({ n: z.number(), note: z.string().optional() })));
    await expect(installContractCheck(differing.app, alike)).rejects.toThrow(
      /Two apps built alike published different OpenAPI documents/,
    );
  });
});
