import type { DatasetRow } from './queries.ts';
import { storedFilePath } from './file-store.ts';
import { requireBundledSample } from './sample.ts';

/** Where a dataset's file is: the bundled sample in the repository, or an upload in the file store. */
export function datasetFilePath(fileStoreDir: string, dataset: Pick<DatasetRow, 'id' | 'source' | 'file_key'>): string {
  if (dataset.source === 'sample') return requireBundledSample().path;
  if (!dataset.file_key) throw new Error(`The file of dataset "${dataset.id}" is missing`);
  return storedFilePath(fileStoreDir, dataset.file_key);
}
