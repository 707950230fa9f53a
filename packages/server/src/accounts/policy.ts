import type { User } from './schema.ts';
import { forbidden, unauthenticated } from '../errors.ts';

/*
 * The platform's one policy: every authorisation decision is `can(user, action, resource)`,
 * decided by that action's rule in RULES. The resource is what the rule needs to know about
 * the record and the user's relation to it (the city a record belongs to, whether the user
 * organises the event or owns the dataset); the domain gathers those facts, the rule decides.
 * Services, pages and presenters ask `can`; `assertCan` refuses with 401 when nobody is
 * signed in and 403, with the rule's reason, otherwise.
 */

/** The facts each action's rule looks at (`null`: the action concerns no one record). */
export interface Resources {
  /** List and create accounts. */
  'accounts.manage': null;
  /** See or revoke an account's API tokens (`own`: the user's own). */
  'account.tokens': { own: boolean };
  /** See, download or delete one's own account and end its sessions: any signed-in person. */
  'account.own': null;
  /** See an account's e-mail address (`own`: the user's own). */
  'account.seeEmail': { own: boolean };
  /** Ask to become the editor of a city. */
  'editorRequest.create': null;
  /** See every editor request and approve or refuse them. */
  'editorRequests.decide': null;
  /** Change a record that belongs to a city (`cityId` null: to no city, e.g. an EU project): its profile, practices, stakeholders, contacts, labs, commitments. */
  'city.edit': { cityId: string | null };
  /** See the drafts and the history of a city's records: the people who may edit them. */
  'city.seeDrafts': { cityId: string | null };
  /** Add a city. */
  'city.create': null;
  /** See every draft city in the city list. */
  'cities.seeAllDrafts': null;
  /** Add a practice (to a city the user may edit). */
  'practice.create': null;
  /** See every city's draft practices in the library. */
  'practices.seeAllDrafts': null;
  /** Filter the library by status (those who have drafts to find). */
  'practices.filterByStatus': null;
  /** Say whether a city signed the charter. */
  'charter.setSignatory': null;
  /** Open, close and rename the charter's monitoring cycles. */
  'charter.manageCycles': null;
  /** Create, delete an event; name or remove its organisers. */
  'event.create': null;
  'event.delete': null;
  'event.nameOrganisers': null;
  /** Manage an event (programme, settings, registrations, assignment) and see it in draft. */
  'event.manage': { organiser: boolean };
  /** See every draft event in the event list. */
  'events.seeAllDrafts': null;
  /** Record a session's key messages. */
  'event.recordKeyMessages': { organiser: boolean; rapporteur: boolean };
  /** Register someone for an event (`self`: the user themselves). */
  'event.register': { self: boolean; organiser: boolean };
  /** Create or renew a registration's calendar subscription address (`self`: one's own registration). */
  'event.subscribeCalendar': { self: boolean };
  /** Revoke a registration's calendar subscription address. */
  'event.revokeCalendar': { self: boolean; organiser: boolean };
  /** Check people in at an event and see its attendance (personal data). */
  'event.checkIn': { organiser: boolean };
  /** See or change the sessions a participant added to their agenda (`self`: their own). */
  'event.savedSessions': { self: boolean };
  /** See an evidence dataset or run. */
  'evidence.see': { mine: boolean; public: boolean };
  /** See every evidence dataset and run, public or not. */
  'evidence.seeAll': null;
  /** Change an evidence dataset (its mapping). */
  'evidence.change': { mine: boolean };
  /** Read the outbox: every e-mail the platform sent or would send (personal data, secret links). */
  'mail.readOutbox': null;
  /** Invite someone to edit a city, or see and revoke that city's invitations. */
  'invitation.manage': { cityId: string };
  /** See every city's invitations. */
  'invitations.seeAll': null;
  /** Create and change mentoring programmes and their study visits (programme coordination). */
  'mentoring.manage': null;
  /** See the contact persons of mentoring offers and requests (personal data): those who arrange the pairs. */
  'mentoring.seeContacts': null;
}

export type Action = keyof Resources;

interface Rule<R> {
  /** May this user (null: nobody signed in) do it? */
  allow(user: User | null, resource: R): boolean;
  /** Why a signed-in user may not; `what` names the thing, e.g. "this practice". */
  refusal(user: User, resource: R, what: string): string;
}

const isAdmin = (user: User | null): boolean => user?.role === 'admin';

/** Administrators, and a city's editors for that city's records (a record of no city: administrators only). */
const editsCity = (user: User | null, cityId: string | null): boolean =>
  isAdmin(user) || (user?.role === 'editor' && cityId !== null && user.cityId === cityId);

const administrators: Rule<null> = { allow: isAdmin, refusal: (_user, _r, what) => `Only administrators may ${what}` };

const cityRecords: Rule<{ cityId: string | null }> = {
  allow: (user, r) => editsCity(user, r.cityId),
  refusal: (user, _r, what) =>
    `You may not change ${what}: ${user.role === 'reader' ? 'readers cannot edit' : user.role === 'editor' ? `editors may edit only their own city's records (${user.cityId})` : 'not allowed'}`,
};

const eventManagers: Rule<{ organiser: boolean }> = {
  allow: (user, r) => isAdmin(user) || (user !== null && r.organiser),
  refusal: (_user, _r, what) => `You may not ${what}: only the event's organisers and administrators may`,
};

const RULES: { [A in Action]: Rule<Resources[A]> } = {
  'accounts.manage': administrators,
  'account.tokens': {
    allow: (user, r) => isAdmin(user) || (user !== null && r.own),
    refusal: (_user, _r, what) => `Only administrators may ${what} of another account`,
  },
  'account.own': { allow: (user) => user !== null, refusal: () => 'Sign in to do this' },
  'account.seeEmail': {
    allow: (user, r) => isAdmin(user) || (user !== null && r.own),
    refusal: () => "Only administrators see other people's e-mail addresses",
  },
  'editorRequest.create': {
    allow: (user) => user?.role === 'reader',
    refusal: (user) =>
      `Only readers ask to become a city's editor: you are already ${user.role === 'admin' ? 'an administrator' : `the editor of ${user.cityId}`}`,
  },
  'editorRequests.decide': administrators,
  'city.edit': cityRecords,
  'city.seeDrafts': cityRecords,
  'city.create': administrators,
  'cities.seeAllDrafts': administrators,
  'practice.create': {
    allow: (user) => isAdmin(user) || (user?.role === 'editor' && user.cityId !== null),
    refusal: () => 'Only city editors and administrators can add practices',
  },
  'practices.seeAllDrafts': administrators,
  'practices.filterByStatus': {
    allow: (user) => isAdmin(user) || user?.role === 'editor',
    refusal: () => 'Only editors and administrators have drafts',
  },
  'charter.setSignatory': administrators,
  'charter.manageCycles': administrators,
  'event.create': administrators,
  'event.delete': administrators,
  'event.nameOrganisers': administrators,
  'event.manage': eventManagers,
  'events.seeAllDrafts': administrators,
  'event.recordKeyMessages': {
    allow: (user, r) => eventManagers.allow(user, r) || (user !== null && r.rapporteur),
    refusal: () => "Only the session's rapporteurs and the event's organisers may record its key messages",
  },
  'event.register': {
    allow: (user, r) => user !== null && (r.self || eventManagers.allow(user, r)),
    refusal: () => 'You may register only yourself; organisers register others',
  },
  'event.subscribeCalendar': {
    allow: (user, r) => user !== null && r.self,
    refusal: () => 'Only the participant may create their own calendar subscription address',
  },
  'event.revokeCalendar': {
    allow: (user, r) => user !== null && (r.self || eventManagers.allow(user, { organiser: r.organiser })),
    refusal: () => "Only the participant and the event's organisers may revoke a calendar subscription address",
  },
  'event.checkIn': eventManagers,
  'event.savedSessions': {
    allow: (user, r) => user !== null && r.self,
    refusal: () => 'Only the participant sees and changes the sessions they added to their agenda',
  },
  'evidence.see': {
    allow: (user, r) => r.public || isAdmin(user) || (user !== null && r.mine),
    refusal: (_user, _r, what) => `You may not see ${what}`,
  },
  'evidence.seeAll': administrators,
  'evidence.change': {
    allow: (user, r) => isAdmin(user) || (user !== null && r.mine),
    refusal: (_user, _r, what) => `You may not change ${what}: only its owner and administrators may`,
  },
  'mail.readOutbox': administrators,
  'invitation.manage': {
    allow: (user, r) => editsCity(user, r.cityId),
    refusal: (user, _r, what) =>
      `You may not ${what}: ${user.role === 'editor' ? `editors invite only to their own city (${user.cityId})` : "only administrators and the city's editors may"}`,
  },
  'invitations.seeAll': administrators,
  'mentoring.manage': administrators,
  'mentoring.seeContacts': {
    allow: (user) => isAdmin(user) || (user?.role === 'editor' && user.cityId !== null),
    refusal: () => "Only cities' editors and administrators see the contact persons of offers and requests",
  },
};

/** May this user (null: nobody signed in) do this action on this resource? */
export function can<A extends Action>(user: User | null, action: A, resource: Resources[A]): boolean {
  return RULES[action].allow(user, resource);
}

/** The user, when they may do it; else 401 when nobody is signed in, 403 with the rule's reason otherwise. */
export function assertCan<A extends Action>(
  user: User | null,
  action: A,
  resource: Resources[A],
  what = 'do this',
): User {
  if (!user) throw unauthenticated();
  if (!RULES[action].allow(user, resource)) throw forbidden(RULES[action].refusal(user, resource, what));
  return user;
}

/**
 * Whose draft practices a user finds in the library: every city's, their own city's, or
 * none (the rules of 'practices.seeAllDrafts' and 'city.seeDrafts', as a search filter).
 */
export function draftScope(user: User | null): string | null {
  if (can(user, 'practices.seeAllDrafts', null)) return 'all';
  return user?.cityId && can(user, 'city.seeDrafts', { cityId: user.cityId }) ? user.cityId : null;
}
