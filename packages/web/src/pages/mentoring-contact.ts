import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { errorSummary, textInput, type FormState } from '../components/form-fields.ts';

export interface ContactPageView {
  programme: { id: string; name: string };
  post: { id: string; kind: 'offer' | 'request'; cityName: string; themeName: string };
  form: FormState;
  formError: string | null;
  /** Whether a contact person is recorded (then it can be cleared). */
  hasContact: boolean;
}

const LABELS: Record<string, string> = { name: 'mentoring.contact', email: 'mentoring.contactEmail' };

/** The contact person of an offer or a request: set it, or clear it (its city's editors and administrators). */
export function contactPage(ctx: PageContext, v: ContactPageView): SafeHtml {
  const { t } = ctx;
  const action = `/mentoring/${v.programme.id}/posts/${v.post.id}/contact`;
  return html`<p><a href="/mentoring/${v.programme.id}#${v.post.id}">${v.programme.name}</a></p>
    <h1>${t('mentoring.contactOf', { city: v.post.cityName, theme: v.post.themeName })}</h1>
    <p class="hint">${t('mentoring.contactHint')}</p>
    ${errorSummary(t, v.form, (n) => (LABELS[n] ? t(LABELS[n]) : n), v.formError)}
    <form method="post" action="${action}" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
      ${textInput(t, v.form, { name: 'name', label: t('mentoring.contact'), maxlength: 300, autocomplete: 'off' })}
      ${textInput(t, v.form, { name: 'email', label: t('mentoring.contactEmail'), type: 'email', autocomplete: 'off' })}
      <button type="submit">${t('mentoring.saveContact')}</button>
    </form>
    ${
      v.hasContact
        ? html`<form method="post" action="${action}">
            <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />
            <input type="hidden" name="clear" value="1" />
            <button type="submit" class="secondary">${t('mentoring.clearContact')}</button>
          </form>`
        : ''
    }`;
}
