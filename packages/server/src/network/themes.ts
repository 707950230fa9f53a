/*
 * The practice themes as pages of their own: each theme with how many published practices and
 * challenges it has, and one theme's practices, the cities active in it, its challenges, the
 * sessions of published events and the policy labs that deal with it.
 */
import { THEMES } from '@convivio/shared';
import { listCities } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { publishedSessionsOfTheme } from '../events/service.ts';
import { labsOfTheme } from '../labs/service.ts';
import { publishedPracticesOfTheme, publishedThemeCounts } from '../practices/service.ts';
import { listChallenges } from './service.ts';

export interface ThemeSummary {
  slug: string;
  practices: number;
  challenges: number;
}

/** Every practice theme, in the vocabulary's order, with its counts. */
export async function themesWithCounts(db: Queryable): Promise<ThemeSummary[]> {
  const counts = await publishedThemeCounts(db);
  const challenges = await listChallenges(db);
  return THEMES.map((slug) => ({
    slug,
    practices: counts.get(slug) ?? 0,
    challenges: challenges.filter((c) => c.themes.includes(slug)).length,
  }));
}

export interface ThemeDetail {
  slug: string;
  practices: { id: string; name: string; cityId: string | null; cityName: string | null }[];
  cities: { id: string; name: string; practices: number }[];
  challenges: { id: string; name: string }[];
  events: {
    id: string;
    name: string;
    sessions: { id: string; title: string; label: string | null; kind: string; date: string; start: string }[];
  }[];
  labs: { id: string; name: string; cityId: string; cityName: string }[];
}

/**
 * One theme: its published practices, the published cities with practices in it (most first), its
 * challenges, the sessions of published events on it (grouped by event, latest first) and its labs.
 */
export async function themeDetail(db: Queryable, slug: string): Promise<ThemeDetail> {
  if (!(THEMES as readonly string[]).includes(slug)) throw notFound('Theme', slug);
  const names = new Map((await listCities(db, { includeDrafts: false })).map((c) => [c.id, c.record.name]));
  const practices = (await publishedPracticesOfTheme(db, slug)).map((p) => ({
    id: p.id,
    name: p.name,
    cityId: p.city_id,
    cityName: (p.city_id && names.get(p.city_id)) ?? null,
  }));
  const perCity = new Map<string, number>();
  for (const p of practices) if (p.cityId && p.cityName) perCity.set(p.cityId, (perCity.get(p.cityId) ?? 0) + 1);
  const cities = [...perCity]
    .map(([id, n]) => ({ id, name: names.get(id) ?? id, practices: n }))
    .sort((a, b) => b.practices - a.practices || a.name.localeCompare(b.name));
  const challenges = (await listChallenges(db))
    .filter((c) => c.themes.includes(slug as (typeof THEMES)[number]))
    .map((c) => ({ id: c.id, name: c.name }));
  const events: ThemeDetail['events'] = [];
  for (const r of await publishedSessionsOfTheme(db, slug)) {
    let event = events.at(-1);
    if (event?.id !== r.event_id) events.push((event = { id: r.event_id, name: r.event_name, sessions: [] }));
    event.sessions.push({
      id: r.session_id,
      title: r.title,
      label: r.label,
      kind: r.kind,
      date: r.date,
      start: r.start,
    });
  }
  const labs = (await labsOfTheme(db, slug)).map((l) => ({
    id: l.id,
    name: l.name,
    cityId: l.city_id,
    cityName: l.city_name,
  }));
  return { slug, practices, cities, challenges, events, labs };
}
