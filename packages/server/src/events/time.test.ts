import { describe, expect, it } from 'vitest';
import { hhmm, isoWithOffset, minutesBetween, zonedToUtc, zoneOffsetMinutes } from './time.ts';

describe('event wall-clock times', () => {
  it('reads local times in the event zone, winter and summer', () => {
    expect(zonedToUtc('2018-11-07', '09:00', 'Europe/Rome').toISOString()).toBe('2018-11-07T08:00:00.000Z');
    expect(zonedToUtc('2018-07-07', '09:00', 'Europe/Rome').toISOString()).toBe('2018-07-07T07:00:00.000Z');
    expect(zonedToUtc('2018-11-07', '09:00', 'America/New_York').toISOString()).toBe('2018-11-07T14:00:00.000Z');
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2020, 0, 1))).toBe(330);
  });

  it('moves a time skipped by the spring change forward, and takes the first of a repeated time', () => {
    // 02:30 does not exist in Rome on 31 March 2024 (clocks jump from 02:00 to 03:00): it is read as 03:30 CEST.
    expect(zonedToUtc('2024-03-31', '02:30', 'Europe/Rome').toISOString()).toBe('2024-03-31T01:30:00.000Z');
    // 02:30 happens twice on 27 October 2024 (03:00 CEST goes back to 02:00 CET): the first is 02:30 CEST.
    expect(zonedToUtc('2024-10-27', '02:30', 'Europe/Rome').toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(zonedToUtc('2024-10-27', '03:30', 'Europe/Rome').toISOString()).toBe('2024-10-27T02:30:00.000Z');
  });

  it('writes ISO times with the offset, and durations as HH:MM', () => {
    expect(isoWithOffset('2018-11-07', '10:30', 'Europe/Rome')).toBe('2018-11-07T10:30:00+01:00');
    expect(isoWithOffset('2018-07-07', '10:30', 'America/Sao_Paulo')).toBe('2018-07-07T10:30:00-03:00');
    expect(minutesBetween('10:30', '12:30')).toBe(120);
    expect(minutesBetween('19:00', null)).toBe(0);
    expect(hhmm(125)).toBe('02:05');
  });
});
