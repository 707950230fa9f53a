import { addMessages } from '../../i18n.ts';

/** Interface strings of a person's follows and their digest (English). */
export const follows = {
  'follows.title': 'My follows',
  'follows.lead': 'Follow cities, themes and challenges, and read here what changed since your last visit.',
  'follows.follow': 'Follow {name}',
  'follows.unfollow': 'Stop following {name}',
  'follows.following': 'You follow {name}.',
  'follows.none': 'You follow nothing yet.',
  'follows.kind.city': 'City',
  'follows.kind.theme': 'Theme',
  'follows.kind.challenge': 'Challenge',
  'follows.add': 'Follow a theme or a challenge',
  'follows.what': 'What to follow',
  'follows.digest': 'What changed since {date}',
  'follows.nothingNew': 'Nothing new in what you follow since then.',
  'follows.practiceNew': 'New practice: {name}',
  'follows.practiceUpdated': 'Updated practice: {name}',
  'follows.assessment': 'Charter assessment in {cycle}: {commitment}, {status}',
  'follows.eventNew': 'New event: {name}, {date}',
  'follows.eventRegistration': 'Registration open: {name}, {date}',
  'follows.evidenceRun': 'New evidence results: {name}',
  'follows.markRead': 'Mark as read',
  'follows.email': 'The digest by e-mail',
  'follows.frequency.off': 'Never',
  'follows.frequency.weekly': 'Weekly',
  'follows.saveEmail': 'Save',
  'follows.saved': 'Saved.',
} as const;

addMessages('en', follows);
