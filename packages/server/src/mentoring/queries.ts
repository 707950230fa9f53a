import type {
  ActionPlan,
  MentoringAction,
  MentoringOffer,
  MentoringProgrammeRecord,
  MentoringRequest,
  SelfCheck,
  StudyVisit,
} from '@convivio/shared';
import type { Queryable } from '../db/database.ts';

interface ProgrammeRow {
  id: string;
  name: string;
  description: string | null;
  coordinator: string | null;
  start_month: string | null;
  end_month: string | null;
  themes: MentoringProgrammeRecord['themes'];
  partners: MentoringProgrammeRecord['partners'];
  source: MentoringProgrammeRecord['source'];
  updated_at: string | Date;
}

interface PostRow {
  id: string;
  kind: 'offer' | 'request';
  theme_id: string;
  city_id: string;
  capacity: number | null;
  challenge_id: string | null;
  languages: string[];
  note: string | null;
  contact: MentoringOffer['contact'];
}

/** The programmes' ids and names, by name. */
export async function listProgrammeIds(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id FROM mentoring_programmes ORDER BY name, id')).rows.map(
    (r) => r.id,
  );
}

const postOf = (r: PostRow) => ({
  id: r.id,
  themeId: r.theme_id,
  cityId: r.city_id,
  challengeId: r.challenge_id,
  languages: r.languages,
  note: r.note,
  contact: r.contact,
});

/** A programme as the data set holds it, or null. */
export async function findProgramme(
  db: Queryable,
  id: string,
): Promise<(MentoringProgrammeRecord & { updatedAt: string }) | null> {
  const row = (await db.query<ProgrammeRow>('SELECT * FROM mentoring_programmes WHERE id = $1', [id])).rows[0];
  if (!row) return null;
  const participants = (
    await db.query<{ city_id: string; role: 'mentor' | 'mentee' | null }>(
      'SELECT city_id, role FROM mentoring_participants WHERE programme_id = $1 ORDER BY position',
      [id],
    )
  ).rows.map((r) => ({ cityId: r.city_id, role: r.role }));
  const posts = (
    await db.query<PostRow>('SELECT * FROM mentoring_posts WHERE programme_id = $1 ORDER BY position, id', [id])
  ).rows;
  const studyVisits = (
    await db.query<{
      id: string;
      title: string;
      theme_id: string | null;
      host_city_id: string;
      event_id: string;
      note: string | null;
    }>('SELECT * FROM mentoring_study_visits WHERE programme_id = $1 ORDER BY id', [id])
  ).rows.map((r): StudyVisit => ({
    id: r.id,
    title: r.title,
    themeId: r.theme_id,
    hostCityId: r.host_city_id,
    eventId: r.event_id,
    note: r.note,
  }));
  const selfChecks = (
    await db.query<{ city_id: string; theme_id: string; answers: SelfCheck['answers'] }>(
      'SELECT city_id, theme_id, answers FROM mentoring_self_checks WHERE programme_id = $1 ORDER BY city_id, theme_id',
      [id],
    )
  ).rows.map((r): SelfCheck => ({ cityId: r.city_id, themeId: r.theme_id, answers: r.answers }));
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    coordinator: row.coordinator,
    start: row.start_month,
    end: row.end_month,
    themes: row.themes,
    participants,
    partners: row.partners,
    offers: posts
      .filter((p) => p.kind === 'offer')
      .map((p): MentoringOffer => ({ ...postOf(p), capacity: p.capacity ?? 1 })),
    requests: posts.filter((p) => p.kind === 'request').map((p): MentoringRequest => postOf(p)),
    studyVisits,
    actionPlans: await listActionPlans(db, id),
    selfChecks,
    source: row.source,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Every city's action plan in a programme (or one city's), with its actions in order. */
export async function listActionPlans(db: Queryable, programmeId: string, cityId?: string): Promise<ActionPlan[]> {
  const plans = (
    await db.query<{ city_id: string; endorsed_by: string | null; endorsed_on: string | null }>(
      `SELECT city_id, endorsed_by, endorsed_on::text AS endorsed_on FROM mentoring_plans
       WHERE programme_id = $1 AND ($2::text IS NULL OR city_id = $2) ORDER BY city_id`,
      [programmeId, cityId ?? null],
    )
  ).rows;
  const actions = (
    await db.query<{
      id: string;
      city_id: string;
      title: string;
      owner: string | null;
      deadline: string | null;
      status: MentoringAction['status'];
    }>(
      `SELECT id, city_id, title, owner, deadline::text AS deadline, status FROM mentoring_actions
       WHERE programme_id = $1 AND ($2::text IS NULL OR city_id = $2) ORDER BY position, id`,
      [programmeId, cityId ?? null],
    )
  ).rows;
  return plans.map((p) => ({
    cityId: p.city_id,
    endorsement: p.endorsed_by ? { body: p.endorsed_by, endorsedOn: p.endorsed_on } : null,
    actions: actions
      .filter((a) => a.city_id === p.city_id)
      .map((a) => ({ id: a.id, title: a.title, owner: a.owner, deadline: a.deadline, status: a.status })),
  }));
}

/** Replaces a programme and everything in it with the record (the data set import). */
export async function writeProgramme(tx: Queryable, rec: MentoringProgrammeRecord): Promise<'created' | 'updated'> {
  const existed = (await tx.query('SELECT 1 FROM mentoring_programmes WHERE id = $1 FOR UPDATE', [rec.id])).rows.length;
  await tx.query(
    `INSERT INTO mentoring_programmes (id, name, description, coordinator, start_month, end_month, themes, partners, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO UPDATE SET name = $2, description = $3, coordinator = $4, start_month = $5, end_month = $6,
       themes = $7, partners = $8, source = $9, updated_at = now()`,
    [
      rec.id,
      rec.name,
      rec.description,
      rec.coordinator,
      rec.start,
      rec.end,
      JSON.stringify(rec.themes),
      JSON.stringify(rec.partners),
      rec.source ? JSON.stringify(rec.source) : null,
    ],
  );
  for (const table of [
    'mentoring_participants',
    'mentoring_posts',
    'mentoring_study_visits',
    'mentoring_plans',
    'mentoring_self_checks',
  ])
    await tx.query(`DELETE FROM ${table} WHERE programme_id = $1`, [rec.id]);
  for (const [i, p] of rec.participants.entries())
    await tx.query(
      'INSERT INTO mentoring_participants (programme_id, city_id, position, role) VALUES ($1, $2, $3, $4)',
      [rec.id, p.cityId, i, p.role],
    );
  for (const o of rec.offers) await insertPost(tx, rec.id, 'offer', o);
  for (const r of rec.requests) await insertPost(tx, rec.id, 'request', r);
  for (const v of rec.studyVisits) await insertStudyVisit(tx, rec.id, v);
  for (const plan of rec.actionPlans) {
    await ensurePlan(tx, rec.id, plan.cityId);
    if (plan.endorsement) await setEndorsement(tx, rec.id, plan.cityId, plan.endorsement);
    for (const a of plan.actions) await insertAction(tx, rec.id, plan.cityId, a);
  }
  for (const s of rec.selfChecks) await upsertSelfCheck(tx, rec.id, s);
  return existed ? 'updated' : 'created';
}

/** Adds an offer (with its capacity) or a request. */
export async function insertPost(
  tx: Queryable,
  programmeId: string,
  kind: 'offer' | 'request',
  p: MentoringRequest & { capacity?: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO mentoring_posts (id, programme_id, kind, position, theme_id, city_id, capacity, challenge_id, languages, note, contact)
     VALUES ($1, $2, $3, (SELECT coalesce(max(position) + 1, 0) FROM mentoring_posts WHERE programme_id = $2),
       $4, $5, $6, $7, $8, $9, $10)`,
    [
      p.id,
      programmeId,
      kind,
      p.themeId,
      p.cityId,
      kind === 'offer' ? (p.capacity ?? 1) : null,
      p.challengeId,
      p.languages,
      p.note,
      p.contact ? JSON.stringify(p.contact) : null,
    ],
  );
}

/** The city of an offer or request of the programme, or null. */
export async function postCity(db: Queryable, programmeId: string, id: string): Promise<string | null> {
  const r = await db.query<{ city_id: string }>(
    'SELECT city_id FROM mentoring_posts WHERE programme_id = $1 AND id = $2',
    [programmeId, id],
  );
  return r.rows[0]?.city_id ?? null;
}

export async function deletePost(tx: Queryable, programmeId: string, id: string): Promise<void> {
  await tx.query('DELETE FROM mentoring_posts WHERE programme_id = $1 AND id = $2', [programmeId, id]);
}

export async function insertStudyVisit(tx: Queryable, programmeId: string, v: StudyVisit): Promise<void> {
  await tx.query(
    `INSERT INTO mentoring_study_visits (id, programme_id, title, theme_id, host_city_id, event_id, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [v.id, programmeId, v.title, v.themeId, v.hostCityId, v.eventId, v.note],
  );
}

/** Makes sure the city has an action plan in the programme, and locks it. */
export async function ensurePlan(tx: Queryable, programmeId: string, cityId: string): Promise<void> {
  await tx.query(
    'INSERT INTO mentoring_plans (programme_id, city_id) VALUES ($1, $2) ON CONFLICT (programme_id, city_id) DO NOTHING',
    [programmeId, cityId],
  );
  await tx.query('SELECT 1 FROM mentoring_plans WHERE programme_id = $1 AND city_id = $2 FOR UPDATE', [
    programmeId,
    cityId,
  ]);
}

export async function setEndorsement(
  tx: Queryable,
  programmeId: string,
  cityId: string,
  e: { body: string; endorsedOn: string | null } | null,
): Promise<void> {
  await tx.query(
    'UPDATE mentoring_plans SET endorsed_by = $3, endorsed_on = $4 WHERE programme_id = $1 AND city_id = $2',
    [programmeId, cityId, e?.body ?? null, e?.endorsedOn ?? null],
  );
}

export async function insertAction(
  tx: Queryable,
  programmeId: string,
  cityId: string,
  a: MentoringAction,
): Promise<void> {
  await tx.query(
    `INSERT INTO mentoring_actions (id, programme_id, city_id, position, title, owner, deadline, status)
     VALUES ($1, $2, $3, (SELECT count(*) FROM mentoring_actions WHERE programme_id = $2 AND city_id = $3), $4, $5, $6, $7)`,
    [a.id, programmeId, cityId, a.title, a.owner, a.deadline, a.status],
  );
}

/** Changes an action of the city's plan; false when the plan has no such action. */
export async function updateAction(
  tx: Queryable,
  programmeId: string,
  cityId: string,
  a: MentoringAction,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE mentoring_actions SET title = $4, owner = $5, deadline = $6, status = $7
     WHERE programme_id = $1 AND city_id = $2 AND id = $3`,
    [programmeId, cityId, a.id, a.title, a.owner, a.deadline, a.status],
  );
  return r.affectedRows > 0;
}

export async function upsertSelfCheck(tx: Queryable, programmeId: string, s: SelfCheck): Promise<void> {
  await tx.query(
    `INSERT INTO mentoring_self_checks (programme_id, city_id, theme_id, answers) VALUES ($1, $2, $3, $4)
     ON CONFLICT (programme_id, city_id, theme_id) DO UPDATE SET answers = $4, answered_at = now()`,
    [programmeId, s.cityId, s.themeId, JSON.stringify(s.answers)],
  );
}

/** When the city last saved its answers to the theme's self-check, or null. */
export async function selfCheckAnsweredAt(
  db: Queryable,
  programmeId: string,
  cityId: string,
  themeId: string,
): Promise<string | null> {
  const r = await db.query<{ answered_at: Date | string }>(
    'SELECT answered_at FROM mentoring_self_checks WHERE programme_id = $1 AND city_id = $2 AND theme_id = $3',
    [programmeId, cityId, themeId],
  );
  return r.rows[0] ? new Date(r.rows[0].answered_at).toISOString() : null;
}

/** Offers on a challenge, in any programme: their own challenge, or one their theme is mapped to. */
export async function offersOnChallenge(
  db: Queryable,
  challengeId: string,
): Promise<{ id: string; programme_id: string; programme_name: string; theme_name: string; city_id: string }[]> {
  return (
    await db.query<{ id: string; programme_id: string; programme_name: string; theme_name: string; city_id: string }>(
      `SELECT p.id, p.programme_id, m.name AS programme_name, t->>'name' AS theme_name, p.city_id
       FROM mentoring_posts p
       JOIN mentoring_programmes m ON m.id = p.programme_id
       JOIN LATERAL jsonb_array_elements(m.themes) t ON t->>'id' = p.theme_id
       WHERE p.kind = 'offer' AND (p.challenge_id = $1 OR (t->'challengeIds') @> to_jsonb($1::text))
       ORDER BY m.name, p.id`,
      [challengeId],
    )
  ).rows;
}

/** Sets (or, with null, clears) the contact person of an offer or a request. */
export async function setPostContact(
  tx: Queryable,
  programmeId: string,
  id: string,
  contact: MentoringOffer['contact'],
): Promise<void> {
  await tx.query('UPDATE mentoring_posts SET contact = $3 WHERE programme_id = $1 AND id = $2', [
    programmeId,
    id,
    contact ? JSON.stringify(contact) : null,
  ]);
}
