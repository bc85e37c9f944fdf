// Node file access for the CLI: paths (files or folders, recursively) → InputFile[] for src/io.
// In a folder: data files (.json .csv .txt .tsv), Excel workbooks (.xlsx/.xlsm: actuals, spend and
// filled monitoring forms, read through io/xlsx/expand) and Word/PDF/.xls files (named by the
// loader as not readable, never skipped without a word); others (README.md, images, Office's ~$
// lock files) are left out.
// `readSources` reads nothing up front: the loader reads each file when it gets to it (and an
// actuals or spend file again in its second phase), so a province's 200 MB of CSV is never held at once.
import { accessSync, closeSync, constants, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFiles, type InputFile, type InputSource, type LoadResult } from '../io/load';
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
  return readSources(paths).map((s) => ({ name: s.name, content: s.read() }));
}

/** PATHs as files the loader reads on demand (checked readable now, so a missing file is said before loading). */
export function readSources(paths: string[]): InputSource[] {
  const found: string[] = [];
  for (const p of paths) collect(p, found, true);
  return found.flatMap((path) => expanded?.get(path)?.map((f) => ({ name: f.name, read: () => f.content })) ?? [{ name: path, read: () => readFile(path) }]);
}

function readFile(path: string): Uint8Array {
  try {
    // A plain view of the Buffer's bytes (not a copy: a province's files are 200 MB), so that .slice() copies as a Uint8Array does.
    const buffer = readFileSync(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  } catch (e) {
    throw new CliError(`无法读取文件 ${path}：${(e as Error).message}`);
  }
}

/** The first 64 KB: enough for io's signature tests (isWorkbook, isWordDocument). */
function head(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(64 * 1024);
    const n = readSync(fd, bytes, 0, bytes.length, 0);
    return bytes.subarray(0, n);
  } finally {
    closeSync(fd);
  }
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
  const paths: string[] = [];
  for (const a of args) {
    try {
      if (!a.startsWith('-')) collect(a, paths, true);
    } catch {
      // Not a path (an option's value): the command says so if it matters.
    }
  }
  // Workbooks and Word files (target tables: io/tableFiles) are read before the command runs, with
  // the other files (a filled form is matched against their projects); without any, files are only
  // looked at (their first bytes) here.
  const expands = (f: InputFile) => isWorkbook(f.name, f.content) || isWordDocument(f.name, f.content);
  if (!paths.some((path) => expands({ name: path, content: head(path) }))) return run(args);
  const inputs = paths.map((path) => ({ name: path, content: readFile(path) }));
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

function collect(path: string, out: string[], explicit: boolean) {
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
      accessSync(path, constants.R_OK);
    } catch (e) {
      throw new CliError(`无法读取文件 ${path}：${(e as Error).message}`);
    }
    out.push(path);
  }
}
