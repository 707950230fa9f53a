import type { FastifyPluginAsync } from 'fastify';
import { accountPages } from './accounts/pages.ts';
import { languagePages } from './accounts/language-pages.ts';
import { accessPages } from './accounts/access-pages.ts';
import { invitationPages } from './invitations/pages.ts';
import { mailPages } from './mail/pages.ts';
import { memberPages } from './accounts/member-pages.ts';
import { cityPages } from './cities/pages.ts';
import type { AppContext } from './context.ts';
import { evidencePages } from './evidence/pages.ts';
import { evidenceSeriesPages } from './evidence/series-pages.ts';
import { eventPages } from './events/pages.ts';
import { practicePages } from './practices/pages.ts';
import { stakeholderPages } from './stakeholders/pages.ts';
import { labPages } from './labs/pages.ts';
import { reportPages } from './reports/pages.ts';
import { charterPages } from './charter/pages.ts';
import { mentoringPages } from './mentoring/pages.ts';
import { openDataPages } from './open-data/pages.ts';
import { networkMapPages } from './network/map-pages.ts';
import { networkPages } from './network/pages.ts';
import { themePages } from './network/theme-pages.ts';
import { charterCyclePages } from './charter/cycle-pages.ts';
import { followPages } from './follows/pages.ts';
import { installHtmlErrors } from './web/error-pages.ts';
import { cityPageLinks, practicePageLinks } from './domain-links.ts';
import { homePages } from './home-pages.ts';
import { registerStatic } from './web/static.ts';

/** A domain's web pages: a Fastify plugin factory receiving the app context. */
export type PagesFactory = (ctx: AppContext) => FastifyPluginAsync;

/**
 * Every domain's server-rendered pages. Add a domain's `pages.ts` here.
 * Pages call services directly (never the HTTP API) and render @convivio/web views.
 */
const PAGES: PagesFactory[] = [
  homePages,
  accountPages,
  (ctx) => practicePages(ctx, practicePageLinks),
  (ctx) => cityPages(ctx, cityPageLinks),
  evidencePages,
  evidenceSeriesPages,
  stakeholderPages,
  labPages,
  reportPages,
  eventPages,
  charterPages,
  openDataPages,
  languagePages,
  accessPages,
  invitationPages,
  mailPages,
  memberPages,
  networkMapPages,
  networkPages,
  mentoringPages,
  charterCyclePages,
  followPages,
  themePages,
];

/** Registers the HTML error pages, the static assets and every domain's pages. */
export function webRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    installHtmlErrors(app);
    await registerStatic(app);
    for (const pages of PAGES) await app.register(pages(ctx));
  };
}
