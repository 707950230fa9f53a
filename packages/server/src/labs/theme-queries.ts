import type { PolicyLabRecord } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';

/** Sets a lab's themes to those its record names (called on every write of the record). */
export async function writeLabThemes(tx: Queryable, rec: PolicyLabRecord): Promise<void> {
  await tx.query('DELETE FROM lab_themes WHERE lab_id = $1', [rec.id]);
  const themes = [...new Set(rec.themes.map((l) => l.theme))];
  if (!themes.length) return;
  await tx.query('INSERT INTO lab_themes (lab_id, theme) SELECT $1, unnest($2::text[])', [rec.id, themes]);
}

export interface ThemeLabRow {
  id: string;
  name: string;
  city_id: string;
  city_name: string;
}

/** The policy labs that deal with a theme, by name. */
export async function labsOfTheme(db: Queryable, theme: string): Promise<ThemeLabRow[]> {
  const r = await db.query<ThemeLabRow>(
    `SELECT l.id, l.name, l.city_id, c.name AS city_name
     FROM lab_themes t JOIN policy_labs l ON l.id = t.lab_id JOIN ${CITY_DIRECTORY} c ON c.id = l.city_id
     WHERE t.theme = $1 ORDER BY l.name, l.id`,
    [theme],
  );
  return r.rows;
}
