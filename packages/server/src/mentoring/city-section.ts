import type { FastifyRequest } from 'fastify';
import { cityMentoringSection, type PageContext, type SafeHtml } from '@convivio/web';
import type { Database } from '../db/database.ts';
import { cityFacts, listProgrammes } from './service.ts';

/** The city page's "Mentoring" section: the programmes the city takes part in, with its role and its plan. */
export async function cityMentoringHtml(
  db: Database,
  _request: FastifyRequest,
  page: PageContext,
  cityId: string,
): Promise<SafeHtml> {
  const items = (await listProgrammes(db)).flatMap((p) => {
    const part = p.participants.find((x) => x.cityId === cityId);
    const posts = [...p.offers, ...p.requests].filter((x) => x.cityId === cityId).length;
    return part || posts ? [{ id: p.id, name: p.name, role: part?.role ?? null }] : [];
  });
  const city = (await cityFacts(db)).get(cityId);
  return cityMentoringSection(page, { city: { id: cityId, name: city?.name ?? cityId }, items });
}
