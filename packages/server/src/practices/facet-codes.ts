import { FACETS, type IndexedPractice } from './facets.ts';

/**
 * Every facet's values integer-coded, so counting and filtering run over typed arrays:
 * for facet f, item i has the codes `codes[f][offsets[f][i] … offsets[f][i + 1] - 1]`,
 * and `values[f][code]` is the value's text.
 */
export interface FacetCodes {
  values: string[][];
  offsets: Int32Array[];
  codes: Int32Array[];
}

/** Encodes the facet values of every item (done once per index load). */
export function encodeFacets(items: IndexedPractice[]): FacetCodes {
  const values: string[][] = [];
  const offsets: Int32Array[] = [];
  const codes: Int32Array[] = [];
  for (const f of FACETS) {
    const dictionary = new Map<string, number>();
    const names: string[] = [];
    const off = new Int32Array(items.length + 1);
    const out: number[] = [];
    items.forEach((x, i) => {
      off[i] = out.length;
      const vs = f.value ? [f.value(x)] : f.values!(x);
      for (const v of vs) {
        if (v === null) continue;
        let code = dictionary.get(v);
        if (code === undefined) {
          code = names.length;
          dictionary.set(v, code);
          names.push(v);
        }
        if (!out.slice(off[i]).includes(code)) out.push(code);
      }
    });
    off[items.length] = out.length;
    values.push(names);
    offsets.push(off);
    codes.push(Int32Array.from(out));
  }
  return { values, offsets, codes };
}
