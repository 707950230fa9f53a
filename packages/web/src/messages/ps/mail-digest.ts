import { addMessages } from '../../i18n.ts';
import type { mailDigest as english } from '../en/mail-digest.ts';

/** The weekly digest e-mail of what a person follows (Pashto; machine-assisted, not reviewed by a native speaker). */
export const mailDigest = {
  'mail.followDigest.subject': 'په هغه څه کې نوي چې تاسو یې تعقیبوئ',
  'mail.followDigest.intro':
    'دا هغه څه دي چې له {since} راهیسې په هغو ښارونو، موضوعاتو او ننګونو کې بدل شوي چې تاسو یې تعقیبوئ:',
  'mail.followDigest.action': 'خپل لنډیز ولولئ',
  'mail.followDigest.after': 'تاسو دا لنډیز هره اونۍ ترلاسه کوئ ځکه چې تاسو دا د خپلو تعقیبونو په پاڼه کې غوره کړی.',
  'unsubscribe.category.digest': 'د هغه څه اونیز لنډیز چې تاسو یې تعقیبوئ',
} satisfies Record<keyof typeof english, string>;

addMessages('ps', mailDigest);
