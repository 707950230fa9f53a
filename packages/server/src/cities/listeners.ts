import type { CityRecord } from '@convivio/shared';
import type { Queryable } from '../db/database.ts';

/** A city as it was before a write (null when the write created it). */
export type CityBefore = { name: string; country: string } | null;

/**
 * Called inside the transaction that wrote a city, with the city as written and as it was:
 * domains above cities that keep facts of a city (a practice's country, its search text)
 * refresh them here. Listeners are registered at the top (src/hooks.ts).
 */
export type CityWrittenListener = (tx: Queryable, city: CityRecord, before: CityBefore) => Promise<void>;

const listeners: CityWrittenListener[] = [];

/** Registers a listener called after every write of a city. */
export function onCityWritten(listener: CityWrittenListener): void {
  listeners.push(listener);
}

/** Calls every listener (cities/queries.ts does, after each write). */
export async function cityWritten(tx: Queryable, city: CityRecord, before: CityBefore): Promise<void> {
  for (const listener of listeners) await listener(tx, city, before);
}
