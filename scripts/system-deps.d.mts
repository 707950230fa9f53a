/** Where the Chromium to drive may be, the preferred first: CHROMIUM_PATH alone, else the headless shell, then the full Chromium. */
export function chromiumCandidates(): [string, ...string[]];
/** The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's headless shell, else its full Chromium, the first installed; null when none is (installs nothing). */
export function findChromium(): string | null;
/** The same, installing Debian's package first when the preferred one is missing (as root on Debian). */
export function ensureChromium(): string | null;
