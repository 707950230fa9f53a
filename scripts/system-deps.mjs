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

/** The Chromium executable, installing Debian's package when missing. */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(path)) return path;
  console.log("Chromium is missing: installing Debian's chromium package…");
  aptInstall('chromium fonts-dejavu-core');
  return fs.existsSync(path) ? path : null;
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
