import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Arabic; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'الجديد فيما تتابعه',
  'mail.followDigest.intro': 'إليك ما تغيّر منذ {since} في المدن والمواضيع والتحديات التي تتابعها:',
  'mail.followDigest.action': 'اقرأ ملخصك',
  'mail.followDigest.after': 'تصلك هذه الرسالة أسبوعيًا لأنك اخترتها في صفحة متابعاتك.',
  'unsubscribe.category.digest': 'الملخص الأسبوعي لما تتابعه',
} satisfies Record<keyof typeof english, string>;

addMessages('ar', mailDigest);
