// The charter's monitoring cycles: the cycles, a cycle's report, a city's assessments.
import '../messages/en/charter-cycles.ts';

export { cyclesPage, cyclePeriod, type CyclesPageView, type CycleView } from './charter-cycles-list.ts';
export { cycleReportPage, type CycleReportView } from './charter-cycles-report.ts';
export {
  cityAssessmentsPage,
  assessmentField,
  type CityAssessmentsPageView,
  type AssessmentView,
  type CityHelpView,
} from './charter-cycles-city.ts';
