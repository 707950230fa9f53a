import '../messages/en/translations.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { locale } from './labels.ts';

/** Which text a record's page shows: a translation into the page's language, or the original when one exists. */
export type ShownText =
  | {
      shown: 'translation';
      language: string;
      originalLanguage: string;
      kind: 'human' | 'machine';
      source: string | null;
      note: string | null;
      /** The page showing the original. */
      originalHref: string;
    }
  | { shown: 'original'; originalLanguage: string; translationLanguage: string; translationHref: string };

/** A language's name in the page's language ("Spanish", "espagnol"), or its code when Intl does not know it. */
export function displayLanguage(pageLang: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale(pageLang)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The notice above a record's texts: they are a translation (from which language, by whom or
 * what, with the translator's note) with a link to the original; or, on the original, a link
 * to the translation into the page's language.
 */
export function translationNotice(ctx: PageContext, v: ShownText | null | undefined): SafeHtml {
  if (!v) return html``;
  const { t } = ctx;
  const original = displayLanguage(ctx.lang, v.originalLanguage);
  if (v.shown === 'original')
    return html`<aside class="record-translation" aria-label="${t('translations.translate')}">
      <p>
        ${t('translations.originalShown', { language: original })}
        <a href="${v.translationHref}" hreflang="${v.translationLanguage}"
          >${t('translations.readTranslation', { language: displayLanguage(ctx.lang, v.translationLanguage) })}</a
        >
      </p>
    </aside>`;
  return html`<aside class="record-translation" aria-label="${t('translations.translate')}">
    <p>
      ${t('translations.notice', { language: original, kind: v.kind })}
      <a href="${v.originalHref}" hreflang="${v.originalLanguage}"
        >${t('translations.readOriginal', { language: original })}</a
      >
    </p>
    ${v.source ? html`<p class="meta">${t('translations.by', { source: v.source })}</p>` : ''}
    ${v.note ? html`<p class="meta">${t('translations.note', { note: v.note })}</p>` : ''}
  </aside>`;
}
