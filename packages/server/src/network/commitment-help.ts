import type { User } from '../accounts/schema.ts';
import type { ChallengeHelp } from '../charter/help-links.ts';
import { getCity } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { loadNetworkFacts } from './facts.ts';
import { mentorOffers } from './mentors.ts';
import { listCityTags } from './queries.ts';
import { rankPractices } from './ranking.ts';

/** How many related challenges, and practices per challenge, a weak commitment is shown. */
const CHALLENGES = 3;
const PRACTICES = 3;

/**
 * The challenges related to a city's weak charter commitment: those addressed by the practices
 * that implement it in other cities or, when none does, those the city faces (most pressing
 * first); for each, the network's ranking of other cities' practices and the mentors on offer.
 */
export async function commitmentHelp(
  db: Queryable,
  user: User | null,
  cityId: string,
  implementingPracticeIds: string[],
): Promise<ChallengeHelp[]> {
  const row = await getCity(db, user, cityId);
  const facts = await loadNetworkFacts(db);
  const implementing = new Set(implementingPracticeIds);
  const addressed = facts.practices.filter((p) => implementing.has(p.id)).flatMap((p) => p.challengeIds);
  const order = { high: 0, medium: 1, low: 2 } as const;
  const faced = (await listCityTags(db, row.id))
    .sort((a, b) => order[a.priority] - order[b.priority])
    .map((t) => t.challenge_id);
  const related = [...new Set(addressed.length ? addressed : faced)].slice(0, CHALLENGES);
  const city = {
    id: row.id,
    name: row.name,
    population: row.record.population ?? null,
    migrantShare: row.record.migrantShare ?? null,
    targetGroups: [...new Set(facts.practices.filter((p) => p.city.id === row.id).flatMap((p) => p.targetGroups))],
  };
  const out: ChallengeHelp[] = [];
  for (const id of related) {
    const challenge = facts.challenges.find((c) => c.id === id);
    if (!challenge) continue;
    out.push({
      challenge: { id: challenge.id, name: challenge.name },
      practices: rankPractices(city, challenge, facts.practices, PRACTICES).map((r) => ({
        id: r.practice.id,
        name: r.practice.name,
        cityName: r.practice.city.name,
      })),
      mentors: await mentorOffers(db, challenge.id, row.id),
    });
  }
  return out;
}
