import type { AppContext } from '../context.ts';

/** The e-mails the accounts domain sends (their wording lives with the mail domain's templates). */
export type AccountMailTemplate =
  | 'verifyEmail'
  | 'alreadyRegistered'
  | 'resetPassword'
  | 'passwordChanged'
  | 'confirmNewEmail'
  | 'emailChanged'
  | 'invitation';

/** One e-mail to one person; `link` is secret when it carries a token (the outbox keeps it only until it is sent). */
export interface AccountMail {
  template: AccountMailTemplate;
  to: string;
  userId: string | null;
  lang: string;
  params: Record<string, string>;
  /** The params that carry a secret (links with a token). */
  secret?: string[];
}

type Sender = (ctx: AppContext, mail: AccountMail) => Promise<void>;
let sender: Sender | null = null;

/** The mail domain registers how account e-mails are sent (domain-links.ts). */
export function onAccountMail(send: Sender): void {
  sender = send;
}

/** Sends an account e-mail through the registered sender. */
export async function sendAccountMail(ctx: AppContext, mail: AccountMail): Promise<void> {
  if (!sender) throw new Error('No mail sender is registered: import domain-links.ts');
  await sender(ctx, mail);
}
