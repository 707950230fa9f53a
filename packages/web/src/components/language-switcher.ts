import { html, type SafeHtml } from '../html.ts';
import { LANGUAGES, languageMeta } from '../i18n.ts';
import type { PageContext } from '../layout.ts';

/** The page's address in a language (`?lang=`, kept with the page's other parameters). */
export function addressIn(address: string, lang: string): string {
  return `${address}${address.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}

/** `<link rel="alternate" hreflang>` for each language of the page, and the address without a language. */
export function languageAlternates(ctx: PageContext): SafeHtml {
  const address = ctx.address ?? ctx.path;
  return html`${LANGUAGES().map((lang) => html`<link rel="alternate" hreflang="${lang}" href="${addressIn(address, lang)}" />`)}
    <link rel="alternate" hreflang="x-default" href="${address}" />`;
}

/** The language switcher: a form (no script needed) posting the choice, which is kept in a cookie and the account. */
export function languageSwitcher(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  return html`<form method="post" action="/language" class="language-switcher">
    <label for="language-choice">${t('language.label')}</label>
    <select id="language-choice" name="lang">
      ${LANGUAGES().map((code) => {
        const meta = languageMeta(code);
        return html`<option value="${code}" lang="${code}" dir="${meta.dir}" ${code === ctx.lang ? html`selected` : ''}>
          ${meta.name}
        </option>`;
      })}
    </select>
    <input type="hidden" name="next" value="${ctx.address ?? ctx.path}" />
    ${ctx.csrfToken ? html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}" />` : ''}
    <button type="submit">${t('language.change')}</button>
  </form>`;
}

/** The discreet notice on pages in a language no native speaker has reviewed yet. */
export function translationNotice(ctx: PageContext): SafeHtml | '' {
  return languageMeta(ctx.lang).reviewed ? '' : html`<p class="translation-notice">${ctx.t('language.unreviewed')}</p>`;
}
