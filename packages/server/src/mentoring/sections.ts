import { zMentoringProgrammeRecord, type MentoringProgrammeRecord } from '@convivio/shared';
import { registerSection } from '../dataset/section.ts';
import { parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { missingReferences, type Reference } from '../records/references.ts';
import { findProgramme, listProgrammeIds, writeProgramme } from './queries.ts';

/** Every city a programme names, at its field. */
const cityRefs = (p: MentoringProgrammeRecord): Reference[] => [
  ...p.participants.map((x, i): Reference => [`participants.${i}.cityId`, x.cityId]),
  ...p.offers.map((x, i): Reference => [`offers.${i}.cityId`, x.cityId]),
  ...p.requests.map((x, i): Reference => [`requests.${i}.cityId`, x.cityId]),
  ...p.studyVisits.map((x, i): Reference => [`studyVisits.${i}.hostCityId`, x.hostCityId]),
  ...p.actionPlans.map((x, i): Reference => [`actionPlans.${i}.cityId`, x.cityId]),
  ...p.selfChecks.map((x, i): Reference => [`selfChecks.${i}.cityId`, x.cityId]),
];

registerSection<MentoringProgrammeRecord>({
  key: 'mentoringProgrammes',
  order: 290,
  parse: (raw) => parseOrThrow(zMentoringProgrammeRecord, blanksToNull(raw)),
  async check(rec, scope) {
    return [
      ...(await missingReferences(scope.lookup, 'cities', cityRefs(rec))),
      ...(await missingReferences(
        scope.lookup,
        'events',
        rec.studyVisits.map((v, i): Reference => [`studyVisits.${i}.eventId`, v.eventId]),
      )),
    ];
  },
  write: (tx, rec) => writeProgramme(tx, rec),
  async readAll(db) {
    const out: { record: MentoringProgrammeRecord; status: string }[] = [];
    for (const id of await listProgrammeIds(db)) {
      const found = await findProgramme(db, id);
      if (!found) continue;
      const { updatedAt: _updatedAt, ...record } = found;
      out.push({ record, status: 'published' });
    }
    return out;
  },
});
