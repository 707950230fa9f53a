// Events: the list, the public programme, registration and ranking, the personal agenda, the organisers' pages.
import '../messages/en/events.ts';
import '../messages/en/events-programme.ts';

export { eventListPage, type EventListItemView } from './events-list.ts';
export { programmePage, type ProgrammeView } from './events-programme.ts';
export { sessionPage, type SessionPageView } from './events-session.ts';
export { type ProgrammeFilters, NO_ROOM } from './events-programme-filter.ts';
export { type SavedSessionsView } from './events-saved.ts';
export { placeLine } from './events-timetable.ts';
export { registerPage, REGISTRATION_LANGUAGES, type RegisterView, type ChoicePointView } from './events-register.ts';
export { agendaPage, type AgendaView, type AgendaItemView } from './events-agenda.ts';
export {
  venueFormPage,
  sessionFormPage,
  sessionRemovePage,
  type VenueFormView,
  type SessionFormView,
  type SessionRemoveView,
  type ProgrammeLinksView,
} from './events-programme-forms.ts';
export { managePage, type ManageView, type AssignmentReportView, type RegistrationRowView } from './events-manage.ts';
export {
  roomSheetPage,
  badgesPage,
  type RoomSheetView,
  type BadgesView,
  type SheetPersonView,
} from './events-sheets.ts';
export { checkInPage, type CheckInView } from './events-checkin.ts';
export { calendarFeedPage, type CalendarFeedView } from './events-calendar-feed.ts';
