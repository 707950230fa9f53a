import type { AreaResult } from './evidence.ts';

/**
 * One index of a run's results, named by a stable key:
 * `population`, `cells`, `multigroup.<index>`, `group.<group>.<index>`,
 * `spatial.<i>.multigroup.<index>` or `spatial.<i>.group.<group>.<index>`
 * (i: position in the run's list of kernels/bandwidths).
 */
export interface IndexRef {
  key: string;
  /** The index name as the engine reports it (e.g. `dissimilarity`), or `population` / `cells`. */
  index: string;
  /** The group for single-group indices, else null. */
  group: string | null;
  /** The kernel and bandwidth for spatial indices, else null. */
  spatial: { kernel: string; bandwidth: number; compat: string } | null;
}

type Numbers = Record<string, number | null | undefined>;

function spatialAt(
  area: AreaResult,
  i: number,
): { kernel: string; bandwidth: number; compat: string; groups: Record<string, Numbers>; multigroup: Numbers } | null {
  const s = area.spatial[i] as
    | { kernel?: unknown; bandwidth?: unknown; compat?: unknown; groups?: unknown; multigroup?: unknown }
    | undefined;
  if (!s || typeof s.bandwidth !== 'number') return null;
  return {
    kernel: String(s.kernel),
    bandwidth: s.bandwidth,
    compat: String(s.compat),
    groups: (s.groups ?? {}) as Record<string, Numbers>,
    multigroup: (s.multigroup ?? {}) as Numbers,
  };
}

/** Every index present in a run's results (taken from the first area, ALL), in a stable order. */
export function listIndices(areas: readonly AreaResult[]): IndexRef[] {
  const first = areas[0];
  if (!first) return [];
  const refs: IndexRef[] = [
    { key: 'population', index: 'population', group: null, spatial: null },
    { key: 'cells', index: 'cells', group: null, spatial: null },
  ];
  for (const index of Object.keys(first.multigroup))
    refs.push({ key: `multigroup.${index}`, index, group: null, spatial: null });
  for (const [group, values] of Object.entries(first.groups)) {
    for (const index of Object.keys(values)) refs.push({ key: `group.${group}.${index}`, index, group, spatial: null });
  }
  first.spatial.forEach((_, i) => {
    const s = spatialAt(first, i);
    if (!s) return;
    const spatial = { kernel: s.kernel, bandwidth: s.bandwidth, compat: s.compat };
    for (const index of Object.keys(s.multigroup))
      refs.push({ key: `spatial.${i}.multigroup.${index}`, index, group: null, spatial });
    for (const [group, values] of Object.entries(s.groups)) {
      for (const index of Object.keys(values))
        refs.push({ key: `spatial.${i}.group.${group}.${index}`, index, group, spatial });
    }
  });
  return refs;
}

/** The value of an index (by key) for one area; null when absent or not a finite number. */
export function indexValue(area: AreaResult, key: string): number | null {
  const parts = key.split('.');
  let v: unknown;
  if (key === 'population') v = area.population;
  else if (key === 'cells') v = area.cells;
  else if (parts[0] === 'multigroup') v = area.multigroup[parts.slice(1).join('.')];
  else if (parts[0] === 'group') v = area.groups[parts[1] ?? '']?.[parts.slice(2).join('.')];
  else if (parts[0] === 'spatial') {
    const s = spatialAt(area, Number(parts[1]));
    if (s && parts[2] === 'multigroup') v = s.multigroup[parts.slice(3).join('.')];
    else if (s && parts[2] === 'group') v = s.groups[parts[3] ?? '']?.[parts.slice(4).join('.')];
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The key ranking tables start from: the multigroup information theory index (Theil's H), else the first index. */
export function defaultIndexKey(refs: readonly IndexRef[]): string {
  return (
    (
      refs.find((r) => r.key === 'multigroup.information_theory') ??
      refs.find((r) => r.key.startsWith('multigroup.')) ??
      refs[0]
    )?.key ?? 'population'
  );
}
