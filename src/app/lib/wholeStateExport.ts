// The whole state as one JSON file (数据 → 导出 JSON): apart from ./wholeState (the restore, which the
// shell's store needs) so the JSON writer loads with the data page, not with the first screen.
import type { AttachmentRef, Dataset } from '../../domain/types';
import type { Settings } from '../../domain/settings';
import { toCanonicalJson } from '../../io/write';
import type { AttachmentStore } from './attachments';

/** Each attachment named by a record, once (the same file may be named by two records). */
export function attachmentRefs(data: Dataset): AttachmentRef[] {
  const byId = new Map<string, AttachmentRef>();
  for (const a of data.actuals) for (const ref of a.attachments ?? []) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  return [...byId.values()];
}

export const wholeStateFileName = (asOf: string) => `绩效监控全部数据_${asOf}.json`;

/** The export's text, and the attachments whose bytes this browser no longer holds (left out, to be said). */
export async function wholeStateJson(data: Dataset, settings: Settings, files: AttachmentStore): Promise<{ text: string; attachments: number; missing: AttachmentRef[] }> {
  const attachments: { id: string; name: string; type: string; bytes: Uint8Array }[] = [];
  const missing: AttachmentRef[] = [];
  for (const ref of attachmentRefs(data)) {
    const bytes = await files.get(ref.id);
    if (bytes) attachments.push({ id: ref.id, name: ref.name, type: ref.type, bytes });
    else missing.push(ref);
  }
  const text = toCanonicalJson(data, { includeObservations: true, whole: { attachments, settings } });
  return { text, attachments: attachments.length, missing };
}

