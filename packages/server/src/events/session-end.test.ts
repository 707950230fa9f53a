import { describe, expect, it } from 'vitest';
import { zEventRecord } from '@convivio/shared';
import { sessionEnd } from './session-end.ts';

const rec = zEventRecord.parse({
  id: 'event-t',
  name: 'T',
  timezone: 'Europe/Rome',
  startDate: '2024-01-01',
  endDate: '2024-01-02',
  language: 'en',
  sessions: [
    { id: 'session-t-a', kind: 'other', title: 'Registration', date: '2024-01-01', start: '08:30' },
    { id: 'session-t-b', kind: 'plenary', title: 'Opening', date: '2024-01-01', start: '09:15', end: '10:00' },
    { id: 'session-t-c', kind: 'social', title: 'Dinner', date: '2024-01-01', start: '19:00' },
    { id: 'session-t-d', kind: 'social', title: 'Late', date: '2024-01-02', start: '23:30' },
  ],
});
const end = (i: number) => sessionEnd(rec, rec.sessions[i]);

describe('the end of a session', () => {
  it('is the stated end when there is one', () => expect(end(1)).toBe('10:00'));
  it('is the start of the next session that day when none is stated', () => expect(end(0)).toBe('09:15'));
  it('is an hour after the start when nothing follows, at most 23:59', () => {
    expect(end(2)).toBe('20:00');
    expect(end(3)).toBe('23:59');
  });
});
