import type { ValidationIssue } from './errors.ts';
import type { ChoicePointSpec, SessionSpec } from './types.ts';
import { childPath, describeType, indexPath, isRecord } from './json-path.ts';

/** Session ids of one valid choice point, for checking references to it. */
export interface KnownChoicePoint {
  spec: ChoicePointSpec;
  /** Undefined when `rounds` itself is invalid (already reported). */
  rounds: number | undefined;
  /** Undefined when `sessions` itself is missing or invalid (already reported). */
  sessionIds: Set<string> | undefined;
}

/** Reads a required non-empty string field, reporting a problem at its path. */
export function readId(record: Record<string, unknown>, path: string, issues: ValidationIssue[]): string | undefined {
  const value = record.id;
  const at = childPath(path, 'id');
  if (value === undefined) issues.push({ path: at, message: 'is required' });
  else if (typeof value !== 'string' || value.trim() === '') {
    issues.push({ path: at, message: `must be a non-empty string, got ${describeType(value)}` });
  } else return value;
  return undefined;
}

function readSessions(raw: unknown, path: string, issues: ValidationIssue[]): SessionSpec[] | undefined {
  if (raw === undefined) {
    issues.push({ path, message: 'is required' });
    return undefined;
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.push({ path, message: `must be a non-empty array of sessions, got ${describeType(raw)}` });
    return undefined;
  }
  const sessions: SessionSpec[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item: unknown, index) => {
    const at = indexPath(path, index);
    if (!isRecord(item)) {
      issues.push({ path: at, message: `must be an object, got ${describeType(item)}` });
      return;
    }
    const id = readId(item, at, issues);
    const capacity = item.capacity;
    const capAt = childPath(at, 'capacity');
    let capacityOk = false;
    if (capacity === undefined) issues.push({ path: capAt, message: 'is required' });
    else if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
      issues.push({ path: capAt, message: `must be a non-negative integer, got ${describeType(capacity)}` });
    } else capacityOk = true;
    if (id === undefined) return;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push({ path: childPath(at, 'id'), message: `duplicate session id '${id}' (also at index ${earlier})` });
      return;
    }
    seen.set(id, index);
    // An invalid capacity is already reported; keep the id so references to it stay checkable.
    sessions.push({ id, capacity: capacityOk ? (capacity as number) : 0 });
  });
  return sessions;
}

/** Checks `choicePoints`; returns the valid ones keyed by id. */
export function validateChoicePoints(raw: unknown, issues: ValidationIssue[]): Map<string, KnownChoicePoint> {
  const known = new Map<string, KnownChoicePoint>();
  const path = 'choicePoints';
  if (raw === undefined) {
    issues.push({ path, message: 'is required' });
    return known;
  }
  if (!Array.isArray(raw)) {
    issues.push({ path, message: `must be an array, got ${describeType(raw)}` });
    return known;
  }
  const seen = new Map<string, number>();
  raw.forEach((item: unknown, index) => {
    const at = indexPath(path, index);
    if (!isRecord(item)) {
      issues.push({ path: at, message: `must be an object, got ${describeType(item)}` });
      return;
    }
    const id = readId(item, at, issues);
    let rounds: number | undefined = 1;
    if (item.rounds !== undefined) {
      const r = item.rounds;
      if (typeof r !== 'number' || !Number.isInteger(r) || r < 1) {
        issues.push({ path: childPath(at, 'rounds'), message: `must be an integer ≥ 1, got ${describeType(r)}` });
        rounds = undefined;
      } else rounds = r;
    }
    const sessions = readSessions(item.sessions, childPath(at, 'sessions'), issues);
    if (id === undefined) return;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push({
        path: childPath(at, 'id'),
        message: `duplicate choice point id '${id}' (also at index ${earlier})`,
      });
      return;
    }
    seen.set(id, index);
    const spec: ChoicePointSpec = { id, rounds: rounds ?? 1, sessions: sessions ?? [] };
    const sessionIds = sessions === undefined ? undefined : new Set(sessions.map((s) => s.id));
    known.set(id, { spec, rounds, sessionIds });
  });
  return known;
}
