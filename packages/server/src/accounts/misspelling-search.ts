/**
 * The password estimator's search for a misspelt dictionary word, answered from an index.
 *
 * zxcvbn (`@zxcvbn-ts/core`) looks for the first word of a ranked dictionary, in the order of
 * `Object.keys`, within a few edits of the whole password: `findLevenshteinDistance` in its
 * `utils/levenshtein`. It compares the password with every word of every dictionary, several
 * times per estimate (the password, reversed, its l33t readings, the word-sequence matcher's
 * copies), about half a second of processor time per estimate. `findMisspelling` gives the same
 * answer from the dictionary's words sorted once: it walks them as a trie, edit-distance row by
 * row, and leaves a branch as soon as no word under it can be near enough.
 *
 * zxcvbn's rule, kept exactly: for a password of n characters and a word of L, the edits allowed
 * are ceil(n / 4) when n ≤ L or n ≤ the threshold, else the threshold; a word counts when the
 * lengths differ by no more than that and the edit distance (Levenshtein, on UTF-16 code units)
 * is no more. The first such word in key order wins; an empty word found first means no match.
 */

/** What zxcvbn's search returns: the distance and the word, or nothing. */
export type MisspellingFound = { levenshteinDistance: number; levenshteinDistanceEntry: string } | Record<never, never>;

/** Words of one length sorted by code units, each with its place in key order and the prefix it shares with the one before. */
interface SortedWords {
  words: string[];
  keyOrder: Int32Array;
  sharedPrefix: Int32Array;
}

/** A dictionary's words by length: their places in key order, sorted by word on first use. */
type Index = Map<number, number[] | SortedWords>;

const indexes = new WeakMap<object, { keys: string[]; byLength: Index }>();

/** The index of a ranked dictionary; built once per dictionary object (zxcvbn never changes one after building it). */
function dictionaryIndex(dictionary: object): { keys: string[]; byLength: Index } {
  let index = indexes.get(dictionary);
  if (index) return index;
  const keys = Object.keys(dictionary);
  const byLength: Index = new Map();
  keys.forEach((key, i) => {
    const same = byLength.get(key.length) as number[] | undefined;
    if (same) same.push(i);
    else byLength.set(key.length, [i]);
  });
  index = { keys, byLength };
  indexes.set(dictionary, index);
  return index;
}

/** The words of one length, sorted: sorted once, the first time a password needs them. */
function wordsOfLength(index: { keys: string[]; byLength: Index }, length: number): SortedWords {
  const entry = index.byLength.get(length)!;
  if (!Array.isArray(entry)) return entry;
  const { keys } = index;
  const places = entry.sort((a, b) => compareCodeUnits(keys[a]!, keys[b]!));
  const words = places.map((i) => keys[i]!);
  const sharedPrefix = new Int32Array(words.length);
  for (let i = 1; i < words.length; i++) sharedPrefix[i] = commonPrefix(words[i - 1]!, words[i]!);
  const sorted = { words, keyOrder: Int32Array.from(places), sharedPrefix };
  index.byLength.set(length, sorted);
  return sorted;
}

const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The edits zxcvbn allows between a password of `n` characters and a word of `length`. */
const allowedEdits = (n: number, length: number, threshold: number) =>
  n <= length || n <= threshold ? Math.ceil(n / 4) : threshold;

/** The first word of `dictionary` (in key order) within zxcvbn's allowed edits of `password`, as its `findLevenshteinDistance` answers. */
export function findMisspelling(password: string, dictionary: object, threshold: number): MisspellingFound {
  const n = password.length;
  const index = dictionaryIndex(dictionary);
  const codes = new Int32Array(n);
  for (let j = 0; j < n; j++) codes[j] = password.charCodeAt(j);
  let best: Found | null = null;
  for (const length of index.byLength.keys()) {
    const allowed = allowedEdits(n, length, threshold);
    if (Math.abs(n - length) > allowed) continue;
    const found = firstWithin(codes, wordsOfLength(index, length), allowed, best ? best.keyOrder : Infinity);
    if (found) best = found;
  }
  // zxcvbn tests the word it found for truth: an empty word found first counts as none.
  if (!best || best.word === '') return {};
  return { levenshteinDistance: best.distance, levenshteinDistanceEntry: best.word };
}

interface Found {
  word: string;
  distance: number;
  keyOrder: number;
}

/**
 * The word of `sorted` (all of one length) earliest in key order, and before `before`, within
 * `allowed` edits of the password's `codes`: the words walked as a trie, one row of edit distances
 * per character, a branch left as soon as no word of this length under it can be within `allowed`.
 */
function firstWithin(codes: Int32Array, sorted: SortedWords, allowed: number, before: number): Found | null {
  const { words, keyOrder, sharedPrefix } = sorted;
  const n = codes.length;
  const width = n + 1;
  const length = words[0]!.length;
  // rows[k * width + j]: the edit distance between the first k characters of the word and the first j of the password.
  const rows = new Int32Array((length + 1) * width);
  for (let j = 0; j <= n; j++) rows[j] = j;
  let found: Found | null = null;
  let limit = before;
  // How many rows are computed for the prefix the current word shares with the last one walked.
  let valid = 0;
  let i = 0;
  while (i < words.length) {
    valid = Math.min(valid, sharedPrefix[i]!);
    if (keyOrder[i]! >= limit) {
      i++;
      continue;
    }
    const word = words[i]!;
    let pruned = 0;
    for (let k = valid + 1; k <= length; k++) {
      const code = word.charCodeAt(k - 1);
      const above = (k - 1) * width;
      const here = k * width;
      // The least distance any word of this length with this prefix can have: the row's distance
      // plus the difference between what is left of the word and of the password.
      const left = length - k - n;
      rows[here] = k;
      let smallest = k + Math.abs(left);
      for (let j = 1; j <= n; j++) {
        const substitute = rows[above + j - 1]! + (codes[j - 1] === code ? 0 : 1);
        const remove = rows[above + j]! + 1;
        const insert = rows[here + j - 1]! + 1;
        const d = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
        rows[here + j] = d;
        const least = d + Math.abs(left + j);
        if (least < smallest) smallest = least;
      }
      valid = k;
      if (smallest > allowed) {
        pruned = k;
        break;
      }
    }
    if (pruned) {
      // Every word sharing these `pruned` characters is too far: skip past them.
      valid = pruned - 1;
      i++;
      while (i < words.length && sharedPrefix[i]! >= pruned) i++;
      continue;
    }
    const distance = rows[length * width + n]!;
    if (distance <= allowed) {
      found = { word, distance, keyOrder: keyOrder[i]! };
      limit = keyOrder[i]!;
    }
    i++;
  }
  return found;
}
