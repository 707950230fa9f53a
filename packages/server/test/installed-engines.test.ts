import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/*
 * The project runs on Node 20 (package.json "engines"). A dependency update can bring in a
 * package that asks for a newer Node (cookie 2 asks for 22): npm only warns while installing,
 * so this test reads what the lock file installs and names every package that says it does not
 * support the Node the tests run on, or the oldest Node the project supports.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');

interface LockedPackage {
  version?: string;
  engines?: Record<string, string> | string[];
  optional?: boolean;
}

function lockedPackages(): [string, LockedPackage][] {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockedPackage>;
  };
  return Object.entries(lock.packages).filter(
    ([where]) => where.startsWith('node_modules/') || where.includes('/node_modules/'),
  );
}

function refusing(node: string): string[] {
  return lockedPackages().flatMap(([where, p]) => {
    const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
    if (range === undefined || p.optional) return [];
    return semver.satisfies(node, range)
      ? []
      : [`${where.replace(/^.*node_modules\//, '')}@${p.version} wants node ${range}`];
  });
}

describe('the installed packages', () => {
  const supported = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    engines: { node: string };
  };
  const oldest = semver.minVersion(supported.engines.node)?.version as string;

  it('are read from the lock file, with the Node versions they ask for', () => {
    const withEngines = lockedPackages().filter(([, p]) => !Array.isArray(p.engines) && p.engines?.node !== undefined);
    expect(lockedPackages().length).toBeGreaterThan(100);
    expect(withEngines.length).toBeGreaterThan(50);
    expect(oldest).toMatch(/^20\./);
  });

  it('all support the Node the tests run on', () => {
    expect(refusing(process.version)).toEqual([]);
  });

  it('all support the oldest Node of the project (package.json engines)', () => {
    expect(refusing(oldest)).toEqual([]);
  });

  it('would name a package that asks for a newer Node', () => {
    expect(semver.satisfies('20.20.2', '>=22')).toBe(false);
    expect(refusing('16.0.0').length).toBeGreaterThan(0);
  });
});
