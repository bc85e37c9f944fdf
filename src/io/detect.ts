// What a file holds, from its content (never its name): JSON text starting with { or [; a CSV
// (comma or tab) whose header line names the columns of one of the three CSV kinds; else the
// text of target tables as extracted from the official forms (raw-table); else unknown.
import { looksLikeRawTable } from './rawTable';
import { detectKindWith } from './detectCore';
import type { FileKind } from './types';

export { headerFields } from './detectCore';

/** The kind of a file's text, target tables included (the importer's own test for them). */
export const detectKind = (text: string): FileKind => detectKindWith(text, looksLikeRawTable);
