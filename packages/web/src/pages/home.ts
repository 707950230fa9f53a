import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import type { PageContext } from '../layout.ts';
import { formatDate, formatNumber } from '../components/labels.ts';
import { networkMapSvg, type NetworkMapView } from './network-map.ts';

/** What the home page shows: the network map, and one short panel per part of the platform. */
export interface HomeView {
  map: NetworkMapView;
  practiceCount: number;
  cityCount: number;
  latestPractices: { id: string; name: string; cityName: string | null }[];
  eventCount: number;
  nextEvent: {
    id: string;
    name: string;
    cityName: string | null;
    startDate: string;
    endDate: string;
    upcoming: boolean;
  } | null;
  evidenceRunCount: number;
  labCount: number;
  labCityCount: number;
  charter: { signatoryCount: number; commitmentCount: number } | null;
}

/** One panel: a heading, a big number and what it counts, a few lines, and the way in. */
function panel(
  id: string,
  title: string,
  figure: { count: number; label: string; href: string },
  body: SafeHtml | string,
  lang: string,
): SafeHtml {
  return html`<section class="home-panel" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    <p class="home-figure">
      <a href="${figure.href}"><strong>${formatNumber(lang, figure.count)}</strong> ${figure.label}</a>
    </p>
    ${body}
  </section>`;
}

function eventLine(t: Translate, lang: string, e: NonNullable<HomeView['nextEvent']>): SafeHtml {
  const dates =
    e.startDate === e.endDate
      ? formatDate(lang, e.startDate)
      : t('home.events.dates', { start: formatDate(lang, e.startDate), end: formatDate(lang, e.endDate) });
  return html`<p>
    ${t(e.upcoming ? 'home.events.next' : 'home.events.latest')}
    <a href="/events/${e.id}">${e.name}</a>${e.cityName ? html`, ${e.cityName}` : ''}, ${dates}
  </p>`;
}

/** The home page: what Convivio is, the search, the network map, and a panel for each part of the platform. */
export function homePage(ctx: PageContext, v: HomeView): SafeHtml {
  const { t, lang } = ctx;
  return html`<section class="hero" aria-labelledby="home-title">
      <h1 id="home-title">${t('home.title')}</h1>
      <p class="lead">${t('home.lead')}</p>
      <form method="get" action="/practices" class="hero-search" role="search">
        <label for="home-q">${t('home.search.label')}</label>
        <div class="inline">
          <input type="search" id="home-q" name="q" /><button type="submit">${t('home.search.button')}</button>
        </div>
      </form>
    </section>
    <section class="home-map" aria-labelledby="home-map-title">
      <h2 id="home-map-title">${t('home.map')}</h2>
      <figure class="network-figure">
        <a class="skip-map" href="#home-panels-title">${t('home.map.skip')}</a>
        ${networkMapSvg(t, v.map)}
        <figcaption class="meta">${t('network.map.source')}</figcaption>
      </figure>
      <p><a href="/network">${t('home.map.explore')}</a></p>
    </section>
    <h2 id="home-panels-title" class="visually-hidden">${t('home.stats')}</h2>
    <div class="home-panels">
      ${panel(
        'home-practices',
        t('nav.practices'),
        { count: v.practiceCount, label: t('home.stats.practices'), href: '/practices' },
        html`<h3 class="home-sub">${t('home.latestPractices')}</h3>
          <ul class="related">
            ${v.latestPractices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a>${p.cityName ? html` <span class="meta">· ${p.cityName}</span>` : ''}</li>`)}
          </ul>`,
        lang,
      )}
      ${panel(
        'home-cities',
        t('nav.cities'),
        { count: v.cityCount, label: t('home.stats.cities'), href: '/cities' },
        html`<p>${t('home.cities.text')}</p>
          <p><a href="/cities">${t('home.allCities')}</a></p>`,
        lang,
      )}
      ${panel(
        'home-events',
        t('nav.events'),
        { count: v.eventCount, label: t('home.stats.events'), href: '/events' },
        v.nextEvent ? eventLine(t, lang, v.nextEvent) : html`<p>${t('home.events.none')}</p>`,
        lang,
      )}
      ${panel(
        'home-evidence',
        t('nav.evidence'),
        { count: v.evidenceRunCount, label: t('home.stats.evidence'), href: '/evidence' },
        html`<p>${t('home.evidence.text')}</p>`,
        lang,
      )}
      ${panel(
        'home-labs',
        t('nav.labs'),
        { count: v.labCount, label: t('home.stats.labs'), href: '/labs' },
        html`<p>${t('home.labs.text', { cities: v.labCityCount })}</p>`,
        lang,
      )}
      ${panel(
        'home-charter',
        t('home.charter'),
        { count: v.charter?.signatoryCount ?? 0, label: t('home.stats.signatories'), href: '/charter' },
        html`<p>
          ${v.charter ? t('home.charter.text', { commitments: v.charter.commitmentCount }) : t('home.charter.none')}
        </p>`,
        lang,
      )}
    </div>`;
}
