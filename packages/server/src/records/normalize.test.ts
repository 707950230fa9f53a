import { describe, expect, it } from 'vitest';
import { blanksToNull } from './normalize.ts';

describe('blanksToNull', () => {
  it('turns blank strings and N/A into null, dropping them from arrays', () => {
    expect(
      blanksToNull({
        a: ' ',
        b: ['n/a', 'x', null, [' ', 'NA.', 'y']],
        c: { d: '', e: 0, f: false, g: 'NA' },
        h: 'kept',
      }),
    ).toEqual({ a: null, b: ['x', ['y']], c: { d: null, e: 0, f: false, g: null }, h: 'kept' });
    expect(blanksToNull('  ')).toBeNull();
    expect(blanksToNull(7)).toBe(7);
  });

  it('keeps a "__proto__" key as data, never as a prototype', () => {
    const out = blanksToNull(JSON.parse('{"__proto__":{"polluted":"yes"},"x":"1"}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'x']);
    expect((out as { polluted?: string }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('walks 20,000 levels (where recursion overflowed at 5,000) of nesting without overflowing the stack', () => {
    const root: { a: unknown[] } = { a: [] };
    let cur = root;
    for (let i = 0; i < 20_000; i++) {
      const next = { a: [] as unknown[] };
      cur.a.push(next, ' ');
      cur = next;
    }
    let out: { a: unknown[] } = blanksToNull(root);
    let depth = 0;
    let widths = 0;
    while (out.a.length) {
      widths += out.a.length;
      out = out.a[0] as { a: unknown[] };
      depth++;
    }
    expect(widths).toBe(depth); // every blank sibling was dropped
    expect(depth).toBe(20_000);
  });
});
