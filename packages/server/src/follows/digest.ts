/*
 * A digest: what changed, since the last one, in what a person follows. Pure (no I/O): the
 * follows and the changes come in, the digest goes out, so it is tested on hand-made cases.
 */

export const FOLLOW_KINDS = ['city', 'theme', 'challenge'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export interface Follow {
  kind: FollowKind;
  target: string;
}

/** A practice created or changed since the last digest, with what it belongs to. */
export interface PracticeChange {
  id: string;
  name: string;
  cityId: string | null;
  themes: string[];
  challengeIds: string[];
  /** Created after the last digest (else changed). */
  created: boolean;
  at: string;
}

/** A city's assessment of a charter commitment made since the last digest. */
export interface AssessmentChange {
  cityId: string;
  cycleId: string;
  commitmentId: string;
  status: string;
  at: string;
}

export interface DigestEntry {
  follow: Follow;
  practices: { id: string; name: string; change: 'new' | 'updated' }[];
  assessments: { cycleId: string; commitmentId: string; status: string }[];
}

/** `nothing-new`: nothing followed changed (or nothing is followed); else one entry per follow that has news. */
export type Digest = { status: 'nothing-new'; follows: number } | { status: 'news'; entries: DigestEntry[] };

const concerns = (f: Follow, p: PracticeChange) =>
  f.kind === 'city'
    ? p.cityId === f.target
    : f.kind === 'theme'
      ? p.themes.includes(f.target)
      : p.challengeIds.includes(f.target);

export function buildDigest(
  follows: Follow[],
  changes: { practices: PracticeChange[]; assessments: AssessmentChange[] },
  since: string | null,
): Digest {
  const after = (at: string) => since === null || at > since;
  const entries = follows.flatMap((follow): DigestEntry[] => {
    const practices = changes.practices
      .filter((p) => after(p.at) && concerns(follow, p))
      .sort((a, b) => b.at.localeCompare(a.at) || a.name.localeCompare(b.name))
      .map((p) => ({ id: p.id, name: p.name, change: p.created ? ('new' as const) : ('updated' as const) }));
    const assessments =
      follow.kind === 'city'
        ? changes.assessments
            .filter((a) => after(a.at) && a.cityId === follow.target)
            .map((a) => ({ cycleId: a.cycleId, commitmentId: a.commitmentId, status: a.status }))
        : [];
    return practices.length || assessments.length ? [{ follow, practices, assessments }] : [];
  });
  return entries.length ? { status: 'news', entries } : { status: 'nothing-new', follows: follows.length };
}
