import type { PracticeRecord } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { countryName, formatDate, labelOr, languageName } from '../components/labels.ts';
import { actionButton, breadcrumb, notice, statusBadge } from '../components/page-parts.ts';
import { quantitativeTable } from '../components/quantitative-table.ts';
import { translationNotice, type ShownText } from '../components/translation-notice.ts';
import { forRecord, recordField, sourceCitation, tagList, textSection } from '../components/record-text.ts';

/** A practice as its page shows it. */
export interface PracticeDetailView {
  record: PracticeRecord;
  status: string;
  version: number;
  updatedAt: string;
  city: { id: string; name: string; country: string | null } | null;
  /** Names of every city the record mentions (its city and partner cities). */
  cityNames: Record<string, string>;
  related: { id: string; name: string; cityName: string | null }[];
  /** Events where the practice was presented. */
  presentedAt?: { eventId: string; eventName: string; startDate: string; sessionTitle: string }[];
  canEdit: boolean;
  notice?: string | null;
  /** The translation shown instead of the original's texts (already laid over `record`), or the original with a translation available. */
  shownText?: ShownText | null;
  /** The language of each text field (a translated field's is the translation's); the record's language by default. */
  fieldLang?: (field: string) => string;
}

function duration(ctx: PageContext, d: PracticeRecord['duration']): SafeHtml | null {
  const { t } = ctx;
  const range =
    d.start && d.end
      ? t('practice.duration.range', { start: d.start, end: d.end })
      : d.start
        ? t('practice.duration.from', { start: d.start })
        : d.end
          ? t('practice.duration.until', { end: d.end })
          : null;
  const state = d.ongoing === null ? null : t(d.ongoing ? 'period.ongoing' : 'period.ended');
  if (!d.text && !range && !state) return null;
  return html`${d.text ? html`<p>${d.text}</p>` : ''}${range || state ? html`<p class="meta" lang="${ctx.lang}">${[range, state].filter(Boolean).join(' · ')}</p>` : ''}`;
}

function systematized(ctx: PageContext, s: PracticeRecord['systematized']): SafeHtml | null {
  if (s.value === null && !s.note) return null;
  const answer = s.value === null ? ctx.t('record.unknown') : ctx.t(s.value ? 'record.yes' : 'record.no');
  return html`<p lang="${ctx.lang}">${answer}</p>
    ${s.note ? html`<p>${s.note}</p>` : ''}`;
}

/** The MUST-a-Lab template sections of a practice record (shared by the page and old revisions). */
export function practiceSections(
  page: PageContext,
  rec: PracticeRecord,
  fieldLang: (field: string) => string = () => rec.language,
): SafeHtml {
  const ctx = forRecord(page, rec.source);
  const { t } = ctx;
  const lang = rec.language;
  const l = (field: string) => ({ lang: fieldLang(field) });
  const f = (key: string) => t(`practice.field.${key}`);
  const links = rec.links.length
    ? html`<ul class="links">
        ${rec.links.map((l) => html`<li><a href="${l}">${l}</a></li>`)}
      </ul>`
    : null;
  return html` <section class="record-section" aria-labelledby="s-identification">
      <h2 id="s-identification">${t('practice.section.identification')}</h2>
      <dl class="record">
        ${recordField(t, f('area'), rec.area, l('area'))} ${recordField(t, f('links'), links)}
        ${recordField(t, f('name'), rec.name, l('name'))}
        ${recordField(t, f('challengesAddressed'), rec.challengesAddressed, l('challengesAddressed'))}
        ${recordField(t, f('duration'), duration(ctx, rec.duration), l('duration'))}
        ${recordField(t, f('stakeholders'), rec.stakeholders, l('stakeholders'))}
        ${recordField(t, f('description'), rec.description, l('description'))}
        ${recordField(t, f('systematized'), systematized(ctx, rec.systematized), l('systematized'))}
      </dl>
    </section>
    <section class="record-section" aria-labelledby="s-results">
      <h2 id="s-results">${t('practice.section.results')}</h2>
      <dl class="record">${recordField(t, f('results'), rec.results, l('results'))}</dl>
      <h3>${f('quantitativeResults')}</h3>
      ${quantitativeTable(t, ctx.lang, lang, rec.quantitativeResults)}
    </section>
    <section class="record-section" aria-labelledby="s-communication">
      <h2 id="s-communication">${t('practice.section.communication')}</h2>
      <dl class="record">
        ${recordField(t, f('communicationStrategy'), rec.communicationStrategy, l('communicationStrategy'))}
        ${recordField(t, f('stakeholderInvolvement'), rec.stakeholderInvolvement, l('stakeholderInvolvement'))}
        ${recordField(t, f('migrantInvolvement'), rec.migrantInvolvement, l('migrantInvolvement'))}
      </dl>
    </section>
    ${textSection(t, 's-challenges', t('practice.section.challengesExperienced'), rec.challengesExperienced, fieldLang('challengesExperienced'))}
    ${textSection(t, 's-recommendations', t('practice.section.recommendations'), rec.recommendations, fieldLang('recommendations'))}
    ${textSection(t, 's-lessons', t('practice.section.lessonsLearned'), rec.lessonsLearned, fieldLang('lessonsLearned'))}
    ${textSection(t, 's-funding', f('funding'), rec.funding, fieldLang('funding'))}
    <section class="record-section" aria-labelledby="s-source">
      <h2 id="s-source">${f('source')}</h2>
      <p>${sourceCitation(t, rec.source)}</p>
    </section>`;
}

/** The "at a glance" facts: city, classification, status and revision date. */
export function practiceSummary(
  page: PageContext,
  v: Pick<PracticeDetailView, 'record' | 'status' | 'updatedAt' | 'city' | 'cityNames'>,
): SafeHtml {
  const rec = v.record;
  const ctx = forRecord(page, rec.source);
  const { t } = ctx;
  const f = (key: string) => t(`practice.field.${key}`);
  const city = v.city
    ? html`<a href="/cities/${v.city.id}">${v.city.name}</a
        >${v.city.country ? `, ${countryName(t, v.city.country)}` : ''}`
    : null;
  const partners = rec.partnerCityIds.length
    ? html`${rec.partnerCityIds.map((id, i) => html`${i ? ', ' : ''}<a href="/cities/${id}">${v.cityNames[id] ?? id}</a>`)}`
    : null;
  return html`<section class="summary" aria-labelledby="s-summary">
    <h2 id="s-summary" class="visually-hidden">${t('practice.section.summary')}</h2>
    <dl class="summary-grid">
      ${recordField(t, f('cityId'), city)}
      ${rec.partnerCityIds.length ? recordField(t, f('partnerCityIds'), partners) : ''}
      ${recordField(t, f('kind'), t(`kind.${rec.kind}`))}
      ${recordField(t, f('typology'), rec.typology ? t(`typology.${rec.typology}`) : null)}
      ${recordField(
        t,
        f('themes'),
        tagList(
          t,
          rec.themes.map((x) => labelOr(t, `theme.${x}`, x)),
          f('themes'),
          rec.themes.map((th) => `/themes/${encodeURIComponent(th)}`),
        ),
      )}
      ${recordField(
        t,
        f('targetGroups'),
        tagList(
          t,
          rec.targetGroups.map((x) => labelOr(t, `targetGroup.${x}`, x)),
          f('targetGroups'),
        ),
      )}
      ${recordField(
        t,
        f('actionPlanAreas'),
        tagList(
          t,
          rec.actionPlanAreas.map((x) => labelOr(t, `actionPlanArea.${x}`, x)),
          f('actionPlanAreas'),
        ),
      )}
      ${recordField(t, f('status'), html`${t(`record.status.${v.status}`)}`)}
      ${recordField(t, f('updatedAt'), html`<time datetime="${v.updatedAt}">${formatDate(ctx.lang, v.updatedAt)}</time>`)}
      ${recordField(t, f('language'), languageName(t, rec.language))}
    </dl>
  </section>`;
}

function editActions(ctx: PageContext, v: PracticeDetailView): SafeHtml {
  const { t } = ctx;
  const id = v.record.id;
  return html`<div class="actions" role="group" aria-label="${t('practice.actions')}">
    <a class="button" href="/practices/${id}/edit">${t('practice.edit')}</a>
    <a class="button secondary" href="/practices/${id}/history">${t('practice.history')}</a>
    <a class="button secondary" href="/practices/${id}/translate">${t('translations.translate')}</a>
    ${
      v.status === 'draft'
        ? actionButton(`/practices/${id}/publish`, ctx.csrfToken, t('practice.publish'))
        : actionButton(`/practices/${id}/unpublish`, ctx.csrfToken, t('practice.unpublish'), { secondary: true })
    }
  </div>`;
}

/** A practice's page: every field of the template, its classification, source and related practices. */
export function practiceDetailPage(ctx: PageContext, v: PracticeDetailView): SafeHtml {
  const { t } = ctx;
  const rec = v.record;
  return html`${breadcrumb(t, [['/practices', t('practice.breadcrumb')]], rec.name)} ${notice(v.notice)}
    <article class="practice">
      <header class="record-head">
        <h1><span lang="${v.fieldLang?.('name') ?? rec.language}">${rec.name}</span> ${statusBadge(t, v.status)}</h1>
        ${v.canEdit ? editActions(ctx, v) : ''}
      </header>
      ${translationNotice(ctx, v.shownText)} ${practiceSummary(ctx, v)} ${practiceSections(ctx, rec, v.fieldLang)}
      <section class="record-section" aria-labelledby="s-related">
        <h2 id="s-related">${t('practice.section.related')}</h2>
        ${
          v.related.length
            ? html`<ul class="related">
                ${v.related.map((r) => html`<li><a href="/practices/${r.id}">${r.name}</a>${r.cityName ? html` <span class="meta">· ${r.cityName}</span>` : ''}</li>`)}
              </ul>`
            : html`<p>${t('practice.related.none')}</p>`
        }
      </section>
      ${
        v.presentedAt?.length
          ? html`<section class="record-section" aria-labelledby="s-events">
              <h2 id="s-events">${t('practice.section.events')}</h2>
              <ul>
                ${v.presentedAt.map(
                  (e) =>
                    html`<li>
                      <a href="/events/${e.eventId}">${e.eventName}</a>
                      <span class="meta"
                        >· ${e.sessionTitle} · <time datetime="${e.startDate}">${e.startDate}</time></span
                      >
                    </li>`,
                )}
              </ul>
            </section>`
          : ''
      }
      <section class="record-section" aria-labelledby="s-stakeholders">
        <h2 id="s-stakeholders">${t('practice.section.stakeholders')}</h2>
        <p><a href="/practices/${rec.id}/stakeholders">${t('practice.stakeholdersLink')}</a></p>
      </section>
    </article>`;
}
