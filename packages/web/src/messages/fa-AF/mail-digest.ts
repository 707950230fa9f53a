import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Dari; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'تازه‌ها در آنچه دنبال می‌کنید',
  'mail.followDigest.intro': 'این‌ها از {since} در شهرها، موضوعات و چالش‌هایی که دنبال می‌کنید تغییر کرده‌اند:',
  'mail.followDigest.action': 'خلاصهٔ خود را بخوانید',
  'mail.followDigest.after': 'این خلاصه را هر هفته دریافت می‌کنید چون آن را در صفحهٔ دنبال‌شده‌های خود انتخاب کرده‌اید.',
  'unsubscribe.category.digest': 'خلاصهٔ هفته‌وار آنچه دنبال می‌کنید',
} satisfies Record<keyof typeof english, string>;

addMessages('fa-AF', mailDigest);
