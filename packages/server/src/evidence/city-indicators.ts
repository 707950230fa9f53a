import type { AreaResult, RunOptions } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import { getCity } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { viewerOf } from './access.ts';
import { latestAreaResult } from './run-queries.ts';

/** A city's indicators: the latest run (that the viewer may see) with results for its area code. */
export interface CityIndicators {
  cityId: string;
  areaCode: string | null;
  run: { id: string; finishedAt: string; datasetName: string; options: RunOptions } | null;
  area: AreaResult | null;
}

/** Looks up a city's area code and the latest visible run's results for that area. */
export async function cityIndicators(db: Queryable, user: User | null, cityId: string): Promise<CityIndicators> {
  const city = await getCity(db, user, cityId);
  const areaCode = city.record.areaCode ?? null;
  if (!areaCode) return { cityId, areaCode: null, run: null, area: null };
  const found = await latestAreaResult(db, viewerOf(user), areaCode);
  if (!found) return { cityId, areaCode, run: null, area: null };
  return {
    cityId,
    areaCode,
    area: found.result,
    run: {
      id: found.run_id,
      finishedAt: new Date(found.finished_at).toISOString(),
      datasetName: found.dataset_name,
      options: found.options,
    },
  };
}
