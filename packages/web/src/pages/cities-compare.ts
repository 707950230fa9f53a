import type { CityRecord } from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { breadcrumb } from '../components/page-parts.ts';
import { forRecord, notStated, sourceCitation } from '../components/record-text.ts';
import { cityFigures } from './cities-profile.ts';

/** The cities to compare, each with its number of practices. */
export interface CityCompareView {
  cities: { record: CityRecord; practiceCount: number }[];
}

const LIMIT = 420;

/** A long text cut at a word boundary near the limit, with a link to read the rest on the profile. */
function excerpt(ctx: PageContext, text: string | null, lang: string, href: string, cityName: string): SafeHtml | null {
  if (!text) return null;
  if (text.length <= LIMIT) return html`<div lang="${lang}">${text}</div>`;
  const cut = text.slice(0, LIMIT).replace(/\s+\S*$/, '');
  return html`<div lang="${lang}">${cut}…</div>
    <a href="${href}">${ctx.t('record.readMore')}<span class="visually-hidden"> (${cityName})</span></a>`;
}

type Cell = SafeHtml | string | null;

/**
 * The comparison: one column per city, one row per profile field (headers scoped for screen
 * readers). On a phone the same rows stack instead, one card per city (CSS shows one or the other).
 */
export function cityComparePage(ctx: PageContext, v: CityCompareView): SafeHtml {
  const { t } = ctx;
  const f = (key: string) => t(`city.field.${key}`);
  const figures = v.cities.map((c) => cityFigures(ctx, c.record));
  const figureRow = (key: string): [string, Cell[]] => [
    t(`city.figure.${key}`),
    figures.map((fig) => fig[key] ?? null),
  ];
  const textRow = (
    key: 'migrationSituation' | 'challenges' | 'strategy' | 'participatoryApproach',
    section: string,
  ): [string, Cell[]] => [
    f(key),
    v.cities.map((c) =>
      excerpt(ctx, c.record[key], c.record.language, `/cities/${c.record.id}#${section}`, c.record.name),
    ),
  ];
  const rows: [string, Cell[]][] = [
    ...['country', 'region', 'population', 'migrantShare', 'nationalitiesCount', 'mayor'].map(figureRow),
    textRow('migrationSituation', 's-situation'),
    textRow('challenges', 's-challenges'),
    textRow('strategy', 's-strategy'),
    textRow('participatoryApproach', 's-participation'),
    figureRow('networks'),
    figureRow('charterSignatory'),
    [
      f('keyTakeaways'),
      v.cities.map((c) =>
        c.record.keyTakeaways.length
          ? html`<ul lang="${c.record.language}">
              ${c.record.keyTakeaways.map((k) => html`<li>${k}</li>`)}
            </ul>`
          : null,
      ),
    ],
    [
      t('cities.table.practices'),
      v.cities.map(
        (c) =>
          html`<a href="/practices?city=${c.record.id}"
            >${c.practiceCount}<span class="visually-hidden">
              (${t('city.section.practices', { name: c.record.name })})</span
            ></a
          >`,
      ),
    ],
    [t('city.section.source'), v.cities.map((c) => sourceCitation(t, c.record.source))],
  ];
  /** A city's value; empty reads "Not stated in the source", or "Not recorded" for a city with no source. */
  const value = (cell: Cell, i: number) =>
    cell === null || cell === '' ? notStated(forRecord(ctx, v.cities[i]?.record.source ?? null).t) : cell;
  return html`${breadcrumb(t, [['/cities', t('cities.title')]], t('cities.compare.title'))}
    <h1>${t('cities.compare.title')}</h1>
    <p><a href="/cities">${t('cities.compare.another')}</a></p>
    <div class="table-wrap compare" role="region" aria-labelledby="compare-caption" tabindex="0">
      <table class="compare-table">
        <caption id="compare-caption">
          ${t('cities.compare.caption')}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${v.cities.map((c) => html`<th scope="col"><a href="/cities/${c.record.id}">${c.record.name}</a></th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([label, cells]) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${cells.map((cell, i) => html`<td>${value(cell, i)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <div class="compare-stack">
      ${v.cities.map(
        (c, i) =>
          html`<section class="compare-card" aria-labelledby="compare-card-${c.record.id}">
            <h2 id="compare-card-${c.record.id}"><a href="/cities/${c.record.id}">${c.record.name}</a></h2>
            <dl class="record">
              ${rows.map(
                ([label, cells]) =>
                  html`<dt>${label}</dt>
                    <dd>${value(cells[i] ?? null, i)}</dd>`,
              )}
            </dl>
          </section>`,
      )}
    </div>`;
}
