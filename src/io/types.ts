// The loader's public types (re-exported by load.ts, which is the API the app and CLI call).
import type { Dataset, Problem } from '../domain/types';
import type { TextEncodingName } from './decode';
import type { AttachmentBytes } from './jsonRounds';

export type FileKind = 'projects-json' | 'projects-csv' | 'actuals-csv' | 'spend-csv' | 'raw-table' | 'unknown';

export interface InputFile {
  name: string;
  content: Uint8Array | string;
}

export interface FileSummary {
  name: string;
  kind: FileKind;
  encoding: TextEncodingName;
  projects: number;
  indicators: number;
  actuals: number;
  spend: number;
  errors: number;
}

export interface LoadResult {
  dataset: Dataset;
  problems: Problem[];
  files: FileSummary[];
  /** Distinct projects this load brought: new ones, and ones replacing a project of the same id already loaded. */
  projectChanges: { added: number; updated: number };
  /** From a whole-state JSON: 佐证材料 bytes for the app's attachment storage, and the settings. */
  attachments?: AttachmentBytes[];
  settings?: unknown;
}
