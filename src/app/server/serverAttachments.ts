// 佐证材料 of the team server on the form's records. GET /api/dataset lists them per
// `round|project|target` beside the data set; the 填报 tab shows a record's files from its
// `attachments` (as in one browser), so they are put there — on the record of that indicator at the
// round's period end, created empty if the unit attached a file before typing anything. Pure.
import type { Actual, AttachmentInfo, AttachmentRef, Dataset } from '../../domain/types';

const refOf = (a: AttachmentInfo): AttachmentRef => ({ id: a.id, name: a.name, type: a.type, size: a.size });

/** The data set with each record's files as the server lists them (records the list does not name keep none). */
export function withServerAttachments(d: Dataset, byKey: Record<string, AttachmentInfo[]> | undefined): Dataset {
  const periodEnd = new Map((d.rounds ?? []).map((r) => [r.id, r.periodEnd]));
  const files = new Map<string, AttachmentRef[]>();
  for (const [key, list] of Object.entries(byKey ?? {})) {
    const [roundId, projectId, target] = key.split('|');
    const date = periodEnd.get(roundId);
    // Files of the form's money lines are not shown on an indicator's record.
    if (!date || !target || target === 'form' || target.startsWith('expense:') || !list.length) continue;
    files.set(`${projectId}|${target}|${date}`, list.map(refOf));
  }
  if (!files.size) return d;
  const actuals: Actual[] = d.actuals.map((a) => {
    const key = `${a.projectId}|${a.indicatorId}|${a.date}`;
    const list = files.get(key);
    if (!list) return a;
    files.delete(key);
    return { ...a, attachments: list };
  });
  for (const [key, list] of files) {
    const [projectId, indicatorId, date] = key.split('|');
    actuals.push({ projectId, indicatorId, date, value: '', attachments: list });
  }
  return { ...d, actuals };
}

/** The data set without one file (deleted on the server), wherever a record lists it. */
export function withoutAttachment(d: Dataset, id: string): Dataset {
  let changed = false;
  const actuals = d.actuals.map((a) => {
    if (!a.attachments?.some((f) => f.id === id)) return a;
    changed = true;
    const rest = a.attachments.filter((f) => f.id !== id);
    const next: Actual = { ...a, attachments: rest };
    if (!rest.length) delete next.attachments;
    return next;
  });
  return changed ? { ...d, actuals } : d;
}
