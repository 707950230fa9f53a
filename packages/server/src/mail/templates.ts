import { html, translator } from '@convivio/web';
import type { AccountMailTemplate } from '../accounts/account-mail.ts';

/** Every kind of e-mail: the account ones and the event ones. */
export type TemplateName =
  | AccountMailTemplate
  | 'registrationConfirmed'
  | 'assignmentResult'
  | 'eventReminder'
  | 'followDigest';

/** Which parts a kind of message has: the button's address param (if any); the rest is its message keys. */
const ACTION_PARAM: Record<TemplateName, string | null> = {
  verifyEmail: 'link',
  alreadyRegistered: 'signInUrl',
  resetPassword: 'link',
  passwordChanged: null,
  confirmNewEmail: 'link',
  emailChanged: null,
  invitation: 'link',
  registrationConfirmed: 'link',
  assignmentResult: 'link',
  eventReminder: 'link',
  followDigest: 'link',
};

/** What a template is filled with: its params, optional list lines (an agenda), the unsubscribe address. */
export interface TemplateInput {
  params: Record<string, string>;
  lines?: string[];
  unsubscribeUrl?: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The one place messages are worded: a template in the recipient's language (every string
 * through the message catalogue), as plain text and as HTML with the same content.
 */
export function renderMail(name: TemplateName, lang: string, input: TemplateInput): RenderedMail {
  const t = translator(lang);
  const p = input.params;
  const key = (part: string) => `mail.${name}.${part}`;
  const actionParam = ACTION_PARAM[name];
  const actionUrl = actionParam ? (p[actionParam] ?? null) : null;
  const subject = t(key('subject'), p);
  const greeting = t('mail.greeting', { name: p.name ?? '' });
  const intro = t(key('intro'), p);
  const after = t(key('after'), p);
  const lines = input.lines ?? [];
  const unsubscribe = input.unsubscribeUrl ? t('mail.unsubscribe', { url: input.unsubscribeUrl }) : null;
  const text = [
    greeting,
    intro,
    lines.length ? lines.map((l) => `- ${l}`).join('\n') : null,
    actionUrl ? `${t(key('action'))}: ${actionUrl}` : null,
    after,
    t('mail.signature'),
    unsubscribe ? `--\n${unsubscribe}` : null,
  ]
    .filter((s): s is string => s !== null)
    .join('\n\n');
  const body = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <title>${subject}</title>
      </head>
      <body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
        <p>${greeting}</p>
        <p>${intro}</p>
        ${
          lines.length
            ? html`<ul>
                ${lines.map((l) => html`<li>${l}</li>`)}
              </ul>`
            : ''
        }
        ${
          actionUrl
            ? html`<p><a href="${actionUrl}" style="font-weight: bold">${t(key('action'))}</a></p>
                <p style="font-size: small">${t('mail.linkIntro')}<br />${actionUrl}</p>`
            : ''
        }
        <p>${after}</p>
        <p>${t('mail.signature')}</p>
        ${
          input.unsubscribeUrl
            ? html`<hr />
                <p style="font-size: small">
                  <a href="${input.unsubscribeUrl}">${t('mail.unsubscribeLink')}</a>
                </p>`
            : ''
        }
      </body>
    </html>`;
  return { subject, text, html: body.value };
}
