import {
  areaCoverage,
  influenceInterestGrid,
  stakeholderNetwork,
  type CoverageRow,
  type GridModel,
  type NetworkModel,
} from '@convivio/shared';
import type { Queryable } from '../db/database.ts';
import { publishedPracticeNames } from '../practices/service.ts';
import { labLinks } from './lab-links.ts';
import { listCityStakeholders, type StakeholderRow } from './queries.ts';
import type { User } from '../accounts/schema.ts';
import { visibleCity } from './service.ts';

export interface StakeholderMap {
  city: { id: string; name: string };
  stakeholders: StakeholderRow[];
  practices: { id: string; name: string }[];
  labs: { id: string; name: string; stakeholderIds: string[] }[];
  grid: GridModel;
  coverage: CoverageRow[];
  network: NetworkModel;
}

/** A city's stakeholder map: the grid, the coverage of the five areas and the stakeholder–practice–lab network. */
export async function buildStakeholderMap(db: Queryable, user: User | null, cityId: string): Promise<StakeholderMap> {
  const city = await visibleCity(db, user, cityId);
  const stakeholders = await listCityStakeholders(db, cityId);
  const records = stakeholders.map((s) => s.record);
  const practices = await publishedPracticeNames(db, [...new Set(records.flatMap((r) => r.practiceIds))]);
  const labs = await labLinks().labsOfCity(db, cityId);
  return {
    city: { id: city.id, name: city.name },
    stakeholders,
    practices,
    labs,
    grid: influenceInterestGrid(records),
    coverage: areaCoverage(records),
    network: stakeholderNetwork(records, practices, labs),
  };
}
