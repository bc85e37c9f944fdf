// Loading target tables into the team server (POST /api/import): the files a finance or department
// user chose, as the server's importer reads them. Accepts what the app's own 数据 page accepts —
// raw target-table text (.txt), CSV/TSV, JSON, .docx with target tables and .xlsx workbooks. The
// server reads text formats itself; Word and Excel files are expanded here first (io/xlsx/expand,
// the app's own pre-pass: sheets become CSV text named `表.xlsx「Sheet1」`, so the server's
// messages name the sheet), because the server's loader refuses binary documents.
import type { Problem, Severity, SourceRef } from '../../domain/types';
import { emptyDataset } from '../../domain/types';
import type { InputFile } from '../../io/load';
import { readBrowserFiles } from '../lib/readFiles';

/** The server's answer to an import, preview or commit (src/server/routes/projects.ts). */
export interface ImportPreview {
  committed: boolean;
  /** Names of projects new to the server / already there and replaced. */
  added: string[];
  updated: string[];
  /** Projects the server will not take (unit not in the tree, or outside the user's scope). */
  refused: { project: string; reason: string }[];
  problems: { severity: Severity; message: string; source: SourceRef | null }[];
}

export interface ImportPayload {
  files: { name: string; base64: string }[];
  /** Workbooks or documents that could not be opened or read here (named, in Chinese). */
  problems: ImportPreview['problems'];
}

/** Bytes as base64 (btoa takes a binary string; built in slices so a large file does not overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const asPreviewProblem = (p: Problem) => ({ severity: p.severity, message: p.message, source: p.source ?? null });

/** What to send for `files`: Excel and Word files expanded into what the server reads. */
export async function importPayload(files: File[] | InputFile[]): Promise<ImportPayload> {
  const inputs = files.length && files[0] instanceof File ? await readBrowserFiles(files as File[]) : (files as InputFile[]);
  // The expander (exceljs for .xlsx) loads only when an import is made.
  const { expandSpreadsheets } = await import('../../io/xlsx/expand');
  const expanded = await expandSpreadsheets(inputs, emptyDataset());
  // A sheet the expander turned into text travels as its UTF-8 bytes.
  const bytes = (c: string | Uint8Array) => (typeof c === 'string' ? new TextEncoder().encode(c) : c);
  return { files: expanded.files.map((f) => ({ name: f.name, base64: toBase64(bytes(f.content)) })), problems: expanded.problems.map(asPreviewProblem) };
}
