import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { countryName, formatNumber } from '../components/labels.ts';

/** What the home page shows: the library's size and its newest entries. */
export interface HomeView {
  practiceCount: number;
  cityCount: number;
  latestPractices: { id: string; name: string; cityName: string | null }[];
  cities: { id: string; name: string; country: string }[];
}

/** The home page: what Convivio is, a search box, counts, and ways into practices and cities. */
export function homePage(ctx: PageContext, v: HomeView): SafeHtml {
  const { t } = ctx;
  return html`<section class="hero" aria-labelledby="home-title">
      <h1 id="home-title">${t('home.title')}</h1>
      <p class="lead">${t('home.lead')}</p>
      <form method="get" action="/practices" class="hero-search" role="search">
        <label for="home-q">${t('home.search.label')}</label>
        <div class="inline">
          <input type="search" id="home-q" name="q" /><button type="submit">${t('home.search.button')}</button>
        </div>
      </form>
      <h2 class="visually-hidden">${t('home.stats')}</h2>
      <ul class="stats">
        <li>
          <a href="/practices"
            ><strong>${formatNumber(ctx.lang, v.practiceCount)}</strong> ${t('home.stats.practices')}</a
          >
        </li>
        <li>
          <a href="/cities"><strong>${formatNumber(ctx.lang, v.cityCount)}</strong> ${t('home.stats.cities')}</a>
        </li>
      </ul>
    </section>
    <div class="columns">
      <section aria-labelledby="latest-practices">
        <h2 id="latest-practices">${t('home.latestPractices')}</h2>
        <ul class="related">
          ${v.latestPractices.map((p) => html`<li><a href="/practices/${p.id}">${p.name}</a>${p.cityName ? html` <span class="meta">· ${p.cityName}</span>` : ''}</li>`)}
        </ul>
        <p><a href="/practices?sort=updated">${t('home.allPractices')}</a></p>
      </section>
      <section aria-labelledby="latest-cities">
        <h2 id="latest-cities">${t('home.latestCities')}</h2>
        <ul class="related">
          ${v.cities.map((c) => html`<li><a href="/cities/${c.id}">${c.name}</a> <span class="meta">· ${countryName(t, c.country)}</span></li>`)}
        </ul>
        <p><a href="/cities">${t('home.allCities')}</a></p>
      </section>
      <section aria-labelledby="what">
        <h2 id="what">${t('home.what')}</h2>
        <ul>
          <li>${t('home.what.find')}</li>
          <li>${t('home.what.compare')}</li>
          <li>${t('home.what.share')}</li>
        </ul>
      </section>
    </div>`;
}
