import type { FastifyInstance, FastifyRequest } from 'fastify';
import { mentoringHistoryPage } from '@convivio/web';
import type { Database } from '../db/database.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { requireSignedIn } from '../web/page-helpers.ts';
import { changeCity, programmeHistory, type MentoringChange } from './history.ts';
import { cityFacts, getProgramme, type Programme } from './service.ts';

/** What a change was about, in the record's own words: a theme, a visit's title, an action or endorsing body. */
function subject(p: Programme, c: MentoringChange, themeOf: Map<string, string>): string {
  const r = c.record as {
    themeId?: string | null;
    title?: string;
    action?: { title?: string };
    endorsement?: { body?: string } | null;
  };
  if (c.entityType === 'mentoring-study-visit') return r.title ?? '';
  if (c.entityType === 'mentoring-action-plan') return r.action?.title ?? r.endorsement?.body ?? '';
  const id = r.themeId ?? themeOf.get(c.entityId) ?? null;
  return id ? (p.themes.find((t) => t.id === id)?.name ?? id) : '';
}

/** The page listing a programme's recorded changes (administrators: all; a city's editors: their city's). */
export function historyPages(app: FastifyInstance, db: Database): void {
  app.get('/mentoring/:id/history', async (request: FastifyRequest, reply) => {
    const user = requireSignedIn(request);
    const { id } = request.params as { id: string };
    const programme = await getProgramme(db, id);
    const changes = await programmeHistory(db, user, id);
    const cities = await cityFacts(db);
    const page = pageContext(request);
    // A withdrawal records no theme: the offer's or request's earlier changes name it.
    const themeOf = new Map(
      changes.flatMap((c) => (typeof c.record.themeId === 'string' ? [[c.entityId, c.record.themeId] as const] : [])),
    );
    return sendPage(
      reply,
      page,
      page.t('mentoring.historyOf', { programme: programme.name }),
      mentoringHistoryPage(page, {
        programme: { id: programme.id, name: programme.name },
        changes: changes.map((c) => {
          const cityId = changeCity(c);
          return {
            entityType: c.entityType,
            subject: subject(programme, c, themeOf),
            city: cityId ? (cities.get(cityId)?.name ?? cityId) : null,
            action: c.action,
            version: c.version,
            authorName: c.authorName,
            createdAt: c.createdAt,
          };
        }),
      }),
    );
  });
}
