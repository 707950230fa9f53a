// Policy labs: the list with the method, one lab with where it stands, and the forms to run it.
import '../messages/en/labs.ts';

export { labsPage, type LabsPageView, type LabSummaryView } from './labs-list.ts';
export { labDetailPage, type LabDetailView } from './labs-detail.ts';
export { labEditForms, type LabEditOptions } from './labs-forms.ts';
export { progressBar, stageText, type LabProgressView } from './labs-parts.ts';
