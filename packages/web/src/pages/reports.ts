// The State-of-the-Art report: its data model, document blocks, printable HTML and the /reports page.
import '../messages/en/reports.ts';

export type { ReportCity, ReportModel, ReportOutreachCity, ReportPractice, ReportTitled } from './reports-model.ts';
export { reportBlocks, practiceTemplate, type ReportBlock } from './reports-blocks.ts';
export { reportBody } from './reports-document.ts';
export { reportsPage, type ReportsPageView } from './reports-page.ts';
