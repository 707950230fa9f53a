import './core-sections.ts';
import '../stakeholders/sections.ts';
import '../labs/sections.ts';
import '../reports/sections.ts';
import '../events/dataset-section.ts';
import '../charter/sections.ts';

export { importDataset, DATASET_FORMAT, type ImportSummary } from './import.ts';
export { exportDataset, exportSectionCsv } from './export.ts';
export { datasetSections, registerSection } from './section.ts';
