import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { installHtmlErrors } from './error-pages.ts';

/** A bare app with the HTML error handling and a few routes that fail in known ways. */
async function appWithFailingRoutes() {
  const app = Fastify();
  await app.register(async (web) => {
    installHtmlErrors(web);
    web.get('/boom', async () => {
      throw new Error('database exploded at 0x1234');
    });
    web.get('/forbidden', async () => {
      throw new AppError('forbidden', 'Editors may edit only their own city');
    });
    web.get('/needs-account', async () => {
      throw new AppError('unauthenticated', 'Sign in to do this');
    });
    web.get('/bad', async () => {
      throw new AppError('validation_failed', 'page: must be a positive number', 'page');
    });
  });
  return app;
}

describe('HTML error pages', () => {
  it('hides internal errors behind a 500 page in the layout', async () => {
    const app = await appWithFailingRoutes();
    const res = await app.inject({ url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Something went wrong on our side');
    expect(res.body).not.toContain('exploded');
  });

  it('explains refusals and bad requests, and sends anonymous visitors to sign in', async () => {
    const app = await appWithFailingRoutes();
    const forbidden = await app.inject({ url: '/forbidden' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.body).toContain('Editors may edit only their own city');
    const bad = await app.inject({ url: '/bad' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('page: must be a positive number');
    const anon = await app.inject({ url: '/needs-account?x=1' });
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toBe('/sign-in?next=%2Fneeds-account%3Fx%3D1');
  });

  it('gives unknown pages an HTML 404 and unknown API paths a JSON one', async () => {
    const app = await appWithFailingRoutes();
    const page = await app.inject({ url: '/nowhere' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
    const api = await app.inject({ url: '/api/v1/nowhere' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({
      error: { code: 'not_found', message: 'No route for GET /api/v1/nowhere', field: null },
    });
  });
});
