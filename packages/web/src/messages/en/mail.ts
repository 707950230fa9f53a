import { addMessages } from '../../i18n.ts';

/** Every e-mail the platform sends, and the outbox pages (English). */
export const mail = {
  'mail.greeting': 'Hello {name},',
  'mail.signature': 'The Convivio team',
  'mail.linkIntro': 'If the button does not work, copy this address into your browser:',
  'mail.unsubscribe': 'You receive this because you registered for an event. Stop these messages: {url}',
  'mail.unsubscribeLink': 'Unsubscribe',
  'mail.agenda.waiting': '{line}: on the waiting list',

  'mail.verifyEmail.subject': 'Confirm your e-mail address for Convivio',
  'mail.verifyEmail.intro':
    'Thank you for signing up. Confirm that this address is yours to finish creating your account.',
  'mail.verifyEmail.action': 'Confirm my address',
  'mail.verifyEmail.after':
    'The link works once, for {hours} hours. If you did not sign up, ignore this message: no account is made without it.',

  'mail.alreadyRegistered.subject': 'Someone tried to sign up with your address',
  'mail.alreadyRegistered.intro':
    'Someone (perhaps you) tried to sign up for Convivio with this address, which already has an account. Nothing has changed.',
  'mail.alreadyRegistered.action': 'Sign in',
  'mail.alreadyRegistered.after': 'Forgot your password? Ask for a new one at {forgotUrl}',

  'mail.resetPassword.subject': 'Reset your Convivio password',
  'mail.resetPassword.intro': 'Someone (hopefully you) asked to reset the password of your account.',
  'mail.resetPassword.action': 'Choose a new password',
  'mail.resetPassword.after':
    'The link works once, for {hours} hours. If you did not ask for it, ignore this message: your password stays as it is.',

  'mail.passwordChanged.subject': 'Your Convivio password was changed',
  'mail.passwordChanged.intro': 'The password of your account was just changed, and your other sessions were ended.',
  'mail.passwordChanged.after': 'If this was not you, reset your password at once: {forgotUrl}',

  'mail.confirmNewEmail.subject': 'Confirm your new e-mail address for Convivio',
  'mail.confirmNewEmail.intro': 'You asked to use this address for your Convivio account. Confirm that it is yours.',
  'mail.confirmNewEmail.action': 'Use this address',
  'mail.confirmNewEmail.after':
    'The link works once, for {hours} hours. If you did not ask for this, ignore this message.',

  'mail.emailChanged.subject': 'Your Convivio account has a new e-mail address',
  'mail.emailChanged.intro':
    'Your account now uses the address {newEmail}; messages no longer come to this one and you sign in with the new one.',
  'mail.emailChanged.after': 'If this was not you, tell an administrator at once.',

  'mail.invitation.subject': 'You are invited to edit {city} on Convivio',
  'mail.invitation.intro':
    '{inviter} invites you to edit the practices, profile and stakeholders of {city} on Convivio, the common space where European cities share integration practices.',
  'mail.invitation.action': 'Accept the invitation',
  'mail.invitation.after': 'The link works once, until {expires}. If you do not know {inviter}, ignore this message.',

  'mail.registrationConfirmed.subject': 'You are registered for {event}',
  'mail.registrationConfirmed.intro': 'Your registration for {event} ({dates}) is confirmed.',
  'mail.registrationConfirmed.action': 'See your registration',
  'mail.registrationConfirmed.after':
    'You can change your choices or withdraw from the registration page until the organisers close it.',

  'mail.assignmentResult.subject': 'Your sessions at {event}',
  'mail.assignmentResult.intro':
    'The organisers of {event} have assigned the participants to the sessions. Your agenda is below; it is attached as a calendar file too.',
  'mail.assignmentResult.action': 'See your agenda',
  'mail.assignmentResult.after': 'The agenda may still change; you will be told if it does.',

  'mail.eventReminder.subject': 'Reminder: {event} starts {when}',
  'mail.eventReminder.intro': '{event} starts {when} ({place}). Your agenda is below.',
  'mail.eventReminder.action': 'See your agenda',
  'mail.eventReminder.after': 'We look forward to seeing you.',

  'outbox.title': 'Outbox',
  'outbox.intro':
    'Every e-mail the platform sent or would send. Without an SMTP server (SMTP_URL) messages stay here as queued, so the links they carry can be opened from this page.',
  'outbox.smtp.on': 'Messages are sent through the configured SMTP server.',
  'outbox.smtp.off': 'No SMTP server is configured: messages are not sent, only kept here.',
  'outbox.empty': 'No message yet.',
  'outbox.col.created': 'Created',
  'outbox.col.to': 'To',
  'outbox.col.subject': 'Subject',
  'outbox.col.template': 'Kind',
  'outbox.col.state': 'State',
  'outbox.state.queued': 'queued',
  'outbox.state.sent': 'sent',
  'outbox.state.failed': 'failed',
  'outbox.error': 'Error from the SMTP server: {error}',
  'outbox.sentAt': 'Sent {when}',
  'outbox.text': 'Plain text',
  'outbox.html': 'HTML',
  'outbox.headers': 'Headers',
  'outbox.attachments': 'Attachments',
  'outbox.noAttachments': 'None',
  'outbox.back': 'All messages',
  'outbox.older': 'Older messages',
  'outbox.newer': 'Newer messages',

  'unsubscribe.title': 'Unsubscribe',
  'unsubscribe.question': 'Stop sending {category} to {email}?',
  'unsubscribe.button': 'Unsubscribe',
  'unsubscribe.done': 'Done: {email} will receive no more {category}.',
  'unsubscribe.invalid': 'This unsubscribe link is not valid. Copy the whole address from the message.',
  'unsubscribe.category.reminders': 'event reminders',
} as const;

addMessages('en', mail);
