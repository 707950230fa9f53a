import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { scanCsv, type CsvScan, type ReadLimits } from '@convivio/indicators';

/** What the scan found: the CSV's scan, its error, or 'parquet' (not scanned: its size is in its metadata, at its end). */
export type ScanOutcome = CsvScan | Error | 'parquet';

const PARQUET_MAGIC = 'PAR1';

/**
 * The upload check's scan of a CSV text (plain or gzip), run on the chunks as they stream to the
 * file store, so the file is not read a second time to its end. Parquet is told from its first
 * four bytes and not scanned here: its check needs the footer, at the end of the file. When the
 * scan stops at a problem, later chunks are no longer passed on; the outcome waits for the end.
 */
export class StreamingScan {
  private input: PassThrough | null = null;
  private head = Buffer.alloc(0);
  private stopped = false;
  private result: Promise<ScanOutcome> | null = null;

  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {}

  /** Passes a chunk on to the scan (resolves when the scan has room for more). */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.stopped) return;
    if (!this.input) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < PARQUET_MAGIC.length) return;
      if (this.head.subarray(0, 4).toString('latin1') === PARQUET_MAGIC) {
        this.stop('parquet');
        return;
      }
      this.start();
      chunk = this.head;
      this.head = Buffer.alloc(0);
    }
    const input = this.input!;
    if (!input.write(chunk)) await Promise.race([once(input, 'drain'), this.result]);
  }

  /** The text has ended: resolves with what the scan found. */
  end(): Promise<ScanOutcome> {
    if (!this.input && !this.stopped) this.start(); // fewer than four bytes: the scan tells what is wrong
    if (this.input && !this.head.length) this.input.end();
    else if (this.input) this.input.end(this.head);
    return this.result!;
  }

  /** Gives up the scan (the upload failed): nothing more is read. */
  abort(): void {
    this.stopped = true;
    this.input?.destroy();
  }

  private start(): void {
    const input = new PassThrough();
    this.input = input;
    this.result = scanCsv(input, { name: this.fileName, limits: this.limits }).catch((err: unknown) => {
      // Stopped at a problem: what still comes is not passed on.
      this.stopped = true;
      input.resume();
      return err instanceof Error ? err : new Error(String(err));
    });
  }

  private stop(outcome: 'parquet'): void {
    this.stopped = true;
    this.result = Promise.resolve(outcome);
  }
}
