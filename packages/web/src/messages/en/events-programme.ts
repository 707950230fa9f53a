import { addMessages } from '../../i18n.ts';

/** Interface strings of the timetable, the session pages, the saved sessions and the ranking lists (English). */
export const eventsProgramme = {
  'events.rank.hint':
    'Put the {what} in the order you prefer, best first. Rank at least {min} and at most {max}, or none.',
  'events.rank.what.parallel': 'sessions',
  'events.rank.what.corner': 'presentations',
  'events.rank.numberHint': 'Give each one you want a number, 1 for the best, and leave the others empty.',
  'events.rank.numberLabel': 'Rank',
  'events.rank.keysHint':
    'Tick the ones you want. Reorder with the move buttons, with the arrow keys on a move button, or by dragging the handle.',
  'events.rank.number': 'Rank of {title}',
  'events.rank.include': 'Include {title}',
  'events.rank.up': 'Move up: {title}',
  'events.rank.down': 'Move down: {title}',
  'events.rank.drag': 'Drag to reorder: {title}',
  'events.rank.moved': '{title}: now choice {n} of {count}.',
  'events.rank.included': '{title} included as choice {n} of {count}.',
  'events.rank.excluded': '{title} left out of your ranking.',
  'events.rank.top': '{title} is already first.',
  'events.rank.bottom': '{title} is already last of your choices.',
  'events.rank.tooFew': '{point}: rank at least {min} {what}, or none (you ranked {count}).',
  'events.rank.tooMany': '{point}: rank at most {max} {what} (you ranked {count}).',
  'events.rank.about': 'About this',
  'events.rank.noDescription': 'The programme gives no description.',
  'events.rank.notRanked': 'not ranked',
  'events.rank.position': 'Choice {n}',
} as const;

addMessages('en', eventsProgramme);
