/** A stream progress can be written to (process.stderr, or a test double). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR = 30;

/**
 * Shows progress on stderr: a redrawn bar on a terminal, otherwise one
 * `phase: NN%` line every 10 %. Disabled reporters do nothing.
 */
export class ProgressReporter {
  private readonly out: ProgressStream;
  private readonly enabled: boolean;
  private phase = '';
  private shown = -1;
  private lastDraw = 0;

  constructor(out: ProgressStream, enabled: boolean) {
    this.out = out;
    this.enabled = enabled;
  }

  /** Reports `fraction` (0..1) of `phase` done. */
  update(phase: string, fraction: number): void {
    if (!this.enabled) return;
    const pct = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
    if (phase !== this.phase) {
      if (this.out.isTTY === true && this.phase !== '') this.out.write('\n');
      this.phase = phase;
      this.shown = -1;
    }
    if (this.out.isTTY === true) {
      const now = Date.now();
      if (pct === this.shown || (now - this.lastDraw < 100 && pct < 100)) return;
      this.lastDraw = now;
      this.shown = pct;
      const filled = Math.round((pct / 100) * BAR);
      this.out.write(`\r${phase} [${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${pct}%`);
    } else {
      const step = Math.floor(pct / 10) * 10;
      if (step <= this.shown) return;
      this.shown = step;
      this.out.write(`${phase}: ${step}%\n`);
    }
  }

  /** Ends the current bar line. */
  done(): void {
    if (this.enabled && this.out.isTTY === true && this.phase !== '') this.out.write('\n');
    this.phase = '';
  }
}
