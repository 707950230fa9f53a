import type { Queryable } from '../db/database.ts';

/** A city as the account pages offer it in pickers. */
export interface CityOption {
  id: string;
  name: string;
}

let source: (db: Queryable) => Promise<CityOption[]> = async () => [];

/** The cities domain (above accounts) tells the account pages which cities there are (domain-links.ts). */
export function linkCityOptions(fn: (db: Queryable) => Promise<CityOption[]>): void {
  source = fn;
}

/** Every city, by name, and a way to name one by id (the id itself when unknown). */
export async function cityOptions(db: Queryable): Promise<{ cities: CityOption[]; cityName: (id: string) => string }> {
  const cities = await source(db);
  const names = new Map(cities.map((c) => [c.id, c.name]));
  return { cities, cityName: (id) => names.get(id) ?? id };
}
