import { computeEnvironmentSync, type EnvironmentRequest } from './environment.ts';
import { cellAt, type Grid, type Scope } from './grid.ts';
import { localHotspots, type HotspotOptions } from './hotspots.ts';
import { buildStencil } from './kernels.ts';
import { roundHalfEven } from './numeric.ts';
import { resolveOptions, type IndicatorOptions, type ResolvedOptions } from './options.ts';
import { type Environments } from './spatial-textbook.ts';
import { allocFloat64 } from './typed.ts';

/**
 * Per-cell layers. For each group g: `share_g` = x/total, `lq_g` = (x_g / Σgroups) / P_g
 * (location quotient, PySAL's MultiLocationQuotient); then over the groups: `diversity`
 * (−Σ p ln p), `entropy_norm` (diversity / ln K), `simpson_concentration` (Σ p²) and
 * `simpson_interaction` (Σ p(1−p)). The same again on kernel-smoothed counts per bandwidth,
 * suffixed `_<bandwidth>m`. P_g is the composition of the cell's area (or of all cells).
 */
export interface LocalLayers {
  readonly grid: Grid;
  readonly names: readonly string[];
  /** Writes the values of every layer for cell i into out[0 .. names.length). */
  fill(i: number, out: Float64Array): void;
  /** One layer over all cells. */
  column(name: string): Float64Array;
}

interface SmoothedLayer {
  bandwidth: number;
  env: Environments;
  /** Reference composition per reference scope, K values each. */
  reference: Float64Array;
}

/** Plans and holds the local layers; environments are filled through `requests`. */
export class LocalLayerPlan implements LocalLayers {
  readonly grid: Grid;
  readonly names: string[];
  readonly options: ResolvedOptions;
  readonly requests: EnvironmentRequest[] = [];
  private readonly refScopes: readonly Scope[];
  private readonly reference: Float64Array;
  private readonly smoothed: SmoothedLayer[] = [];
  private readonly pysal: boolean;
  /** Hot-spot layers (options.hotspots), after the composition layers. */
  private readonly extra: Float64Array[] = [];

  constructor(grid: Grid, options: IndicatorOptions = {}, defaultThreads = 1) {
    this.grid = grid;
    this.options = resolveOptions(options, defaultThreads);
    this.pysal = this.options.compat === 'pysal';
    const perArea = this.options.areas && grid.areaOf !== null;
    this.refScopes = perArea ? grid.scopes.slice(1) : grid.scopes.slice(0, 1);
    this.reference = this.compositions(grid.counts, this.refScopes);
    const suffixes = ['', ...this.options.bandwidths.map((b) => `_${b}m`)];
    this.names = suffixes.flatMap((sfx) => [
      ...grid.groups.map((g) => `share_${g}${sfx}`),
      ...grid.groups.map((g) => `lq_${g}${sfx}`),
      `diversity${sfx}`,
      `entropy_norm${sfx}`,
      `simpson_concentration${sfx}`,
      `simpson_interaction${sfx}`,
    ]);
    const envScopes = perArea && this.options.environmentScope === 'area' ? this.refScopes : grid.scopes.slice(0, 1);
    for (const bandwidth of this.options.bandwidths) {
      const stencil = buildStencil(this.options.kernel, bandwidth, grid.cellSize, this.options.compat);
      const env: Environments = {
        groups: grid.groups.map(() => allocFloat64(grid.cellCount)),
        total: allocFloat64(grid.cellCount),
      };
      const sources = [...grid.counts, grid.total];
      const targets = [...env.groups, env.total as Float64Array];
      for (const scope of envScopes) this.requests.push({ grid, scope, stencil, sources, targets });
      this.smoothed.push({ bandwidth, env, reference: this.reference });
    }
  }

  /** Call once the requests' environments are computed. */
  finish(): void {
    for (const layer of this.smoothed) {
      if (!this.pysal) continue;
      const { groups, total } = layer.env;
      for (let i = 0; i < this.grid.cellCount; i++) {
        for (const g of groups) g[i] = roundHalfEven(g[i]);
        (total as Float64Array)[i] = roundHalfEven((total as Float64Array)[i]);
      }
      layer.reference = this.compositions(groups, this.refScopes);
    }
    if (this.options.hotspots !== null) this.addHotspots(this.options.hotspots);
  }

  /**
   * Local Moran's I and Gi* of each group's location quotient (`lq_<g>`) over the cells with
   * people, queen contiguity or a distance band: `lisa_<g>`, `lisa_p_<g>`, `lisa_cluster_<g>`
   * (1 HH, 2 LH, 3 LL, 4 HL where significant after Benjamini–Hochberg, else 0),
   * `gistar_<g>` (z-score), `gistar_p_<g>`, `gistar_hotspot_<g>` (+1 hot, −1 cold, 0).
   */
  private addHotspots(options: HotspotOptions): void {
    const grid = this.grid;
    const lq = grid.groups.map((g) => this.column(`lq_${g}`));
    const member = new Uint8Array(grid.cellCount);
    for (let i = 0; i < grid.cellCount; i++) {
      let tg = 0;
      for (const c of grid.counts) tg += c[i];
      member[i] = tg > 0 ? 1 : 0;
    }
    for (const v of lq) for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) v[i] = 0;
    const { variables } = localHotspots(grid, lq, member, options);
    grid.groups.forEach((g, k) => {
      const h = variables[k];
      const layers: [string, Float64Array][] = [
        [`lisa_${g}`, h.localI],
        [`lisa_p_${g}`, h.localP],
        [`lisa_cluster_${g}`, h.localCluster],
        [`gistar_${g}`, h.giZ],
        [`gistar_p_${g}`, h.giP],
        [`gistar_hotspot_${g}`, h.giClass],
      ];
      for (const [name, values] of layers) {
        this.names.push(name);
        this.extra.push(values);
      }
    });
  }

  fill(i: number, out: Float64Array): void {
    const K = this.grid.counts.length;
    const ref = this.refIndex(i) * K;
    let j = this.composition(this.grid.counts, this.grid.total[i], i, this.reference, ref, out, 0);
    for (const layer of this.smoothed) {
      j = this.composition(layer.env.groups, (layer.env.total as Float64Array)[i], i, layer.reference, ref, out, j);
    }
    for (const values of this.extra) out[j++] = values[i];
  }

  column(name: string): Float64Array {
    const at = this.names.indexOf(name);
    const base = this.names.length - this.extra.length;
    if (at >= base) return Float64Array.from(this.extra[at - base]);
    if (at < 0) throw new Error(`no layer '${name}' (layers: ${this.names.join(', ')})`);
    const out = new Float64Array(this.grid.cellCount);
    const row = new Float64Array(this.names.length);
    for (let i = 0; i < this.grid.cellCount; i++) {
      this.fill(i, row);
      out[i] = row[at];
    }
    return out;
  }

  private refIndex(i: number): number {
    return this.refScopes.length > 1 && this.grid.areaOf !== null ? this.grid.areaOf[i] : 0;
  }

  /** Writes the 2K + 4 layers of one set of counts; returns the next output index. */
  private composition(
    counts: readonly Float64Array[],
    total: number,
    i: number,
    reference: Float64Array,
    ref: number,
    out: Float64Array,
    j: number,
  ): number {
    const K = counts.length;
    let tg = 0;
    for (let k = 0; k < K; k++) tg += counts[k][i];
    for (let k = 0; k < K; k++) out[j++] = total > 0 ? counts[k][i] / total : NaN;
    for (let k = 0; k < K; k++) out[j++] = tg > 0 ? counts[k][i] / tg / reference[ref + k] : NaN;
    if (!(tg > 0)) {
      const empty = this.pysal ? 0 : NaN;
      for (let q = 0; q < 4; q++) out[j++] = empty;
      return j;
    }
    let ent = 0;
    let conc = 0;
    for (let k = 0; k < K; k++) {
      const p = counts[k][i] / tg;
      if (p > 0) ent -= p * Math.log(p);
      conc += p * p;
    }
    let inter = 0;
    for (let k = 0; k < K; k++) {
      const p = counts[k][i] / tg;
      inter += p * (1 - p);
    }
    out[j++] = ent;
    out[j++] = ent / Math.log(K);
    out[j++] = conc;
    out[j++] = inter;
    return j;
  }

  /** Group composition (P_k over the groups) of each scope. */
  private compositions(counts: readonly Float64Array[], scopes: readonly Scope[]): Float64Array {
    const K = counts.length;
    const out = new Float64Array(scopes.length * K);
    scopes.forEach((scope, a) => {
      let sum = 0;
      for (let s = 0; s < scope.count; s++) {
        const i = cellAt(scope, s);
        for (let k = 0; k < K; k++) out[a * K + k] += counts[k][i];
      }
      for (let k = 0; k < K; k++) sum += out[a * K + k];
      for (let k = 0; k < K; k++) out[a * K + k] /= sum;
    });
    return out;
  }
}

/** Computes the local layers on the calling thread (see computeLocalLayers). */
export function computeLocalLayersSync(grid: Grid, options: IndicatorOptions = {}): LocalLayers {
  const plan = new LocalLayerPlan(grid, options);
  for (const req of plan.requests) computeEnvironmentSync(req);
  plan.finish();
  return plan;
}
