import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { errorSummary, textInput, validationMessages, type FormState } from '../components/form-fields.ts';

/** The sign-in form, with the address to return to and any problem found. */
export interface SignInView {
  state: FormState;
  next: string;
  failure?: string | null;
}

/** The sign-in page (or, for a signed-in user, a note and a way on). */
export function signInPage(ctx: PageContext, v: SignInView): SafeHtml {
  const { t } = ctx;
  if (ctx.user) {
    return html`<h1>${t('signIn.title')}</h1>
      <p>${t('signIn.already', { name: ctx.user.name })}</p>
      <p><a class="button" href="${v.next}">${t('signIn.continue')}</a></p>`;
  }
  const label = (name: string) => t(`signIn.${name}`);
  return html`<div class="narrow">
    <h1>${t('signIn.title')}</h1>
    ${errorSummary(t, v.state, label, v.failure)}
    <p>${t('signIn.intro')}</p>
    <form method="post" action="/sign-in" novalidate data-validate ${validationMessages(t)}>
      <input type="hidden" name="next" value="${v.next}" />
      ${textInput(t, v.state, { name: 'email', label: label('email'), type: 'email', required: true, autocomplete: 'username' })}
      ${textInput(t, v.state, { name: 'password', label: label('password'), type: 'password', required: true, autocomplete: 'current-password' })}
      <div class="form-actions"><button type="submit">${t('signIn.button')}</button></div>
    </form>
    <ul class="plain-list">
      <li><a href="/password/forgot">${t('signIn.forgot')}</a></li>
      <li><a href="/sign-up">${t('signIn.noAccount')}</a></li>
    </ul>
  </div>`;
}
