/**
 * The titles of the public documents the bundled data set was extracted from, by the
 * file key a record's `source.document` names (data/FORMAT.md, "Source"; titles as the
 * documents and their list describe them). Pages and reports show the title; the API
 * and the data set keep the key.
 */
export const SOURCE_DOCUMENT_TITLES: Readonly<Record<string, string>> = {
  '000_08ffac326b40a330.txt':
    'Projects and best practices corner, Integrating Cities Conference, Milan, 7 November 2018',
  '001_5f1562a76201d6d3.txt': 'Integrating Cities Conference, Milan, 7–8 November 2018: draft programme',
  '002_b5644412035e0d30.txt': 'MUST-a-Lab D2.1 State-of-the-Art Report (AMIF project 101038620, 2023)',
  '003_af17a5ffd946fbde.txt': 'Report of the Integrating Cities Conference (AEIDL, 15 November 2018)',
  '004_856c1eb2b86e4ebf.txt': 'Moving Cities city report: Milan',
};

/** The title to show for a source document: its known title, else what the record names (an editor's own words). */
export function sourceTitle(document: string): string {
  return SOURCE_DOCUMENT_TITLES[document] ?? document;
}
