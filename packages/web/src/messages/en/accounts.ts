import { addMessages } from '../../i18n.ts';

/** Signing in and out, and the error pages (English). */
export const accounts = {
  'signIn.title': 'Sign in',
  'signIn.intro':
    'City editors and administrators sign in to add and edit their city’s practices and profile. Reading needs no account.',
  'signIn.email': 'Email address',
  'signIn.password': 'Password',
  'signIn.button': 'Sign in',
  'signIn.failed': 'The email address or the password is not correct.',
  'signIn.rateLimited': 'Too many attempts: wait a minute and try again.',
  'signIn.already': 'You are signed in as {name}.',
  'signIn.continue': 'Continue',
  'error.badRequest.title': 'This request cannot be answered',
  'error.notFound.title': 'Page not found',
  'error.notFound.text': 'There is nothing at this address. It may have been moved, unpublished, or mistyped.',
  'error.forbidden.title': 'You may not do this',
  'error.forbidden.text': 'Your account does not allow this. City editors may change only their own city’s records.',
  'error.rateLimited.title': 'Too many attempts',
  'error.rateLimited.text': 'Wait a minute and try again.',
  'error.internal.title': 'Something went wrong on our side',
  'error.internal.text': 'The error has been logged. Please try again later.',
  'error.detail': 'Details: {message}',
  'error.home': 'Go to the home page',
  'error.search': 'Search the practices',
} as const;

addMessages('en', accounts);
