// Files → dataset, with every reader: ./loadCore with the raw-table importer (./rawTable). The CLI,
// the server, the worker and the tests use this; the app's inline path (app/lib/loadRunner) uses
// loadCore and loads the importer only when a file may be target-table text — it is the largest
// reader and the bundled sample (JSON and CSV) does not need it on the first screen.
import { emptyDataset, type Dataset } from '../domain/types';
import { importRawTables, looksLikeRawTable } from './rawTable';
import { loadFilesWith, loadSourcesWith, type InputSource, type RawTableReader } from './loadCore';
import type { InputFile, LoadResult } from './types';

export type { FileKind, FileSummary, InputFile, LoadResult } from './types';
export type { InputSource } from './loadCore';

export const RAW_TABLES: RawTableReader = { looksLike: looksLikeRawTable, read: importRawTables };

export const loadFiles = (files: InputFile[], base: Dataset = emptyDataset()): LoadResult => loadFilesWith(files, base, RAW_TABLES);

/** loadFiles for files read on demand (the CLI: no file held longer than its reading; see loadCore). */
export const loadSources = (sources: InputSource[], base: Dataset = emptyDataset()): LoadResult => loadSourcesWith(sources, base, RAW_TABLES);
