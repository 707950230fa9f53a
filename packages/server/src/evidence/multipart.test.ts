import { describe, expect, it } from 'vitest';
import { parseMultipart } from './multipart.ts';

const body = (boundary: string, parts: string[]) => Buffer.from(parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`, 'binary');

describe('multipart/form-data bodies', () => {
  it('splits text fields (repeated names become lists) and a file with its bytes intact', () => {
    const bin = String.fromCharCode(0, 255, 13, 10, 45, 45, 1);
    const b = body('XyZ', [
      'Content-Disposition: form-data; name="_csrf"\r\n\r\ntoken-1',
      'Content-Disposition: form-data; name="groups"\r\n\r\nA',
      'Content-Disposition: form-data; name="groups"\r\n\r\nB',
      `Content-Disposition: form-data; name="file"; filename="C:\\\\data\\\\grid.csv"\r\nContent-Type: text/csv\r\n\r\n${bin}`,
    ]);
    const parsed = parseMultipart(b, 'multipart/form-data; boundary=XyZ');
    expect(parsed._csrf).toBe('token-1');
    expect(parsed.groups).toEqual(['A', 'B']);
    expect(parsed._files).toHaveLength(1);
    expect(parsed._files[0]).toMatchObject({ field: 'file', fileName: 'grid.csv', contentType: 'text/csv' });
    expect([...parsed._files[0].bytes]).toEqual([0, 255, 13, 10, 45, 45, 1]);
  });

  it('ignores an empty file input and reads quoted boundaries', () => {
    const b = body('a b', ['Content-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n']);
    expect(parseMultipart(b, 'multipart/form-data; boundary="a b"')._files).toEqual([]);
  });

  it('rejects bodies without a boundary or cut short', () => {
    expect(() => parseMultipart(Buffer.from('x'), 'multipart/form-data')).toThrow(/no boundary/);
    expect(() => parseMultipart(Buffer.from('--q\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue'), 'multipart/form-data; boundary=q')).toThrow(/ends before its closing boundary/);
  });
});
