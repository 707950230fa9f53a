import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Ukrainian; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'Що нового в тому, за чим ви стежите',
  'mail.followDigest.intro': 'Ось що змінилося з {since} у містах, темах і викликах, за якими ви стежите:',
  'mail.followDigest.action': 'Прочитати огляд',
  'mail.followDigest.after': 'Ви отримуєте цей огляд щотижня, бо обрали його на сторінці того, за чим стежите.',
  'unsubscribe.category.digest': 'щотижневий огляд того, за чим ви стежите',
} satisfies Record<keyof typeof english, string>;

addMessages('uk', mailDigest);
