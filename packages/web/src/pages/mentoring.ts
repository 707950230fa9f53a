// Mentoring programmes: the list, a programme, a theme's toolkit and self-check, a city's action plan.
import '../messages/en/mentoring.ts';

export {
  mentoringListPage,
  cityMentoringSection,
  type ProgrammeSummaryView,
  type CityMentoringView,
} from './mentoring-list.ts';
export { mentoringProgrammePage, type MentoringProgrammePageView } from './mentoring-programme.ts';
export { toolkitPage, type ToolkitPageView } from './mentoring-toolkit.ts';
export { actionPlanPage, type ActionPlanPageView } from './mentoring-plan.ts';
export { contactPage, type ContactPageView } from './mentoring-contact.ts';
export { mentoringHistoryPage, type MentoringHistoryPageView } from './mentoring-history.ts';
