import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zEventRecord } from '@convivio/shared';
import { BUNDLED_DATASET } from '../src/bootstrap.ts';

const events = (JSON.parse(fs.readFileSync(BUNDLED_DATASET, 'utf8')).events as unknown[]).map((e) =>
  zEventRecord.parse(e),
);
const milan = events.find((e) => e.id === 'event-icc-milan-2018')!;

describe('rooms in the bundled programmes', () => {
  it('places a session only in a room of its own venue', () => {
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      for (const s of e.sessions.filter((x) => x.roomId !== null)) {
        const venue = e.venues.find((v) => v.id === s.venueId);
        expect(
          venue?.rooms.map((r) => r.id),
          s.id,
        ).toContain(s.roomId);
      }
  });

  it('leaves the room empty where the Milan programme names none (every workshop; the corner spreads over two floors)', () => {
    const workshops = milan.sessions.filter((s) => s.kind === 'workshop');
    expect(workshops).toHaveLength(8);
    for (const w of workshops) expect(w.roomId, w.id).toBeNull();
    const corner = milan.sessions.find((s) => s.kind === 'projects-corner')!;
    expect(corner.roomId).toBeNull();
    expect(corner.notes).toContain('ground floor and first floor');
    expect(corner.additionalSources.map((s) => s.section).join(' ')).toContain('Where');
    // The two floors the corner handout names are the venue's rooms, with their source.
    const venue = milan.venues.find((v) => v.id === corner.venueId)!;
    expect(venue.rooms.map((r) => r.name)).toEqual(['Ground floor', 'First floor']);
    expect(venue.additionalSources.map((s) => s.section)).toContain('Projects and best practices corner — Where');
  });
});
