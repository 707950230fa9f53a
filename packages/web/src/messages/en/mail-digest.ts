import { addMessages } from '../../i18n.ts';

/** The weekly digest e-mail of what a person follows (English). */
export const mailDigest = {
  'mail.followDigest.subject': 'What is new in what you follow',
  'mail.followDigest.intro': 'Here is what changed since {since} in the cities, themes and challenges you follow:',
  'mail.followDigest.action': 'Read your digest',
  'mail.followDigest.after': 'You receive this digest once a week because you chose it on your follows page.',
  'unsubscribe.category.digest': 'the weekly digest of what you follow',
} as const;

addMessages('en', mailDigest);
