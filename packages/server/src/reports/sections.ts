import { registerSection } from '../dataset/section.ts';
import { findFindings, parseFindings, upsertFindings, type ReportFindings } from './findings.ts';

registerSection<ReportFindings>({
  key: 'reportFindings',
  order: 170,
  singleton: true,
  parse: (raw) => parseFindings(raw),
  write: (tx, rec) => upsertFindings(tx, rec),
  async readAll(db) {
    const f = await findFindings(db);
    return f ? [{ record: f, status: 'published' }] : [];
  },
});
