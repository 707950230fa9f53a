import { addMessages } from '../../i18n.ts';

/** Signing up, confirming an address, passwords, a new address, invitations (English). */
export const access = {
  'signUp.title': 'Sign up',
  'signUp.intro':
    'Anyone may read without an account. With one you can register for events; city editors are invited by their city or an administrator.',
  'signUp.name': 'Your name',
  'signUp.email': 'Email address',
  'signUp.password': 'Password',
  'signUp.passwordHint':
    'At least 10 characters and hard to guess: a passphrase of four or more unrelated words works well.',
  'signUp.button': 'Sign up',
  'signUp.haveAccount': 'Already have an account? Sign in',
  'signUp.sent.title': 'Check your inbox',
  'signUp.rateLimited': 'Too many requests: wait a minute and try again.',
  'signIn.noAccount': 'No account yet? Sign up',
  'signIn.forgot': 'Forgot your password?',
  'signIn.unverified':
    'Confirm your e-mail address first: open the link we sent to it. Signing up again sends a new link.',

  'verify.title': 'Confirm your e-mail address',
  'verify.intro': 'Confirm that {email} is your address to finish creating your account.',
  'verify.button': 'Confirm my address',
  'verify.done.title': 'Your address is confirmed',
  'verify.done.text': 'Thank you: {email} is confirmed. You can sign in now.',
  'verify.signIn': 'Sign in',

  'link.failed.title': 'This link does not work',

  'forgot.title': 'Forgot your password',
  'forgot.intro': 'Give the address of your account: we send a link to choose a new password.',
  'forgot.email': 'Email address',
  'forgot.button': 'Send the link',
  'forgot.sent.title': 'Check your inbox',

  'reset.title': 'Choose a new password',
  'reset.password': 'New password',
  'reset.button': 'Save the new password',
  'reset.done.title': 'Your password is changed',
  'reset.done.text': 'Sign in with your new password. You were signed out everywhere else.',

  'accountPassword.title': 'Change your password',
  'accountPassword.current': 'Current password',
  'accountPassword.password': 'New password',
  'accountPassword.button': 'Change the password',
  'accountPassword.done': 'Your password is changed. You were signed out everywhere else.',

  'accountEmail.title': 'Change your e-mail address',
  'accountEmail.intro': 'Your address now is {email}. It changes when you open the link we send to the new one.',
  'accountEmail.email': 'New email address',
  'accountEmail.current': 'Current password',
  'accountEmail.button': 'Send the confirmation link',
  'accountEmail.confirm.title': 'Use your new address',
  'accountEmail.confirm.intro': 'Use {email} as the address of your account from now on.',
  'accountEmail.confirm.button': 'Use this address',
  'accountEmail.done.title': 'Your address is changed',
  'accountEmail.done.text': 'Your account now uses {email}. Sign in with it from now on.',

  'account.links': 'Your account',
  'account.password': 'Change your password',
  'account.invitations': 'Invite editors',

  'invitation.title': 'Join {city} as an editor',
  'invitation.intro': 'You were invited to edit the practices, profile and stakeholders of {city} as {email}.',
  'invitation.existing': 'Your account {email} will become an editor of {city}.',
  'invitation.name': 'Your name',
  'invitation.password': 'Password',
  'invitation.button': 'Accept the invitation',
  'invitation.done.title': 'Welcome to {city}',
  'invitation.done.created': 'Your account is ready: sign in as {email}.',
  'invitation.done.attached': 'Your account {email} now edits {city}.',

  'invitations.title': 'Invite editors',
  'invitations.intro':
    'An invitation is a link sent by e-mail. It works once, for 7 days, and makes an editor of the city (a new account, or the address’s existing one).',
  'invitations.email': 'Email address',
  'invitations.city': 'City',
  'invitations.language': 'Language of the invitation',
  'invitations.button': 'Send the invitation',
  'invitations.sent': 'The invitation is on its way to {email}.',
  'invitations.revoked': 'The invitation is withdrawn.',
  'invitations.list': 'Invitations',
  'invitations.none': 'No invitation yet.',
  'invitations.col.email': 'Invited',
  'invitations.col.city': 'City',
  'invitations.col.by': 'By',
  'invitations.col.state': 'State',
  'invitations.col.expires': 'Link works until',
  'invitations.revoke': 'Withdraw',
  'invitations.revokeLabel': 'Withdraw the invitation of {email}',
  'invitations.state.pending': 'pending',
  'invitations.state.accepted': 'accepted',
  'invitations.state.revoked': 'withdrawn',
  'invitations.state.expired': 'expired',
} as const;

addMessages('en', access);
