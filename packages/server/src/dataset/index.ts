import './core-sections.ts';

export { importDataset, DATASET_FORMAT, type ImportSummary } from './import.ts';
export { exportDataset, exportSectionCsv } from './export.ts';
export { datasetSections, registerSection } from './section.ts';
