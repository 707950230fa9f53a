import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { FOLLOW_KINDS } from './digest.ts';
import { follow, myDigest, myFollows, setDigestFrequency, unfollow, zFrequency } from './service.ts';

const tags = ['follows'];
const zFrequencyValue = z.enum(['off', 'weekly']);
const zParams = z.object({ kind: z.enum(FOLLOW_KINDS), target: z.string().min(1).max(200) });
const zFollows = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(FOLLOW_KINDS),
        target: z.string(),
        name: z.string().nullable().describe('The city or challenge name (null for a theme)'),
        since: z.string(),
      }),
    ),
    frequency: zFrequencyValue.describe('off: no e-mail; weekly: the digest by e-mail each week'),
    lastDigestAt: z.string().nullable(),
  })
  .meta({ id: 'Follows' });
const zDigest = z
  .object({
    since: z.string(),
    digest: z.object({
      status: z.enum(['nothing-new', 'news']),
      follows: z.number().int().optional(),
      entries: z
        .array(
          z.object({
            follow: z.object({ kind: z.enum(FOLLOW_KINDS), target: z.string() }),
            practices: z.array(z.object({ id: z.string(), name: z.string(), change: z.enum(['new', 'updated']) })),
            assessments: z.array(z.object({ cycleId: z.string(), commitmentId: z.string(), status: z.string() })),
            events: z
              .array(
                z.object({
                  id: z.string(),
                  name: z.string(),
                  startDate: z.string(),
                  change: z.enum(['new', 'registration']),
                }),
              )
              .describe("A followed city's events published, or whose registration opened, since the last digest"),
            evidence: z
              .array(z.object({ runId: z.string(), datasetName: z.string() }))
              .describe("Public evidence runs finished since the last digest with results for a followed city's area"),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'Digest' });

/** A person's follows (cities, themes, challenges) and their digest: theirs alone. */
export function followRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;
    const present = async (user: Parameters<typeof myFollows>[1]) => {
      const v = await myFollows(db, user);
      return { ...v, lastDigestAt: v.lastDigestAt ? v.lastDigestAt.toISOString() : null };
    };

    app.get(
      '/follows',
      {
        schema: {
          operationId: 'listMyFollows',
          tags,
          summary: 'What you follow, and your digest setting',
          security: SECURITY.required,
          response: { 200: zFollows },
        },
      },
      async (request) => present(request.user),
    );

    app.put(
      '/follows/:kind/:target',
      {
        schema: {
          operationId: 'follow',
          tags,
          summary: 'Follow a city, a theme or a challenge',
          params: zParams,
          response: { 200: zFollows },
        },
      },
      async (request) => {
        await follow(db, request.user, request.params);
        return present(request.user);
      },
    );

    app.delete(
      '/follows/:kind/:target',
      {
        schema: {
          operationId: 'unfollow',
          tags,
          summary: 'Stop following a city, a theme or a challenge',
          params: zParams,
          response: { 200: zFollows },
        },
      },
      async (request) => {
        await unfollow(db, request.user, request.params);
        return present(request.user);
      },
    );

    app.put(
      '/follows/digest-setting',
      {
        schema: {
          operationId: 'setDigestFrequency',
          tags,
          summary: 'Receive the digest by e-mail weekly, or not at all',
          body: zFrequency,
          response: { 200: zFollows },
        },
      },
      async (request) => {
        await setDigestFrequency(db, request.user, request.body);
        return present(request.user);
      },
    );

    app.get(
      '/follows/digest',
      {
        schema: {
          operationId: 'getMyDigest',
          tags,
          summary: 'What changed, since your last digest, in what you follow',
          security: SECURITY.required,
          querystring: z.object({
            markRead: z.enum(['true', 'false']).default('false').describe('true: the next digest starts now'),
          }),
          response: { 200: zDigest },
        },
      },
      async (request) => myDigest(db, request.user, request.query.markRead === 'true'),
    );
  };
}
