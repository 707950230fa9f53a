import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, icsUtc } from './ical.ts';

describe('iCalendar writing (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes UTC times from local times in the event zone, across a daylight-saving change', () => {
    const cal = icsCalendar({
      name: 'T',
      timezone: 'Europe/Rome',
      stamp: new Date(Date.UTC(2024, 0, 1)),
      entries: [
        {
          uid: 'a@x',
          date: '2024-03-30',
          start: '10:00',
          end: '11:00',
          summary: 'Winter',
          description: null,
          location: null,
          categories: [],
        },
        {
          uid: 'b@x',
          date: '2024-03-31',
          start: '10:00',
          end: '12:30',
          summary: 'Summer',
          description: null,
          location: null,
          categories: ['plenary', 'a,b'],
        },
      ],
    });
    const lines = cal.split('\r\n');
    expect(lines).toContain('DTSTART:20240330T090000Z');
    expect(lines).toContain('DTSTART:20240331T080000Z');
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual(['DTEND:20240330T100000Z', 'DTEND:20240331T103000Z']);
    expect(lines).toContain('CATEGORIES:plenary,a\\,b');
    expect(lines).toContain('DTSTAMP:20240101T000000Z');
    expect(cal.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(icsUtc(new Date('2018-11-07T08:00:00.123Z'))).toBe('20181107T080000Z');
  });
});
