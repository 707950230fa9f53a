import type { EventRecord, EventSession } from '@convivio/shared';

/** A column group of a day's timetable: one room, or the sessions whose room the programme does not give. */
export interface TimetableGroup {
  /** The room's id; null for "room not given". */
  roomId: string | null;
  /** First grid column of the group (column 1 holds the times). */
  column: number;
  lanes: number;
}

/** A session's cell: grid lines (end exclusive). */
export interface TimetableCell {
  session: EventSession;
  row: [number, number];
  column: [number, number];
}

export interface TimetableLayout {
  groups: TimetableGroup[];
  /** The times that start a row (HH:MM), row n+2 for times[n] (row 1 holds the column heads). */
  times: string[];
  /** Rows where a session starts, for the time labels. */
  startRows: { time: string; row: number }[];
  cells: TimetableCell[];
  columns: number;
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const endOf = (s: EventSession) => (s.end ? minutes(s.end) : minutes(s.start) + 1);

/**
 * Lays out one day's sessions as a grid: rows by time (one per distinct start or end),
 * one column group per room used (in the order of the venues' rooms) and one for the
 * sessions without a room, last. Within a group, sessions at overlapping times get a
 * lane each, side by side; a session that overlaps nothing in its group spans the group.
 */
export function timetableLayout(rec: EventRecord, sessions: EventSession[]): TimetableLayout {
  const times = [...new Set(sessions.flatMap((s) => (s.end ? [s.start, s.end] : [s.start])))].sort();
  const rowOf = (t: string) => times.indexOf(t) + 2;
  const roomOrder = rec.venues.flatMap((v) => v.rooms.map((r) => r.id));
  const keys = [...new Set(sessions.map((s) => s.roomId))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : roomOrder.indexOf(a) - roomOrder.indexOf(b),
  );
  const groups: TimetableGroup[] = [];
  const lanesOf = new Map<EventSession, { lane: number; span: boolean }>();
  let column = 2;
  for (const key of keys) {
    const members = sessions
      .filter((s) => s.roomId === key)
      .sort((a, b) => minutes(a.start) - minutes(b.start) || sessions.indexOf(a) - sessions.indexOf(b));
    let lanes = 1;
    // Clusters of sessions overlapping one another (directly or through others).
    let cluster: EventSession[] = [];
    let clusterEnd = -1;
    const close = () => {
      if (cluster.length === 1) lanesOf.set(cluster[0]!, { lane: 0, span: true });
      else {
        const laneEnds: number[] = [];
        for (const s of cluster) {
          let lane = laneEnds.findIndex((end) => end <= minutes(s.start));
          if (lane < 0) lane = laneEnds.push(0) - 1;
          laneEnds[lane] = endOf(s);
          lanesOf.set(s, { lane, span: false });
        }
        lanes = Math.max(lanes, laneEnds.length);
      }
      cluster = [];
    };
    for (const s of members) {
      if (cluster.length && minutes(s.start) >= clusterEnd) close();
      cluster.push(s);
      clusterEnd = Math.max(clusterEnd, endOf(s));
    }
    if (cluster.length) close();
    groups.push({ roomId: key, column, lanes });
    column += lanes;
  }
  const cells = sessions.map((s): TimetableCell => {
    const g = groups.find((x) => x.roomId === s.roomId)!;
    const { lane, span } = lanesOf.get(s)!;
    const start = rowOf(s.start);
    return {
      session: s,
      row: [start, s.end ? Math.max(rowOf(s.end), start + 1) : start + 1],
      column: span ? [g.column, g.column + g.lanes] : [g.column + lane, g.column + lane + 1],
    };
  });
  const startRows = times.filter((t) => sessions.some((s) => s.start === t)).map((t) => ({ time: t, row: rowOf(t) }));
  return { groups, times, startRows, cells, columns: column - 1 };
}
