// The Integrating Cities Charter: the /charter page and a city's commitments under it.
import '../messages/en/charter.ts';

export {
  charterPage,
  charterReportTables,
  type CharterPageView,
  type CharterReportView,
  type CharterCountsView,
} from './charter-page.ts';
export {
  cityCommitmentsPage,
  commitmentField,
  type CityCommitmentsPageView,
  type CityCommitmentView,
} from './charter-city.ts';
