// Stakeholder maps, contact persons and reference groups: views and their messages.
import '../messages/en/stakeholders.ts';

export {
  stakeholderMapPage,
  ratingText,
  type StakeholderMapView,
  type StakeholderRowView,
} from './stakeholders-map.ts';
export { gridChart, gridTable, type GridView } from './stakeholders-grid.ts';
export { networkChart, networkTable, type NetworkView } from './stakeholders-network.ts';
export { coverageTable, type CoverageView } from './stakeholders-coverage.ts';
export {
  stakeholderFormPage,
  stakeholderFieldLabel,
  STAKEHOLDER_FORM_FIELDS,
  type StakeholderFormView,
} from './stakeholders-form.ts';
export { stakeholderDetailPage, type StakeholderDetailView } from './stakeholders-detail.ts';
export { stakeholderImportPage, type StakeholderImportView } from './stakeholders-import.ts';
export { groupListPage, groupPage, type GroupPageView, type GroupView } from './stakeholders-groups.ts';
export { practiceStakeholdersPage } from './stakeholders-practice.ts';
