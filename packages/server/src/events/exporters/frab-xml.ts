import type { Schedule, ScheduleTalk } from './schedule.ts';

// Characters XML 1.0 does not allow at all (control characters other than tab, LF, CR).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML element content and attribute values (and drops characters XML forbids). */
export function xmlEscape(value: string | number | boolean | null | undefined): string {
  return String(value ?? '')
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const el = (name: string, value: string | number | boolean | null | undefined) =>
  value === null || value === undefined || value === '' ? `<${name}/>` : `<${name}>${xmlEscape(value)}</${name}>`;

function talkXml(t: ScheduleTalk): string {
  const persons = t.persons
    .map((p) => `<person id="${p.id}" guid="${p.guid}">${xmlEscape(p.public_name)}</person>`)
    .join('');
  const links = t.links.map((l) => `<link href="${xmlEscape(l.url)}">${xmlEscape(l.title)}</link>`).join('');
  return [
    `      <event guid="${t.guid}" id="${t.id}">`,
    `        ${el('date', t.date)}${el('start', t.start)}${el('duration', t.duration)}${el('room', t.room)}${el('slug', t.slug)}${el('url', t.url)}`,
    `        <recording><license/><optout>true</optout></recording>`,
    `        ${el('title', t.title)}${el('subtitle', t.subtitle)}${el('track', t.track)}${el('type', t.type)}${el('language', t.language)}`,
    `        ${el('abstract', t.abstract)}${el('description', t.description)}<logo/>`,
    `        <persons>${persons}</persons><links>${links}</links><attachments/>`,
    '      </event>',
  ].join('\n');
}

/** The schedule as Frab schedule.xml (the structure Giggity and ConfClerk read). */
export function frabXml(s: Schedule): string {
  const days = s.days.map((d) =>
    [
      `  <day index="${d.index}" date="${d.date}" start="${d.dayStart}" end="${d.dayEnd}">`,
      ...[...d.rooms].map(([room, talks]) => {
        const guid = s.rooms.find((r) => r.name === room)?.guid ?? '';
        return [`    <room name="${xmlEscape(room)}" guid="${guid}">`, ...talks.map(talkXml), '    </room>'].join('\n');
      }),
      '  </day>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '  <generator name="convivio" version="1.0"/>',
    `  ${el('version', s.version)}`,
    '  <conference>',
    `    ${el('acronym', s.acronym)}${el('title', s.title)}${el('start', s.start)}${el('end', s.end)}`,
    `    ${el('days', s.days.length)}${el('timeslot_duration', '00:05')}${el('base_url', s.baseUrl)}${el('time_zone_name', s.timezone)}`,
    '  </conference>',
    ...days,
    '</schedule>',
    '',
  ].join('\n');
}
