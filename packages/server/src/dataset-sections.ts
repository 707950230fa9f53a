/*
 * The data set's sections: every domain contributes its own (registered when its module
 * loads), and this list, at the top, is where they come together. The import/export engine
 * itself lives in dataset/ and knows no domain. Add a domain's section module here.
 */
import './domain-links.ts';
import './cities/dataset-section.ts';
import './practices/dataset-section.ts';
import './stakeholders/sections.ts';
import './labs/sections.ts';
import './reports/sections.ts';
import './events/dataset-section.ts';
import './charter/sections.ts';
import './charter/cycle-sections.ts';
import './network/sections.ts';
import './mentoring/sections.ts';

export { importDataset, DATASET_FORMAT, type ImportSummary } from './dataset/import.ts';
export { exportDataset, exportSectionCsv } from './dataset/export.ts';
export { datasetSections, registerSection } from './dataset/section.ts';
