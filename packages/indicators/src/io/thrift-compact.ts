/**
 * A minimal Thrift compact-protocol encoder: just what Parquet metadata needs
 * (structs, i32, i64, binary, lists). Field ids must be written in ascending order.
 */
export const T_I32 = 5;
export const T_I64 = 6;
export const T_BINARY = 8;
export const T_LIST = 9;
export const T_STRUCT = 12;

/** Builds one compact-protocol message; `bytes()` returns what was written. */
export class CompactWriter {
  private buf = new Uint8Array(256);
  private len = 0;
  private last: number[] = [0];

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  private byte(b: number): void {
    if (this.len === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = b;
  }

  /** Unsigned LEB128 of a non-negative integer below 2^53. */
  private varint(v: number): void {
    while (v >= 128) {
      this.byte((v % 128) | 128);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }

  private zigzag(v: number): void {
    this.varint(v >= 0 ? 2 * v : -2 * v - 1);
  }

  /** Starts field `id` of the current struct. */
  field(id: number, type: number): this {
    const delta = id - this.last[this.last.length - 1];
    if (delta > 0 && delta <= 15) this.byte((delta << 4) | type);
    else {
      this.byte(type);
      this.zigzag(id);
    }
    this.last[this.last.length - 1] = id;
    return this;
  }

  i32(v: number): this {
    this.zigzag(v);
    return this;
  }

  i64(v: number): this {
    this.zigzag(v);
    return this;
  }

  binary(b: Uint8Array): this {
    this.varint(b.length);
    for (const x of b) this.byte(x);
    return this;
  }

  string(s: string): this {
    return this.binary(new TextEncoder().encode(s));
  }

  listBegin(elemType: number, size: number): this {
    if (size < 15) this.byte((size << 4) | elemType);
    else {
      this.byte(0xf0 | elemType);
      this.varint(size);
    }
    return this;
  }

  structBegin(): this {
    this.last.push(0);
    return this;
  }

  structEnd(): this {
    this.byte(0);
    this.last.pop();
    return this;
  }
}
