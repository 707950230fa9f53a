// Merges the extraction parts in data/parts/*.json into data/convivio-dataset.json.
// Records with the same id are merged field by field (a non-empty value wins over null/[]),
// and a city with a full profile wins over a minimal one.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('data/parts');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const out = { format: 'convivio/v1' };
const empty = (v) => v === null || v === undefined || (Array.isArray(v) && v.length === 0) || v === '';
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.facts.json')).sort()) {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'format' || (only && !only.includes(key))) continue;
    if (!Array.isArray(value)) { out[key] = { ...(out[key] ?? {}), ...value }; continue; }
    const list = (out[key] ??= []);
    for (const rec of value) {
      const existing = list.find((r) => r.id === rec.id);
      if (!existing) { list.push(rec); continue; }
      const [base, extra] = rec.profileComplete && !existing.profileComplete ? [rec, existing] : [existing, rec];
      const merged = { ...base };
      for (const [k, v] of Object.entries(extra)) if (empty(merged[k]) && !empty(v)) merged[k] = v;
      list[list.indexOf(existing)] = merged;
    }
  }
}
fs.writeFileSync(path.resolve('data/convivio-dataset.json'), JSON.stringify(out, null, 1) + '\n');
const facts = fs.readdirSync(dir).filter((f) => f.endsWith('.facts.json')).sort()
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
  .filter((fact) => Object.values(out).some((v) => Array.isArray(v) && v.some((r) => r.id === fact.recordId)));
fs.writeFileSync(path.resolve('data/convivio-dataset.facts.json'), JSON.stringify(facts, null, 1) + '\n');
console.log(Object.entries(out).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.length : typeof v}`).join(', '));
