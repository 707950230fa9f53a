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

const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const FULL_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium executable: CHROMIUM_PATH, else Debian's headless shell (package
 * chromium-headless-shell, the browser tests' engine at a fraction of the full browser's processor
 * time), installing it when missing, else Debian's full Chromium.
 */
export function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH;
  const found = () => (wanted ? [wanted] : [HEADLESS_SHELL, FULL_CHROMIUM]).find((path) => fs.existsSync(path));
  if (fs.existsSync(wanted ?? HEADLESS_SHELL)) return wanted ?? HEADLESS_SHELL;
  const install = wanted ? 'chromium' : 'chromium-headless-shell';
  console.log(`${wanted ?? HEADLESS_SHELL} is missing: installing Debian's ${install} package…`);
  aptInstall(`${install} fonts-dejavu-core`);
  return found() ?? null;
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
