import type { EventRecord, EventSession, EventVenue } from '@convivio/shared';
import type { FormValues } from '@convivio/web';
import type { FieldIssue } from '../errors.ts';
import { formFailure, type FormFailure } from '../web/form-errors.ts';
import { checked, optionalText, text, type FormBody, type NumberReader } from '../web/form-body.ts';

/** Blank room rows offered after the existing rooms of a venue. */
export const BLANK_ROOM_ROWS = 3;

/** The fields of the session form, in the order they are shown. */
export const SESSION_FIELDS = [
  'kind',
  'title',
  'description',
  'date',
  'start',
  'end',
  'venueId',
  'roomId',
  'choiceGroup',
  'newChoiceGroup',
  'capacity',
  'rounds',
  'themes',
];

/** One room row of the venue form: its id when it exists already. */
export interface RoomRow {
  id: string | null;
  name: string;
  capacity: number | null;
  row: number;
}

/** How many room rows a posted venue form has (the highest `rooms.N.*` index + 1). */
export function roomRowCount(body: FormBody): number {
  const rows = Object.keys(body)
    .map((k) => /^rooms\.(\d+)\./.exec(k))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));
  return Math.min(rows.length ? Math.max(...rows) + 1 : 0, 200);
}

/** The venue form read: name, address and its room rows (numbers checked by `numbers`). */
export function venueFromForm(body: FormBody, numbers: NumberReader) {
  const rooms: RoomRow[] = [];
  for (let i = 0; i < roomRowCount(body); i++) {
    const capacity = numbers.read(text(body, `rooms.${i}.capacity`), `rooms.${i}.capacity`, true);
    rooms.push({
      id: optionalText(body, `rooms.${i}.id`),
      name: text(body, `rooms.${i}.name`).trim(),
      capacity,
      row: i,
    });
  }
  return { name: text(body, 'name').trim(), address: optionalText(body, 'address'), rooms };
}

/** The values of a stored venue for its form (or an empty one), with blank room rows after. */
export function venueValues(venue: EventVenue | null): FormValues {
  const values: FormValues = { name: venue?.name ?? '', address: venue?.address ?? '' };
  venue?.rooms.forEach((r, i) =>
    Object.assign(values, {
      [`rooms.${i}.id`]: r.id,
      [`rooms.${i}.name`]: r.name,
      [`rooms.${i}.capacity`]: r.capacity === null ? '' : String(r.capacity),
    }),
  );
  return values;
}

/** The session input a posted form stands for (blank fields as null; rounds 1 unless given). */
export function sessionFromForm(body: FormBody, numbers: NumberReader): Record<string, unknown> {
  return {
    kind: text(body, 'kind'),
    title: text(body, 'title').trim(),
    description: optionalText(body, 'description'),
    date: text(body, 'date').trim(),
    start: text(body, 'start').trim(),
    end: optionalText(body, 'end')?.trim() ?? null,
    venueId: optionalText(body, 'venueId'),
    roomId: optionalText(body, 'roomId'),
    choiceGroup: optionalText(body, 'choiceGroup'),
    capacity: numbers.read(text(body, 'capacity'), 'capacity', true),
    rounds: numbers.read(text(body, 'rounds'), 'rounds', true) ?? 1,
  };
}

/** The values of a stored session for its form (a new one starts on the event's first day). */
export function sessionValues(rec: EventRecord, s: EventSession | null): FormValues {
  if (!s) return { kind: 'workshop', date: rec.startDate, rounds: '1' };
  return {
    kind: s.kind,
    title: s.title,
    description: s.description ?? '',
    date: s.date,
    start: s.start,
    end: s.end ?? '',
    venueId: s.venueId ?? '',
    roomId: s.roomId ?? '',
    choiceGroup: s.choiceGroup ?? '',
    capacity: s.capacity === null ? '' : String(s.capacity),
    rounds: String(s.rounds),
    themes: s.themes.map((l) => l.theme),
  };
}

/** The posted values, to show the form again as it was sent. */
export const postedValues = (body: FormBody): FormValues =>
  Object.fromEntries(
    Object.keys(body)
      .filter((k) => k !== '_csrf')
      .map((k) => [k, Array.isArray(body[k]) ? checked(body, k) : text(body, k)]),
  );

/**
 * Places the record-wide issues of a failed save on the form: `<prefix>.<field>` on that
 * field (`renamed` maps record fields to form names), anything else on the whole form.
 */
export function programmeFailure(
  issues: FieldIssue[],
  prefix: string | null,
  renamed: (field: string) => string | null,
  order: string[],
): FormFailure {
  return formFailure(
    issues,
    (field) => {
      if (!prefix || !field.startsWith(`${prefix}.`)) return renamed(field);
      return renamed(field.slice(prefix.length + 1));
    },
    (n) => order.indexOf(n),
  );
}
