import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { themeDetail, themesWithCounts } from './themes.ts';

const tags = ['network'];

const zThemes = z
  .object({
    items: z.array(
      z.object({
        slug: z.string(),
        practices: z.number().int().describe('Published practices on the theme'),
        challenges: z.number().int().describe('Challenges of the taxonomy the theme works on'),
      }),
    ),
  })
  .meta({ id: 'Themes' });

const zTheme = z
  .object({
    slug: z.string(),
    practices: z.array(
      z.object({ id: z.string(), name: z.string(), cityId: z.string().nullable(), cityName: z.string().nullable() }),
    ),
    cities: z
      .array(z.object({ id: z.string(), name: z.string(), practices: z.number().int() }))
      .describe('Cities with published practices on the theme, most first'),
    challenges: z.array(z.object({ id: z.string(), name: z.string() })),
    events: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          sessions: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              label: z.string().nullable(),
              kind: z.string(),
              date: z.string().describe('YYYY-MM-DD'),
              start: z.string().describe('HH:MM, local to the event'),
            }),
          ),
        }),
      )
      .describe('Published events with the sessions that deal with the theme, latest event first'),
    labs: z
      .array(z.object({ id: z.string(), name: z.string(), cityId: z.string(), cityName: z.string() }))
      .describe('Policy labs that deal with the theme'),
  })
  .meta({ id: 'Theme' });

/** The practice themes: each with its counts, and one theme's practices, cities and challenges. */
export function themeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/themes',
      {
        schema: {
          operationId: 'listThemes',
          tags,
          summary: 'The practice themes, with how many published practices and challenges each has',
          response: { 200: zThemes },
        },
      },
      async () => ({ items: await themesWithCounts(ctx.db) }),
    );

    app.get(
      '/themes/:slug',
      {
        schema: {
          operationId: 'getTheme',
          tags,
          summary:
            "A theme's published practices, the cities active in it, its challenges, the events' sessions and the policy labs on it",
          params: z.object({ slug: z.string().min(1).max(100) }),
          response: { 200: zTheme },
        },
      },
      async (request) => themeDetail(ctx.db, request.params.slug),
    );
  };
}
