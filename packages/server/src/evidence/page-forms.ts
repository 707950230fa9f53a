import type { EvidenceDataset, EvidenceRun } from '@convivio/shared';
import type { EvidenceProblemView, MappingFormValues } from '@convivio/web';
import { AppError, type FieldIssue } from '../errors.ts';

type Body = Record<string, unknown>;

const one = (body: Body, name: string): string => {
  const v = body[name];
  const s: unknown = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : '';
};

const all = (body: Body, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
};

/** The mapping form's starting values: the dataset's mapping, else the suggested one; last run's options. */
export function initialFormValues(dataset: EvidenceDataset, lastRun: EvidenceRun | null): MappingFormValues {
  const m = dataset.mapping ?? dataset.suggestedMapping;
  const o = lastRun?.options;
  return {
    cellId: m?.cellId ?? '',
    x: m?.x ?? '',
    y: m?.y ?? '',
    cellSize: m?.cellSize != null ? String(m.cellSize) : '',
    area: m?.area ?? '',
    total: m?.total ?? '',
    year: m?.year ?? '',
    groups: m?.groups ?? [],
    bandwidths: (o?.bandwidths ?? [500, 1000]).join(', '),
    kernel: o?.kernel ?? 'triangular',
    compat: o?.compat ?? 'textbook',
    permutations: String(o?.permutations ?? 0),
    bootstrap: String(o?.bootstrap ?? 0),
    spatialPermutations: String(o?.spatialPermutations ?? 0),
    seed: String(o?.seed ?? 1),
    profile: (o?.profile ?? []).join(', '),
    decomposeBy: o?.decomposeBy ?? '',
    hotspots: o?.hotspots ?? false,
    runYear: '',
    public: lastRun?.public ?? dataset.public,
  };
}

/** The values as submitted, to show the form again after a problem. */
export function submittedValues(body: Body): MappingFormValues {
  return {
    cellId: one(body, 'cellId'),
    x: one(body, 'x'),
    y: one(body, 'y'),
    cellSize: one(body, 'cellSize'),
    area: one(body, 'area'),
    total: one(body, 'total'),
    year: one(body, 'year'),
    groups: all(body, 'groups'),
    bandwidths: one(body, 'bandwidths'),
    kernel: one(body, 'kernel'),
    compat: one(body, 'compat'),
    permutations: one(body, 'permutations'),
    bootstrap: one(body, 'bootstrap'),
    spatialPermutations: one(body, 'spatialPermutations'),
    seed: one(body, 'seed'),
    profile: one(body, 'profile'),
    decomposeBy: one(body, 'decomposeBy'),
    hotspots: ['true', 'on'].includes(one(body, 'hotspots')),
    runYear: one(body, 'runYear'),
    public: ['true', 'on'].includes(one(body, 'public')),
  };
}

/** Reads the mapping and run options from the form; numbers that are not numbers are problems. */
export function readMappingForm(values: MappingFormValues): {
  mapping: Record<string, unknown>;
  options: Record<string, unknown>;
  problems: FieldIssue[];
} {
  const problems: FieldIssue[] = [];
  const orNull = (s: string) => (s === '' ? null : s);
  let cellSize: number | null = null;
  if (values.cellSize !== '') {
    cellSize = Number(values.cellSize.replace(',', '.'));
    if (!Number.isFinite(cellSize))
      problems.push({ field: 'mapping.cellSize', message: `“${values.cellSize}” is not a number` });
  }
  const bandwidths: number[] = [];
  for (const part of values.bandwidths.split(/[,;\s]+/).filter(Boolean)) {
    const n = Number(part);
    if (Number.isFinite(n)) bandwidths.push(n);
    else problems.push({ field: 'options.bandwidths', message: `“${part}” is not a distance in metres` });
  }
  const profile: number[] = [];
  for (const part of values.profile.split(/[,;\s]+/).filter(Boolean)) {
    const n = Number(part);
    if (Number.isFinite(n)) profile.push(n);
    else problems.push({ field: 'options.profile', message: `“${part}” is not a distance in metres` });
  }
  const count = (name: 'permutations' | 'bootstrap' | 'spatialPermutations' | 'seed'): number | undefined => {
    const text = values[name];
    if (text === '') return undefined;
    const n = Number(text);
    if (!Number.isFinite(n)) problems.push({ field: `options.${name}`, message: `“${text}” is not a number` });
    return n;
  };
  const byId = values.cellId !== '';
  return {
    mapping: {
      cellId: orNull(values.cellId),
      x: byId ? null : orNull(values.x),
      y: byId ? null : orNull(values.y),
      cellSize: byId ? null : cellSize,
      area: orNull(values.area),
      total: orNull(values.total),
      year: orNull(values.year),
      groups: values.groups,
    },
    options: {
      bandwidths,
      kernel: values.kernel || undefined,
      compat: values.compat || undefined,
      permutations: count('permutations'),
      bootstrap: count('bootstrap'),
      spatialPermutations: count('spatialPermutations'),
      seed: count('seed'),
      profile,
      decomposeBy: orNull(values.decomposeBy),
      hotspots: values.hotspots,
      year: orNull(values.runYear),
    },
    problems,
  };
}

/** The problems an error stands for, when it is one a form shows (bad input); else null. */
export function formProblems(err: unknown): EvidenceProblemView[] | null {
  if (
    !(err instanceof AppError) ||
    !['validation_failed', 'unprocessable', 'bad_request', 'payload_too_large'].includes(err.code)
  )
    return null;
  return err.issues.length
    ? err.issues.map((i) => ({ field: i.field, message: i.message }))
    : [{ field: err.field ?? 'file', message: err.message }];
}
