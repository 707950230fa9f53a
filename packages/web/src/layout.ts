import { html, type SafeHtml } from './html.ts';
import { languageMeta, type Translate } from './i18n.ts';
import { languageAlternates, languageSwitcher, translationNotice } from './components/language-switcher.ts';

/** What every page needs to know about the viewer. */
export interface PageContext {
  t: Translate;
  lang: string;
  user: { name: string; role: string; cityId: string | null } | null;
  csrfToken: string | null;
  /** The current path, to mark the active navigation entry. */
  path: string;
  /** The current address (path and query) without its `lang` parameter: the page's address in each language builds on it. */
  address?: string;
}

const NAV: [string, string][] = [
  ['/practices', 'nav.practices'],
  ['/cities', 'nav.cities'],
  ['/events', 'nav.events'],
  ['/labs', 'nav.labs'],
  ['/evidence', 'nav.evidence'],
  ['/reports', 'nav.reports'],
  ['/network', 'nav.network'],
];

/** The page shell: skip link, header with navigation and account, main landmark, footer. */
export function layout(
  ctx: PageContext,
  title: string,
  body: SafeHtml,
  opts: { scripts?: string[]; styles?: string[] } = {},
): string {
  const { t } = ctx;
  const nav = NAV.map(([href, key]) => {
    const current = ctx.path === href || ctx.path.startsWith(`${href}/`);
    return html`<li><a href="${href}" ${current ? html`aria-current="page"` : ''}>${t(key)}</a></li>`;
  });
  const account = ctx.user
    ? html`<form method="post" action="/sign-out" class="account">
        <a href="/account">${t('nav.signedInAs', { name: ctx.user.name, role: t(`role.${ctx.user.role}`) })}</a>
        <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" /><button type="submit">
          ${t('nav.signOut')}
        </button>
      </form>`
    : html`<a class="account" href="/sign-in?next=${encodeURIComponent(ctx.path)}">${t('nav.signIn')}</a>`;
  return html`<!doctype html>
    <html lang="${ctx.lang}" dir="${languageMeta(ctx.lang).dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t('app.name')}</title>
        <link rel="stylesheet" href="/static/app.css" />
        ${(opts.styles ?? []).map((s) => html`<link rel="stylesheet" href="${s}" />`)}
        ${ctx.csrfToken ? html`<meta name="csrf-token" content="${ctx.csrfToken}" />` : ''} ${languageAlternates(ctx)}
      </head>
      <body>
        <a class="skip-link" href="#main">${t('nav.skip')}</a>
        <header class="site-header">
          <a class="brand" href="/">${t('app.name')}</a>
          <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="site-menu" hidden>
            ${t('nav.menu')}
          </button>
          <div class="site-menu" id="site-menu">
            <nav aria-label="${t('nav.main')}">
              <ul>
                ${nav}
              </ul>
            </nav>
            ${account} ${languageSwitcher(ctx)}
          </div>
        </header>
        ${translationNotice(ctx)}
        <main id="main" tabindex="-1">${body}</main>
        <footer class="site-footer">
          <p>${t('footer.about')} <a href="/api/v1/openapi.json">${t('footer.api')}</a></p>
        </footer>
        <script src="/static/app.js" defer></script>
        ${(opts.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`)}
      </body>
    </html>`.value;
}
