// Finds (and, as root on Debian, installs) what the test suite needs from the system:
// Chromium for the browser tests and a PostgreSQL server for the second database engine.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

function aptInstall(packages) {
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) return false;
  try {
    if (!aptUpdated) {
      execSync('apt-get update -qq', { stdio: 'inherit' });
      aptUpdated = true;
    }
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`, {
      stdio: 'inherit',
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Debian's headless-only Chromium (package chromium-headless-shell: the browser tests' engine
 * without the full browser's interface, at a fraction of its processor time per context); the
 * binary itself, since /usr/bin/chromium-headless-shell is a script that does not exec it.
 */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const FULL_CHROMIUM = '/usr/bin/chromium';

/** Where the Chromium to drive may be, the preferred first: CHROMIUM_PATH alone, else the headless shell, then the full Chromium. */
export function chromiumCandidates() {
  const wanted = process.env.CHROMIUM_PATH;
  return wanted ? [wanted] : [HEADLESS_SHELL, FULL_CHROMIUM];
}

/** The first of those installed, or null (installs nothing). */
export function findChromium() {
  return chromiumCandidates().find((path) => fs.existsSync(path)) ?? null;
}

/** The preferred Chromium, installing Debian's package when it is missing; else any installed one, or null. */
export function ensureChromium() {
  const [preferred] = chromiumCandidates();
  if (fs.existsSync(preferred)) return preferred;
  const install = process.env.CHROMIUM_PATH ? 'chromium' : 'chromium-headless-shell';
  console.log(`${preferred} is missing: installing Debian's ${install} package…`);
  aptInstall(`${install} fonts-dejavu-core`);
  return findChromium();
}

/** The directory holding initdb/pg_ctl, installing Debian's postgresql package when missing. */
export function ensurePostgresBin() {
  const find = () => {
    const base = '/usr/lib/postgresql';
    if (!fs.existsSync(base)) return null;
    const versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(`${base}/${v}/bin/initdb`))
      .sort((a, b) => Number(b) - Number(a));
    return versions.length ? `${base}/${versions[0]}/bin` : null;
  };
  const found = find();
  if (found) return found;
  console.log("PostgreSQL is missing: installing Debian's postgresql package…");
  aptInstall('postgresql postgresql-contrib');
  return find();
}
