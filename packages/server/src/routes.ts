import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountRoutes } from './accounts/routes.ts';
import { accessRoutes } from './accounts/access-routes.ts';
import { mailRoutes } from './mail/routes.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { memberRoutes } from './accounts/member-routes.ts';
import { cityRoutes } from './cities/routes.ts';
import type { AppContext } from './context.ts';
import { cityPracticeLinks } from './domain-links.ts';
import { evidenceRoutes } from './evidence/routes.ts';
import { evidenceSeriesRoutes } from './evidence/series-routes.ts';
import { eventRoutes } from './events/routes.ts';
import { practiceRoutes } from './practices/routes.ts';
import { stakeholderRoutes } from './stakeholders/routes.ts';
import { labRoutes } from './labs/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { schemaRoutes } from './practices/schema-routes.ts';
import { charterRoutes } from './charter/routes.ts';
import { openDataRoutes } from './open-data/routes.ts';
import { networkMapRoutes } from './network/map-routes.ts';
import { networkRoutes } from './network/routes.ts';
import { themeRoutes } from './network/theme-routes.ts';
import { mentoringRoutes } from './mentoring/routes.ts';
import { charterCycleRoutes } from './charter/cycle-routes.ts';
import { followRoutes } from './follows/routes.ts';

/** Every domain's API routes, mounted under /api/v1. Add a domain here. */
export function apiRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/health',
      {
        schema: {
          operationId: 'getHealth',
          tags: ['platform'],
          summary: 'Health: the database answers',
          response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable') }) },
        },
      },
      async (_request, reply) => {
        try {
          await ctx.db.query('SELECT 1');
          return { status: 'ok' as const };
        } catch {
          return reply.status(503).send({ status: 'unavailable' as const });
        }
      },
    );
    await app.register(accountRoutes(ctx));
    await app.register(cityRoutes(ctx, cityPracticeLinks));
    await app.register(practiceRoutes(ctx));
    await app.register(schemaRoutes());
    await app.register(stakeholderRoutes(ctx));
    await app.register(labRoutes(ctx));
    await app.register(reportRoutes(ctx));
    await app.register(evidenceRoutes(ctx));
    await app.register(evidenceSeriesRoutes(ctx));
    await app.register(eventRoutes(ctx));
    await app.register(charterRoutes(ctx));
    await app.register(openDataRoutes(ctx));
    await app.register(accessRoutes(ctx));
    await app.register(mailRoutes(ctx));
    await app.register(invitationRoutes(ctx));
    await app.register(memberRoutes(ctx));
    await app.register(networkMapRoutes(ctx));
    await app.register(networkRoutes(ctx));
    await app.register(mentoringRoutes(ctx));
    await app.register(charterCycleRoutes(ctx));
    await app.register(followRoutes(ctx));
    await app.register(themeRoutes(ctx));
  };
}
