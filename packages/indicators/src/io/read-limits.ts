/** Limits on what a grid read accepts; past one, the read stops with TOO_LARGE naming the limit. */
export interface ReadLimits {
  /** Most bytes of data read: CSV text after gzip is undone, or Parquet's uncompressed column data. */
  maxTextBytes?: number;
  /** Longest CSV row, in bytes. */
  maxRowBytes?: number;
}

/** A byte count as people read it: "256 MiB", "4 KiB", "1.5 MiB (1,572,864 bytes)", "1,500 bytes". */
export function describeBytes(n: number): string {
  if (n >= 2 ** 20 && n % 2 ** 20 === 0) return `${n / 2 ** 20} MiB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB (${n.toLocaleString('en')} bytes)`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n.toLocaleString('en')} bytes`;
}
