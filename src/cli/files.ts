// Node file access for the CLI: paths (files or folders, recursively) → InputFile[] for src/io.
// In a folder: data files (.json .csv .txt .tsv), Excel workbooks (.xlsx/.xlsm: actuals, spend and
// filled monitoring forms, read through io/xlsx/expand) and Word/PDF/.xls files (named by the
// loader as not readable, never skipped without a word); others (README.md, images, Office's ~$
// lock files) are left out.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFiles, type InputFile, type LoadResult } from '../io/load';
import { expandSpreadsheets } from '../io/xlsx/expand';
import { isWorkbook } from '../io/xlsx/excel';
import { isWordDocument } from '../io/tableFiles/docx';
import type { Problem } from '../domain/types';

export class CliError extends Error {}

const DATA_FILE = /\.(json|csv|txt|tsv)$/i;
/** Files a user may well mean as data but that are not text: loaded so that io/load names them and says what to do. */
const OFFICE_FILE = /\.(xlsx|xlsm|xls|docx|doc|pdf)$/i;

/** Workbooks already expanded by withSpreadsheets: path → the CSV/JSON files that stand for it. */
let expanded: Map<string, InputFile[]> | null = null;

export function readInputs(paths: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) collect(p, out, true);
  if (!expanded) return out;
  return out.flatMap((f) => expanded!.get(f.name) ?? [f]);
}

/** Reads PATHs, expands their workbooks and loads everything: the problems of both steps, in that order. */
export async function loadInputs(paths: string[]): Promise<LoadResult> {
  const { files, problems } = await expandSpreadsheets(readInputs(paths));
  const loaded = loadFiles(files);
  return { ...loaded, problems: [...problems, ...loaded.problems] };
}

/**
 * Runs a command whose loading is synchronous (report, deck) with the workbooks among its paths
 * expanded first; rows of filled forms refused while expanding are printed (by `print`) and make
 * the exit code 1.
 */
export async function withSpreadsheets(args: string[], run: (args: string[]) => number | Promise<number>, print: (p: Problem) => void): Promise<number> {
  const inputs: InputFile[] = [];
  for (const a of args) {
    try {
      if (!a.startsWith('-')) collect(a, inputs, true);
    } catch {
      // Not a path (an option's value): the command says so if it matters.
    }
  }
  // Workbooks and Word files (target tables: io/tableFiles) are read before the command runs.
  const expands = (f: InputFile) => isWorkbook(f.name, f.content) || isWordDocument(f.name, f.content);
  if (!inputs.some(expands)) return run(args);
  const { files, problems } = await expandSpreadsheets(inputs);
  expanded = new Map();
  for (const f of inputs) {
    if (expands(f)) expanded.set(f.name, files.filter((x) => x.name === f.name || x.name.startsWith(`${f.name}「`)));
  }
  try {
    for (const p of problems) print(p);
    const code = await run(args);
    return problems.some((p) => p.severity === 'error') ? Math.max(code, 1) : code;
  } finally {
    expanded = null;
  }
}

function collect(path: string, out: InputFile[], explicit: boolean) {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`找不到文件或文件夹：${path}`);
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.') || name === 'README.md') continue;
      collect(join(path, name), out, false);
    }
  } else if (explicit || DATA_FILE.test(path) || (OFFICE_FILE.test(path) && !/(^|\/)~\$/.test(path))) {
    try {
      out.push({ name: path, content: new Uint8Array(readFileSync(path)) });
    } catch (e) {
      throw new CliError(`无法读取文件 ${path}：${(e as Error).message}`);
    }
  }
}
