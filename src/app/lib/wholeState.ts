// The whole state as one JSON file (数据 page, 导出 JSON) and its restore when loaded back: the
// dataset with actuals, spend, rounds, forms and history; the 佐证材料 bytes the records name (kept
// apart, in lib/attachments, so they are read from there); and the judging settings. On load the
// bytes go back under their ids and the settings are applied only when they read back unchanged
// (lib/settingsStorage), so a bad file is reported on the file rather than half-applied. The export
// side (it needs the JSON writer) is ./wholeStateExport, loaded with the data page only.
import type { Problem } from '../../domain/types';
import type { Settings } from '../../domain/settings';
import type { LoadResult } from '../../io/load';
import type { AttachmentStore } from './attachments';
import { settingsFromObject } from './settingsStorage';

/** What a load put back: 佐证材料 stored, settings applied; problems found on the way (named by file). */
export interface Restored {
  attachments: number;
  settings: boolean;
  problems: Problem[];
}

export async function restoreWholeState(result: LoadResult, files: AttachmentStore, applySettings: (s: Settings) => void): Promise<Restored> {
  const out: Restored = { attachments: 0, settings: false, problems: [] };
  // The whole state is a JSON file; the names say where the problem came from.
  const file = result.files.filter((f) => f.kind === 'projects-json').map((f) => f.name).join('、') || result.files.map((f) => f.name).join('、');
  for (const a of result.attachments ?? []) {
    try {
      await files.put(a.id, a.bytes);
      out.attachments++;
    } catch (e) {
      out.problems.push({ severity: 'error', code: 'attachment-not-kept', message: `佐证材料“${a.name}”未能保存到本浏览器：${e instanceof Error ? e.message : String(e)}`, source: { file } });
    }
  }
  if (result.settings !== undefined) {
    const read = settingsFromObject(result.settings);
    if (read.ok) {
      applySettings(read.settings);
      out.settings = true;
    } else {
      out.problems.push({ severity: 'warning', code: 'settings-invalid', message: `文件中的设置无效（${read.bad.join('、')}），未应用，当前设置不变`, source: { file, field: 'settings' } });
    }
  }
  return out;
}

/** The toast after a whole-state load: settings and N 佐证材料 restored (nothing when neither was). */
export function restoredMessage(r: Restored | undefined, t: (key: string, values?: Record<string, unknown>) => string): string {
  if (!r || (!r.settings && !r.attachments)) return '';
  if (r.settings && r.attachments) return t('data.whole.restored', { n: r.attachments });
  return r.settings ? t('data.whole.restoredSettings') : t('data.whole.restoredFiles', { n: r.attachments });
}
