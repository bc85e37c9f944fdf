// Node file access for the CLI: paths (files or folders, recursively) → InputFile[] for src/io.
// In a folder: data files (.json .csv .txt .tsv) and Excel/Word/PDF files (named by the loader as
// not yet readable, never skipped without a word); others (README.md, images, Office's ~$ lock
// files) are left out.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { InputFile } from '../io/load';

export class CliError extends Error {}

const DATA_FILE = /\.(json|csv|txt|tsv)$/i;
/** Files a user may well mean as data but that are not text: loaded so that io/load names them and says what to do. */
const OFFICE_FILE = /\.(xlsx|xlsm|xls|docx|doc|pdf)$/i;

export function readInputs(paths: string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const p of paths) collect(p, out, true);
  return out;
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
