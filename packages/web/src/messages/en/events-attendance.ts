import { addMessages } from '../../i18n.ts';

/** Interface strings of check-in, attendance and calendar subscriptions (English). */
export const eventsAttendance = {
  'events.badges.qr': 'Check-in code of {name}',
  'events.checkin.title': 'Check-in: {event}',
  'events.checkin.lead':
    'Scan the QR code on a badge (a USB or phone scanner types the code into the field and presses Enter), type the code, or find the person by name.',
  'events.checkin.where': 'Check in at',
  'events.checkin.wholeEvent': 'The event (arrival)',
  'events.checkin.change': 'Change',
  'events.checkin.code': 'Check-in code',
  'events.checkin.codeHint': 'The code printed under the QR code on the badge.',
  'events.checkin.submit': 'Check in',
  'events.checkin.camera': 'Scan with the camera',
  'events.checkin.cameraStop': 'Stop the camera',
  'events.checkin.cameraLabel': 'Camera picture for scanning a badge',
  'events.checkin.search': 'Find by name or organisation',
  'events.checkin.find': 'Find',
  'events.checkin.results': 'People found: {count}',
  'events.checkin.noResults': 'Nobody registered matches “{query}”.',
  'events.checkin.person': 'Check in {name}',
  'events.checkin.already': 'Checked in at {time}',
  'events.checkin.done': 'Checked in: {name} ({role}).',
  'events.checkin.again': '{name} was already checked in here at {time}; nothing changed.',
  'events.checkin.counts': 'Checked in so far',
  'events.checkin.session': 'Session',
  'events.checkin.count': 'Checked in',
  'events.checkin.eventCount': '{count} of {registered} registered',
  'events.checkin.link': 'Check-in and attendance',
  'events.feed.title': 'Subscribe to my agenda: {event}',
  'events.feed.lead':
    'A calendar app (Google Calendar, Outlook, Apple Calendar, Thunderbird) can subscribe to your agenda at a secret address and keep it up to date. Anyone who knows the address can read your agenda: keep it to yourself, and revoke it if it leaks.',
  'events.feed.none': 'You have no subscription address yet.',
  'events.feed.exists':
    'You have a subscription address, made on {date}. For your safety it is shown only once: renew it to get a new one (the old one stops working).',
  'events.feed.created': 'Your new subscription address (shown only now; copy it into your calendar app):',
  'events.feed.address': 'Subscription address',
  'events.feed.copy': 'Copy',
  'events.feed.copied': 'Copied.',
  'events.feed.create': 'Make a subscription address',
  'events.feed.renew': 'Renew the address',
  'events.feed.revoke': 'Revoke the address',
  'events.feed.revoked': 'The subscription address was revoked: it no longer works.',
  'events.feed.link': 'Subscribe in a calendar app',
};

addMessages('en', eventsAttendance);
