import type { CityRecord } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { countryName, formatDate, formatNumber, labelOr } from '../components/labels.ts';
import { actionButton, breadcrumb, notice, statusBadge } from '../components/page-parts.ts';
import { translationNotice, type ShownText } from '../components/translation-notice.ts';
import { forRecord, notStated, recordField, richText, sourceCitation, textSection } from '../components/record-text.ts';

/** A city's profile page data. */
export interface CityProfileView {
  record: CityRecord;
  status: string;
  updatedAt: string;
  /** Its practices; null to leave the section out (an old version). */
  practices: { id: string; name: string; kind: string; typology: string | null; status: string }[] | null;
  canEdit: boolean;
  notice?: string | null;
  /** The translation shown instead of the original's texts (already laid over `record`), or the original with a translation available. */
  shownText?: ShownText | null;
  /** The language of each text field (a translated field's is the translation's); the record's language by default. */
  fieldLang?: (field: string) => string;
  /** Sections other domains add (stakeholder map link, evidence indicators), inside the article. */
  extraSections?: SafeHtml;
}

/** A figure with the year it refers to ("1,398,765 (2020)"), or null when absent. */
export function withYear(ctx: PageContext, value: string | null, year: number | null): string | null {
  if (value === null) return null;
  return year ? ctx.t('city.value.year', { value, year }) : ctx.t('city.value.yearUnknown', { value });
}

/** The city's key figures, each "Not stated in the source" when absent (shared with the comparison). */
export function cityFigures(
  ctx: PageContext,
  rec: CityRecord,
  fieldLang: (field: string) => string = () => rec.language,
): Record<string, SafeHtml | string | null> {
  const { t, lang } = ctx;
  const share =
    rec.migrantShare === null
      ? null
      : html`${withYear(ctx, t('city.value.share', { value: formatNumber(lang, rec.migrantShare) }), rec.migrantShareYear)}${
          rec.migrantShareDefinition
            ? html`<br /><span class="meta"
                  >${t('city.value.definitionLabel')}
                  <span lang="${fieldLang('migrantShareDefinition')}">${rec.migrantShareDefinition}</span></span
                >`
            : ''
        }`;
  const nationalities =
    rec.nationalitiesCount === null && !rec.mainNationalities.length
      ? null
      : html`${rec.nationalitiesCount !== null ? html`<p>${t('city.value.nationalities', { count: rec.nationalitiesCount })}</p>` : ''}
        ${rec.mainNationalities.length ? html`<p>${rec.mainNationalities.join(', ')}</p>` : ''}`;
  const charter = rec.charterSignatory === null ? null : t(rec.charterSignatory ? 'record.yes' : 'record.no');
  return {
    country: countryName(t, rec.country),
    region: rec.region,
    population: withYear(ctx, rec.population === null ? null : formatNumber(lang, rec.population), rec.populationYear),
    migrantShare: share,
    nationalitiesCount: nationalities,
    mayor: rec.mayor,
    networks: rec.networks.length
      ? html`<ul>
          ${rec.networks.map((n) => html`<li>${n}</li>`)}
        </ul>`
      : null,
    charterSignatory: charter,
  };
}

function practiceList(ctx: PageContext, v: CityProfileView): SafeHtml {
  const { t } = ctx;
  if (!v.practices?.length) return html`<p>${t('city.practices.none')}</p>`;
  return html`<ul class="related">
    ${v.practices.map(
      (p) =>
        html`<li>
          <a href="/practices/${p.id}">${p.name}</a> ${statusBadge(t, p.status)}
          <span class="meta"
            >· ${t(`kind.${p.kind}`)}${p.typology ? ` · ${labelOr(t, `typology.${p.typology}`, p.typology)}` : ''}</span
          >
        </li>`,
    )}
  </ul>`;
}

/** A city's profile: figures with their years, situation, strategy, networks, takeaways, source and practices. */
export function cityProfilePage(page: PageContext, v: CityProfileView): SafeHtml {
  const rec = v.record;
  const ctx = forRecord(page, rec.source);
  const { t } = ctx;
  const lang = rec.language;
  const l = v.fieldLang ?? (() => lang);
  const fig = cityFigures(ctx, rec, l);
  const f = (key: string) => t(`city.field.${key}`);
  const g = (key: string) => t(`city.figure.${key}`);
  return html`${breadcrumb(t, [['/cities', t('cities.title')]], rec.name)} ${notice(v.notice)}
    <article class="city">
      <header class="record-head">
        <h1><span lang="${l('name')}">${rec.name}</span> ${statusBadge(t, v.status)}</h1>
        ${
          v.canEdit
            ? html`<div class="actions" role="group" aria-label="${t('practice.actions')}">
                <a class="button" href="/cities/${rec.id}/edit">${t('city.edit')}</a>
                <a class="button secondary" href="/cities/${rec.id}/history">${t('city.history')}</a>
                <a class="button secondary" href="/cities/${rec.id}/translate">${t('translations.translate')}</a>
                ${
                  v.status === 'draft'
                    ? actionButton(`/cities/${rec.id}/publish`, ctx.csrfToken, t('city.publish'))
                    : actionButton(`/cities/${rec.id}/unpublish`, ctx.csrfToken, t('city.unpublish'), {
                        secondary: true,
                      })
                }
              </div>`
            : ''
        }
      </header>
      ${translationNotice(ctx, v.shownText)}
      <section class="summary" aria-labelledby="s-figures">
        <h2 id="s-figures">${t('city.section.figures')}</h2>
        <dl class="summary-grid">
          ${recordField(t, g('country'), fig.country)} ${recordField(t, g('region'), fig.region, { lang: l('region') })}
          ${recordField(t, g('population'), fig.population)} ${recordField(t, g('migrantShare'), fig.migrantShare)}
          ${recordField(t, g('nationalitiesCount'), fig.nationalitiesCount, { lang })}
          ${recordField(t, g('mayor'), fig.mayor, { lang })}
          ${recordField(t, f('updatedAt'), html`<time datetime="${v.updatedAt}">${formatDate(ctx.lang, v.updatedAt)}</time>`)}
        </dl>
      </section>
      <section class="record-section" aria-labelledby="s-takeaways">
        <h2 id="s-takeaways">${t('city.section.takeaways')}</h2>
        ${
          rec.keyTakeaways.length
            ? html`<ul lang="${l('keyTakeaways')}">
                ${rec.keyTakeaways.map((k) => html`<li>${richText(k)}</li>`)}
              </ul>`
            : html`<p>${notStated(t)}</p>`
        }
      </section>
      ${textSection(t, 's-situation', f('migrationSituation'), rec.migrationSituation, l('migrationSituation'))}
      ${textSection(t, 's-challenges', f('challenges'), rec.challenges, l('challenges'))}
      ${textSection(t, 's-strategy', f('strategy'), rec.strategy, l('strategy'))}
      ${textSection(t, 's-participation', f('participatoryApproach'), rec.participatoryApproach, l('participatoryApproach'))}
      <section class="record-section" aria-labelledby="s-networks">
        <h2 id="s-networks">${t('city.section.networks')}</h2>
        <dl class="record">
          ${recordField(t, g('networks'), fig.networks, { lang })}${recordField(t, g('charterSignatory'), fig.charterSignatory)}
        </dl>
      </section>
      <section class="record-section" aria-labelledby="s-source">
        <h2 id="s-source">${t('city.section.source')}</h2>
        <p>${sourceCitation(t, rec.source)}</p>
      </section>
      ${
        v.practices
          ? html`<section class="record-section" aria-labelledby="s-practices">
              <h2 id="s-practices">${t('city.section.practices', { name: rec.name })}</h2>
              ${practiceList(ctx, v)}
            </section>`
          : ''
      }
      <section class="record-section" aria-labelledby="s-stakeholders">
        <h2 id="s-stakeholders">${t('city.section.stakeholders')}</h2>
        <p><a href="/cities/${rec.id}/stakeholders">${t('city.stakeholdersLink', { name: rec.name })}</a></p>
        <p><a href="/cities/${rec.id}/commitments">${t('city.commitmentsLink', { name: rec.name })}</a></p>
      </section>
      ${v.extraSections ?? ''}
    </article>`;
}
