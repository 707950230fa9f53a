import type { EventRecord, EventSession } from '@convivio/shared';
import { choicePointsOf, roundTimes, type ChoicePoint } from './choice-points.ts';
import { sessionUid } from './calendar-identity.ts';
import type { CalendarEntry } from './exporters/ical.ts';
import { placeOf, sessionText } from './programme.ts';
import { sessionEnd } from './session-end.ts';

/**
 * One line of a personal agenda. `all`: everybody attends; `assigned`: the
 * participant's seat at a choice point (one line per round); `waiting`: on the
 * waiting list there; `pending`: not assigned yet (their ranking is shown).
 */
export interface AgendaItem {
  sessionId: string;
  date: string;
  start: string;
  end: string | null;
  kind: EventSession['kind'];
  title: string;
  place: string | null;
  status: 'all' | 'assigned' | 'waiting' | 'pending';
  choicePointId: string | null;
  round: number | null;
  optionId: string | null;
  ranking: string[];
}

function item(rec: EventRecord, s: EventSession, over: Partial<AgendaItem>): AgendaItem {
  return {
    sessionId: s.id,
    date: s.date,
    start: s.start,
    end: s.end,
    kind: s.kind,
    title: s.label ? `${s.label}: ${s.title}` : s.title,
    place: placeOf(rec, s),
    status: 'all',
    choicePointId: null,
    round: null,
    optionId: null,
    ranking: [],
    ...over,
  };
}

function choiceItems(
  rec: EventRecord,
  s: EventSession,
  point: ChoicePoint,
  ranking: string[],
  assigned: string[] | undefined,
): AgendaItem[] {
  const title = (id: string) => point.options.find((o) => o.id === id)?.title ?? id;
  const base = { choicePointId: point.id, ranking: ranking.map(title) };
  if (assigned === undefined)
    return [
      item(rec, s, {
        ...base,
        status: 'pending',
        title: point.title,
        place: point.kind === 'corner' ? placeOf(rec, s) : null,
      }),
    ];
  if (!assigned.length) return [item(rec, s, { ...base, status: 'waiting', title: point.title, place: null })];
  if (point.kind === 'parallel') {
    const chosen = rec.sessions.find((x) => x.id === assigned[0])!;
    return [item(rec, chosen, { ...base, status: 'assigned', optionId: chosen.id, round: 1 })];
  }
  const times = roundTimes(s.start, s.end, s.rounds, s.roundMinutes);
  return assigned.map((optionId, i) =>
    item(rec, s, {
      ...base,
      status: 'assigned',
      optionId,
      round: i + 1,
      start: times[i]?.start ?? s.start,
      end: times[i]?.end ?? s.end,
      title: `${s.title} (round ${i + 1}): ${title(optionId)}`,
    }),
  );
}

/**
 * A participant's agenda in programme order: the sessions everybody attends,
 * and at each choice point what they were given (or their pending ranking).
 */
export function personalAgenda(
  rec: EventRecord,
  rankings: Record<string, string[]>,
  assignments: Record<string, string[]>,
): AgendaItem[] {
  const points = choicePointsOf(rec);
  const done = new Set<string>();
  const out: AgendaItem[] = [];
  for (const s of rec.sessions) {
    const point = points.find((p) => p.id === s.choiceGroup || p.id === s.id);
    if (!point) {
      out.push(item(rec, s, {}));
      continue;
    }
    if (done.has(point.id)) continue;
    done.add(point.id);
    out.push(...choiceItems(rec, s, point, rankings[point.id] ?? [], assignments[point.id]));
  }
  return out.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

/** A personal agenda as calendar entries at `host` (waiting-list and pending lines are left out). */
export function agendaEntries(rec: EventRecord, agenda: AgendaItem[], host: string): CalendarEntry[] {
  return agenda
    .filter((a) => a.status === 'all' || a.status === 'assigned')
    .map((a) => {
      const s = rec.sessions.find((x) => x.id === a.sessionId)!;
      return {
        uid: sessionUid(host, a.sessionId, a.round),
        date: a.date,
        start: a.start,
        end: a.end ?? sessionEnd(rec, s),
        summary: a.title,
        description: sessionText(s),
        location: a.place,
        categories: [a.kind],
      };
    });
}
