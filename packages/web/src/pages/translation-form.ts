import '../messages/en/translations.ts';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import {
  choiceGroup,
  errorSummary,
  selectField,
  textArea,
  textInput,
  validationMessages,
  type FormState,
} from '../components/form-fields.ts';
import { breadcrumb, notice } from '../components/page-parts.ts';
import { displayLanguage } from '../components/translation-notice.ts';

/** The translation form of one record: its existing translations and a form for one language. */
export interface TranslationFormView {
  /** The record's page, name and original language. */
  href: string;
  name: string;
  originalLanguage: string;
  /** Catalogue prefix of the field labels (`practice.field.`, `city.field.`). */
  labelPrefix: string;
  /** The translatable fields, each with the original's text (a list field as lines). */
  fields: { name: string; list: boolean; original: string }[];
  /** The languages a translation may be in. */
  languages: string[];
  existing: { language: string; kind: string }[];
  state: FormState;
  generalError?: string | null;
  notice?: string | null;
}

/** The page where a record's editors add or change a translation (works without JavaScript). */
export function translationFormPage(ctx: PageContext, v: TranslationFormView): SafeHtml {
  const { t } = ctx;
  const lang = (code: string) => displayLanguage(ctx.lang, code);
  const language = typeof v.state.values.language === 'string' ? v.state.values.language : '';
  const labelFor = (name: string) =>
    name.startsWith('field.')
      ? t(`${v.labelPrefix}${name.slice(6)}`)
      : t(name === 'language' ? 'translations.form.language' : name === 'kind' ? 'translations.form.kind' : name);
  return html`${breadcrumb(t, [[v.href, v.name]], t('translations.form.title', { name: v.name }))}
    <h1>${t('translations.form.title', { name: v.name })}</h1>
    ${notice(v.notice)}
    <p>${t('translations.form.intro')}</p>
    <h2>${t('translations.form.existing')}</h2>
    ${
      v.existing.length
        ? html`<ul>
            ${v.existing.map(
              (e) =>
                html`<li>
                  <a href="?language=${e.language}">${t('translations.form.edit', { language: lang(e.language) })}</a>
                  · <a href="${v.href}?lang=${e.language}" hreflang="${e.language}">${lang(e.language)}</a>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('translations.form.none')}</p>`
    }
    ${errorSummary(t, v.state, labelFor, v.generalError)}
    <form method="post" class="record-form" novalidate ${validationMessages(t)}>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${selectField(t, v.state, {
        name: 'language',
        label: t('translations.form.language'),
        required: true,
        options: v.languages.map((code) => ({ value: code, label: `${lang(code)} (${code})` })),
      })}
      ${choiceGroup(t, v.state, {
        name: 'kind',
        legend: t('translations.form.kind'),
        type: 'radio',
        options: [
          { value: 'human', label: t('translations.form.kind.human') },
          { value: 'machine', label: t('translations.form.kind.machine') },
        ],
      })}
      ${textInput(t, v.state, { name: 'source', label: t('translations.form.source'), maxlength: 500 })}
      ${textInput(t, v.state, { name: 'note', label: t('translations.form.note'), maxlength: 1000 })}
      ${v.fields.map((f) =>
        textArea(t, v.state, {
          name: `field.${f.name}`,
          label: t(`${v.labelPrefix}${f.name}`),
          hint: [
            f.list ? t('translations.form.keyTakeawaysHint') : '',
            f.original ? t('translations.form.original', { text: f.original }) : '',
          ]
            .filter(Boolean)
            .join(' '),
          lang: language || undefined,
          rows: f.name === 'name' ? 2 : 5,
        }),
      )}
      <button type="submit">${t('translations.form.save')}</button>
    </form>`;
}
