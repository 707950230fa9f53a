/**
 * Proper edge colourings of a bipartite graph whose left vertices (participants)
 * have exactly r edges, numbered q·r … q·r + r − 1, and whose right vertices
 * (sub-sessions, `sub[e]`) have at most r edges. Colours are rounds 0 … r − 1.
 */

/**
 * r = 2: every component is a path or an even cycle; walking it and
 * alternating the two colours is a proper colouring. The starting colour of
 * each component is chosen to honour the most wishes (a kept round weighs 3,
 * another wish 1). O(E).
 */
export function colourByWalks(
  edgeCount: number,
  sub: Int32Array,
  subCount: number,
  preferred: Int32Array,
  kept: Uint8Array,
): Int32Array {
  const atSub = new Int32Array(subCount * 2).fill(-1);
  for (let e = 0; e < edgeCount; e++) {
    const v = sub[e];
    atSub[v * 2 + (atSub[v * 2] < 0 ? 0 : 1)] = e;
  }
  const otherAtSub = (e: number): number => {
    const v = sub[e];
    return atSub[v * 2] === e ? atSub[v * 2 + 1] : atSub[v * 2];
  };
  const colour = new Int32Array(edgeCount).fill(-1);
  const walk: number[] = [];
  const colourWalk = (first: number): void => {
    walk.length = 0;
    // Leave the first edge through its participant, then alternate ends.
    let e = first;
    let throughParticipant = true;
    while (e >= 0 && colour[e] < 0) {
      colour[e] = 0;
      walk.push(e);
      e = throughParticipant ? e ^ 1 : otherAtSub(e);
      throughParticipant = !throughParticipant;
    }
    let agree = 0;
    walk.forEach((edge, i) => {
      const weight = kept[edge] === 1 ? 3 : 1;
      if (preferred[edge] >= 0) agree += preferred[edge] === i % 2 ? weight : -weight;
    });
    const shift = agree < 0 ? 1 : 0;
    walk.forEach((edge, i) => {
      colour[edge] = (i + shift) % 2;
    });
  };
  // Paths first, each from the sub-session end that has a single edge.
  for (let v = 0; v < subCount; v++) {
    if (atSub[v * 2] >= 0 && atSub[v * 2 + 1] < 0 && colour[atSub[v * 2]] < 0) colourWalk(atSub[v * 2]);
  }
  // What is left consists of even cycles.
  for (let e = 0; e < edgeCount; e++) if (colour[e] < 0) colourWalk(e);
  return colour;
}

/**
 * Any r: colour edges one by one; when no colour is free at both ends, swap
 * the two colours along the alternating path that starts at the sub-session
 * (Kempe chain; it cannot reach the participant, the graph being bipartite).
 * Kept rounds are placed first, then other wished-for rounds, then the rest.
 */
export function colourByAlternatingPaths(
  edgeCount: number,
  r: number,
  sub: Int32Array,
  subCount: number,
  preferred: Int32Array,
  kept: Uint8Array,
): Int32Array {
  const colour = new Int32Array(edgeCount).fill(-1);
  const atLeft = new Int32Array(edgeCount).fill(-1); // [q * r + c] = edge
  const atRight = new Int32Array(subCount * r).fill(-1); // [v * r + c] = edge
  const set = (e: number, c: number): void => {
    colour[e] = c;
    atLeft[Math.floor(e / r) * r + c] = e;
    atRight[sub[e] * r + c] = e;
  };
  for (const keptPass of [1, 0]) {
    for (let e = 0; e < edgeCount; e++) {
      const c = preferred[e];
      if (c < 0 || kept[e] !== keptPass || colour[e] >= 0) continue;
      if (atLeft[Math.floor(e / r) * r + c] < 0 && atRight[sub[e] * r + c] < 0) set(e, c);
    }
  }
  const chain: number[] = [];
  for (let e = 0; e < edgeCount; e++) {
    if (colour[e] >= 0) continue;
    const left = Math.floor(e / r) * r;
    const right = sub[e] * r;
    let a = -1;
    let b = -1;
    let both = -1;
    for (let c = 0; c < r && both < 0; c++) {
      const freeLeft = atLeft[left + c] < 0;
      const freeRight = atRight[right + c] < 0;
      if (freeLeft && freeRight) both = c;
      else if (freeLeft && a < 0) a = c;
      else if (freeRight && b < 0) b = c;
    }
    if (both >= 0) {
      set(e, both);
      continue;
    }
    // Walk a, b, a, … from the sub-session and swap the two colours on it.
    chain.length = 0;
    let edge = atRight[right + a];
    let viaLeft = true;
    while (edge >= 0) {
      chain.push(edge);
      edge = viaLeft
        ? atLeft[Math.floor(edge / r) * r + (colour[edge] === a ? b : a)]
        : atRight[sub[edge] * r + (colour[edge] === a ? b : a)];
      viaLeft = !viaLeft;
    }
    for (const x of chain) {
      atLeft[Math.floor(x / r) * r + colour[x]] = -1;
      atRight[sub[x] * r + colour[x]] = -1;
    }
    for (const x of chain) set(x, colour[x] === a ? b : a);
    set(e, a);
  }
  return colour;
}
