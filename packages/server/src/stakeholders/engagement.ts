import type { StakeholderRecord } from '@convivio/shared';

/** Today as `YYYY-MM-DD` (UTC). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The engagement history after a change: the history sent (or, when none was sent, the
 * one already recorded), plus a dated entry whenever the status differs from the last
 * recorded one. Entries are kept in date order.
 */
export function withEngagementHistory(
  next: StakeholderRecord,
  previous: StakeholderRecord | null,
  opts: { historySent: boolean; statusDate?: string | null },
): StakeholderRecord {
  const base = opts.historySent ? next.engagementHistory : (previous?.engagementHistory ?? next.engagementHistory);
  const history = [...base].sort((a, b) => a.date.localeCompare(b.date));
  const last = history[history.length - 1];
  if (next.engagementStatus && last?.status !== next.engagementStatus) {
    history.push({ status: next.engagementStatus, date: opts.statusDate ?? today(), note: null });
  }
  return { ...next, engagementHistory: history };
}
