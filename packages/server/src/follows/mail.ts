/*
 * The weekly digest by e-mail (`convivio digest`): to each person whose digest is weekly and
 * who was last sent one at least a week ago, what changed in what they follow, in their
 * language, only when something did. Its unsubscribe link turns the digest off.
 */
import { formatDate, translator } from '@convivio/web';
import { userLanguage } from '../accounts/service.ts';
import type { AppContext } from '../context.ts';
import { listCities } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { sendMail } from '../mail/service.ts';
import { listChallenges } from '../network/service.ts';
import type { DigestEntry } from './digest.ts';
import { dueForDigest, markDigestSent } from './queries.ts';
import { digestFor, FIRST_DIGEST_DAYS } from './service.ts';

const WEEK = 7 * 86_400_000;

/** A digest's news as lines of text: "City: Turin — New: Turin welcome desk". */
async function digestLines(db: Queryable, entries: DigestEntry[], lang: string): Promise<string[]> {
  const t = translator(lang);
  const cities = new Map((await listCities(db, { includeDrafts: false })).map((c) => [c.id, c.record.name]));
  const challenges = new Map((await listChallenges(db)).map((c) => [c.id, c.name]));
  return entries.flatMap((e) => {
    const { kind, target } = e.follow;
    const name =
      kind === 'theme' ? t(`theme.${target}`) : ((kind === 'city' ? cities : challenges).get(target) ?? target);
    const head = `${t(`follows.kind.${kind}`)}: ${name} — `;
    return [
      ...e.practices.map(
        (p) => head + t(p.change === 'new' ? 'follows.practiceNew' : 'follows.practiceUpdated', { name: p.name }),
      ),
      ...e.assessments.map(
        (a) =>
          head +
          t('follows.assessment', {
            cycle: a.cycleId,
            commitment: t(`charter.roleShort.${a.commitmentId.replace('charter-integrating-cities-', '')}`),
            status: t(`cycles.status.${a.status}`),
          }),
      ),
      ...e.events.map(
        (ev) =>
          head +
          t(ev.change === 'new' ? 'follows.eventNew' : 'follows.eventRegistration', {
            name: ev.name,
            date: formatDate(lang, ev.startDate),
          }),
      ),
      ...e.evidence.map((r) => head + t('follows.evidenceRun', { name: r.datasetName })),
    ];
  });
}

const latest = (...dates: (Date | string | null)[]) =>
  dates
    .filter((d): d is Date | string => d !== null)
    .reduce<Date | null>((a, d) => {
      const x = new Date(d);
      return a === null || x > a ? x : a;
    }, null);

/**
 * E-mails the weekly digest to everyone due (weekly, last sent a week or more ago, or never)
 * who has news since their last digest (read on the site or e-mailed); records the sending so
 * a second run in the same week sends nothing. Returns how many were due and how many sent.
 */
export async function sendWeeklyDigests(
  ctx: AppContext,
  opts: { baseUrl: string; now?: Date },
): Promise<{ due: number; sent: number }> {
  const now = opts.now ?? new Date();
  const due = await dueForDigest(ctx.db, new Date(now.getTime() - WEEK));
  let sent = 0;
  for (const person of due) {
    const since =
      latest(person.last_sent_at, person.last_digest_at) ?? new Date(now.getTime() - FIRST_DIGEST_DAYS * 86_400_000);
    const digest = await digestFor(ctx.db, person.user_id, since);
    if (digest.status !== 'news') continue;
    const lang = await userLanguage(ctx.db, person.user_id);
    const result = await sendMail(ctx, {
      template: 'followDigest',
      to: person.email,
      userId: person.user_id,
      lang,
      params: { name: person.name, since: since.toISOString().slice(0, 10), link: `${opts.baseUrl}/follows` },
      lines: await digestLines(ctx.db, digest.entries, lang),
      unsubscribe: { category: 'digest', baseUrl: opts.baseUrl },
    });
    if (result.state === 'failed') continue;
    await ctx.db.transaction((tx) => markDigestSent(tx, person.user_id, now));
    if (result.id) sent++;
  }
  return { due: due.length, sent };
}
