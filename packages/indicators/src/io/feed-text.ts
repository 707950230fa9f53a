import { IndicatorError } from '../core/errors.ts';
import { type CsvTokenizer } from './csv-tokenizer.ts';
import { describeBytes, type ReadLimits } from './read-limits.ts';
import { type OpenedSource } from './source.ts';

/**
 * Feeds a text source's chunks into a tokenizer made from its header line (so the delimiter
 * can be told from it) and the first chunk holding it, then ends it. Enforces the limits as the text comes: its size after
 * gzip and the header line's length (the tokenizer checks the other rows). A UTF-8 byte order
 * mark is dropped. Errors other than IndicatorError become MALFORMED_CSV naming the file.
 * Returns the number of text bytes read. With `end` false the tokenizer is left open (the text
 * is the first part of a longer input), so its last row may be unfinished.
 */
export async function feedText(
  src: OpenedSource,
  limits: ReadLimits,
  open: (headerLine: Uint8Array, head: Uint8Array) => CsvTokenizer,
  onChunk?: () => void,
  end = true,
): Promise<number> {
  const maxText = limits.maxTextBytes ?? Infinity;
  const maxRow = limits.maxRowBytes ?? Infinity;
  let tokenizer: CsvTokenizer | null = null;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let text = 0;
  const start = (): CsvTokenizer => {
    const head = withoutBom(Buffer.concat(pending));
    const lf = head.indexOf(10);
    const t = open(lf < 0 ? head : head.subarray(0, lf), head);
    t.push(head);
    pending = [];
    return t;
  };
  try {
    for await (const chunk of src.chunks) {
      text += chunk.length;
      if (text > maxText) {
        throw new IndicatorError(
          'TOO_LARGE',
          `the text is larger than the limit of ${describeBytes(maxText)}${src.gzip ? ' once decompressed' : ''}`,
          { file: src.name },
        );
      }
      if (tokenizer !== null) {
        tokenizer.push(chunk);
      } else {
        // Gather chunks until the header line ends, looking for its end only in the new chunk.
        // (A copy: a source may reuse its buffer for a later chunk.)
        pending.push(chunk.slice());
        pendingBytes += chunk.length;
        if (chunk.indexOf(10) >= 0) tokenizer = start();
        else if (pendingBytes > maxRow)
          throw new IndicatorError(
            'TOO_LARGE',
            `the header line is longer than the limit of ${describeBytes(maxRow)}`,
            { file: src.name, line: 1 },
          );
      }
      onChunk?.();
    }
    const t = tokenizer ?? start();
    if (end) t.end();
    return text;
  } catch (e) {
    throw unreadable(e, src.name);
  }
}

/** An error of reading a text as the readers report it: IndicatorErrors as they are, others as MALFORMED_CSV. */
export function unreadable(e: unknown, file: string): IndicatorError {
  if (e instanceof IndicatorError) return e;
  return new IndicatorError('MALFORMED_CSV', `cannot read the input: ${e instanceof Error ? e.message : String(e)}`, {
    file,
  });
}

/** Drops a UTF-8 byte order mark at the start of the text. */
function withoutBom(b: Buffer): Buffer {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
}
