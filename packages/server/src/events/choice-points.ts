import type { EventRecord, EventSession } from '@convivio/shared';

/** One option of a choice point: a session of a parallel slot, or a presentation of a projects corner. */
export interface ChoiceOption {
  id: string;
  title: string;
  label: string | null;
  /** Seats per round; null when the programme states none (then everybody fits). */
  capacity: number | null;
  /** The session the option takes place in (the option itself for a parallel slot). */
  sessionId: string;
  practiceId: string | null;
}

/** A moment where each participant gets one option per round. */
export interface ChoicePoint {
  id: string;
  kind: 'parallel' | 'corner';
  title: string;
  description: string | null;
  date: string;
  start: string;
  end: string | null;
  rounds: number;
  /** How many options a ranking names when it names any: at least one per round, at most every option. */
  minRanked: number;
  maxRanked: number;
  options: ChoiceOption[];
}

function sessionCapacity(rec: EventRecord, s: EventSession): number | null {
  if (s.capacity !== null) return s.capacity;
  if (!s.roomId) return null;
  for (const v of rec.venues) for (const r of v.rooms) if (r.id === s.roomId) return r.capacity;
  return null;
}

/**
 * The choice points of a programme, in programme order: every choice group (its
 * sessions are the options, one round) and every projects corner with
 * presentations (the presentations are the options, one per round).
 */
export function choicePointsOf(rec: EventRecord): ChoicePoint[] {
  const points: ChoicePoint[] = [];
  const seen = new Set<string>();
  for (const s of rec.sessions) {
    if (s.choiceGroup && !seen.has(s.choiceGroup)) {
      seen.add(s.choiceGroup);
      const group = rec.choiceGroups.find((g) => g.id === s.choiceGroup)!;
      const members = rec.sessions.filter((m) => m.choiceGroup === group.id);
      points.push({
        id: group.id,
        kind: 'parallel',
        title: group.title,
        description: group.description,
        date: s.date,
        start: s.start,
        end: s.end,
        rounds: 1,
        minRanked: 1,
        maxRanked: members.length,
        options: members.map((m) => ({
          id: m.id,
          title: m.title,
          label: m.label,
          capacity: sessionCapacity(rec, m),
          sessionId: m.id,
          practiceId: null,
        })),
      });
    } else if (s.kind === 'projects-corner' && s.presentations.length > 0 && !s.choiceGroup) {
      points.push({
        id: s.id,
        kind: 'corner',
        title: s.title,
        description: s.description,
        date: s.date,
        start: s.start,
        end: s.end,
        rounds: s.rounds,
        // A participant hears a different presentation each round, so a ranking names at least one per round.
        minRanked: Math.min(s.rounds, s.presentations.length),
        maxRanked: s.presentations.length,
        options: s.presentations.map((p) => ({
          id: p.id,
          title: p.title,
          label: null,
          capacity: p.capacity,
          sessionId: s.id,
          practiceId: p.practiceId,
        })),
      });
    }
  }
  return points;
}

/** The choice point a session belongs to (as an option or as a corner), or null. */
export function choicePointOfSession(points: ChoicePoint[], sessionId: string): ChoicePoint | null {
  return points.find((p) => p.id === sessionId || p.options.some((o) => o.sessionId === sessionId)) ?? null;
}

/** Local start and end (HH:MM) of each round of a choice point: the slot split evenly, a round lasting `roundMinutes` when given. */
export function roundTimes(
  start: string,
  end: string | null,
  rounds: number,
  roundMinutes: number | null,
): { start: string; end: string | null }[] {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const fmt = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  if (rounds === 1) return [{ start, end }];
  const s = toMin(start);
  const slot = end ? Math.floor((toMin(end) - s) / rounds) : roundMinutes;
  if (!slot) return Array.from({ length: rounds }, () => ({ start, end }));
  const length = roundMinutes ? Math.min(roundMinutes, slot) : slot;
  return Array.from({ length: rounds }, (_, i) => ({ start: fmt(s + i * slot), end: fmt(s + i * slot + length) }));
}
