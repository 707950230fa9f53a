import { describe, expect, it } from 'vitest';
import { parseEuGridId } from '../core/eu-grid-id.ts';
import { parseEuGridIdBytes, parseNumberBytes } from './parse-bytes.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const num = (s: string): number => parseNumberBytes(bytes(s), 0, bytes(s).length);

describe('parsing straight from bytes', () => {
  it('reads numbers exactly as Number() does', () => {
    for (const s of [
      '0',
      '12',
      '007',
      '3.25',
      '0.1',
      '123456.789',
      '-4',
      '+5',
      ' 42 ',
      '1e3',
      '2.5E-2',
      '.5',
      '5.',
      '123456789012345678',
      '0.30000000000000004',
    ]) {
      expect(num(s)).toBe(Number(s.trim()));
    }
  });

  it('gives NaN for anything that is not a finite number', () => {
    for (const s of ['', '  ', 'abc', '1,5', '1.2.3', 'NaN', 'Infinity', '1e999', '-', '12a', '0x10'])
      expect(num(s)).toBeNaN();
  });

  it('reads EU grid ids like the string parser and rejects bad ones', () => {
    for (const id of ['CRS3035RES100mN2692100E4341300', 'CRS3035RES1kmN2692E4341', 'CRS3035RES1000mN2692000E4341000']) {
      const b = bytes(id);
      expect(parseEuGridIdBytes(b, 0, b.length)).toEqual(parseEuGridId(id));
    }
    for (const id of [
      'CRS3035RES100mN2692150E4341300',
      'CRS3035RES100mN2692100E',
      'XRS3035RES100mN2692100E4341300',
      'CRS3035RES100mN2692100E4341300 ',
    ]) {
      const b = bytes(id);
      expect(parseEuGridIdBytes(b, 0, b.length)).toBeNull();
    }
  });
});
