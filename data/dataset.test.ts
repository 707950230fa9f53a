import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zCityRecord, zPracticeRecord } from '@convivio/shared';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataset = JSON.parse(fs.readFileSync(path.join(here, 'convivio-dataset.json'), 'utf8'));
const facts: { recordId: string; field: string; expected: unknown; sourceDocument: string; sourceQuote: string }[] =
  JSON.parse(fs.readFileSync(path.join(here, 'convivio-dataset.facts.json'), 'utf8'));
const sourcesDir = path.resolve(here, '../../shared/sources');
const normalise = (s: string) => s.replace(/\s+/g, ' ');

const byId = new Map<string, Record<string, unknown>>();
for (const value of Object.values(dataset)) {
  if (Array.isArray(value)) for (const r of value) byId.set(r.id, r);
  else if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') byId.set((value as { id: string }).id, value as Record<string, unknown>);
}
const practices = dataset.practices as { id: string; cityId: string | null; source: { document: string; section: string } }[];
const cities = dataset.cities as { id: string; name: string; profileComplete: boolean }[];

const MUST_A_LAB = ['city-fuenlabrada', 'city-grenoble-alpes-metropole', 'city-livadia', 'city-mechelen', 'city-modena', 'city-pont-de-claix', 'city-vienna'];

describe('the bundled data set', () => {
  it('holds only valid city and practice records', () => {
    for (const c of dataset.cities) expect(zCityRecord.safeParse(c).success, c.id).toBe(true);
    for (const p of dataset.practices) expect(zPracticeRecord.safeParse(p).success, p.id).toBe(true);
  });

  it('has the 7 MUST-a-Lab cities with full profiles and their 14 annex practices', () => {
    for (const id of MUST_A_LAB) expect(cities.find((c) => c.id === id)?.profileComplete, id).toBe(true);
    const annex = practices.filter((p) => p.source.document === '002_b5644412035e0d30.txt' && p.source.section.startsWith('6.'));
    expect(annex).toHaveLength(14);
    expect(new Set(annex.map((p) => p.cityId))).toEqual(new Set(MUST_A_LAB));
  });

  it('has the 11 further practices of section 7', () => {
    expect(practices.filter((p) => p.source.section.startsWith('7.'))).toHaveLength(11);
  });

  it('has the five projects-corner initiatives, Milan with its nine practices, and Barcelona\'s SAIER', () => {
    for (const id of ['practice-cities-grow', 'practice-d4i-data-for-integration', 'practice-munich-masterplan', 'practice-mifriendly-cities', 'practice-milan-msna-service-centre', 'practice-barcelona-saier']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(cities.find((c) => c.id === 'city-milan')?.profileComplete).toBe(true);
    expect(practices.filter((p) => p.cityId === 'city-milan' && p.source.document === '004_856c1eb2b86e4ebf.txt')).toHaveLength(9);
  });

  it('gives every record a source document that exists', () => {
    for (const p of practices) expect(fs.existsSync(path.join(sourcesDir, p.source.document)), p.id).toBe(true);
  });

  it('references only cities it holds', () => {
    const ids = new Set(cities.map((c) => c.id));
    for (const p of practices) if (p.cityId) expect(ids.has(p.cityId), p.id).toBe(true);
  });

  it.each(facts.map((f) => [`${f.recordId} ${f.field}`, f] as const))('states %s as its source does', (_name, fact) => {
    const record = byId.get(fact.recordId);
    expect(record, fact.recordId).toBeDefined();
    const value = fact.field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record);
    expect(value).toEqual(fact.expected);
    const source = normalise(fs.readFileSync(path.join(sourcesDir, fact.sourceDocument), 'utf8'));
    expect(source).toContain(normalise(fact.sourceQuote));
  });
});
