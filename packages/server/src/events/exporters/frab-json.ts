import type { Schedule } from './schedule.ts';

/**
 * The schedule in the Frab/pretalx JSON structure (c3voc schedule schema):
 * `schedule` → `conference` → `days[]` → `rooms{name: [talks]}`.
 */
export function frabJson(s: Schedule): Record<string, unknown> {
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'convivio', version: '1.0' },
    schedule: {
      url: s.url,
      version: s.version,
      base_url: s.baseUrl,
      conference: {
        acronym: s.acronym,
        title: s.title,
        start: s.start,
        end: s.end,
        daysCount: s.days.length,
        timeslot_duration: '00:05',
        time_zone_name: s.timezone,
        rooms: s.rooms.map((r) => ({ name: r.name, guid: r.guid })),
        days: s.days.map((d) => ({
          index: d.index,
          date: d.date,
          day_start: d.dayStart,
          day_end: d.dayEnd,
          rooms: Object.fromEntries(
            [...d.rooms].map(([room, talks]) => [
              room,
              talks.map((t) => ({
                guid: t.guid,
                id: t.id,
                logo: null,
                date: t.date,
                start: t.start,
                duration: t.duration,
                room: t.room,
                slug: t.slug,
                url: t.url,
                title: t.title,
                subtitle: t.subtitle,
                track: t.track,
                type: t.type,
                language: t.language,
                abstract: t.abstract,
                description: t.description,
                recording_license: '',
                do_not_record: true,
                persons: t.persons,
                links: t.links,
                attachments: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
}
