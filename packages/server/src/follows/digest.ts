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

/** A city's published event that was published (`new`) or opened its registration since the last digest. */
export interface EventChange {
  id: string;
  name: string;
  cityId: string;
  startDate: string;
  publishedAt: string;
  /** When its registration last opened, while it is still open (else null). */
  registrationOpenedAt: string | null;
}

/** A public evidence run that finished since the last digest with results for a city's area. */
export interface EvidenceChange {
  runId: string;
  datasetName: string;
  cityId: string;
  at: string;
}

export interface DigestEntry {
  follow: Follow;
  practices: { id: string; name: string; change: 'new' | 'updated' }[];
  assessments: { cycleId: string; commitmentId: string; status: string }[];
  events: { id: string; name: string; startDate: string; change: 'new' | 'registration' }[];
  evidence: { runId: string; datasetName: string }[];
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
  changes: {
    practices: PracticeChange[];
    assessments: AssessmentChange[];
    events?: EventChange[];
    evidence?: EvidenceChange[];
  },
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
    const ofCity = <T extends { cityId: string }>(list: T[] | undefined) =>
      follow.kind === 'city' ? (list ?? []).filter((x) => x.cityId === follow.target) : [];
    const events = ofCity(changes.events).flatMap((e): DigestEntry['events'] =>
      after(e.publishedAt)
        ? [{ id: e.id, name: e.name, startDate: e.startDate, change: 'new' as const }]
        : e.registrationOpenedAt !== null && after(e.registrationOpenedAt)
          ? [{ id: e.id, name: e.name, startDate: e.startDate, change: 'registration' as const }]
          : [],
    );
    const evidence = ofCity(changes.evidence)
      .filter((r) => after(r.at))
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((r) => ({ runId: r.runId, datasetName: r.datasetName }));
    return practices.length || assessments.length || events.length || evidence.length
      ? [{ follow, practices, assessments, events, evidence }]
      : [];
  });
  return entries.length ? { status: 'news', entries } : { status: 'nothing-new', follows: follows.length };
}
