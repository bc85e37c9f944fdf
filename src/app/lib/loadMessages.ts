// The toast messages after a load: what was added, and whether there are problems to look at;
// and the question asked before a load that would remove indicators.
import { quoted } from '../../domain/labels';
import type { ProjectLoss } from '../../domain/reloadLoss';
import type { LoadResult } from '../../io/load';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** `failure`: the store's problem message when the load failed (result null). */
export function loadMessages(result: LoadResult | null, t: Translate, failure = ''): { type: 'success' | 'warning' | 'error'; text: string }[] {
  if (!result) return failure ? [{ type: 'error', text: failure }] : [];
  const sum = (k: 'projects' | 'indicators' | 'actuals' | 'spend') => result.files.reduce((n, f) => n + f[k], 0);
  const out: { type: 'success' | 'warning' | 'error'; text: string }[] = [
    {
      type: 'success',
      // A project loaded again (same id) replaces the one shown: say "updated", not "added".
      text: t(result.projectChanges.updated ? 'data.result.loadedUpdated' : 'data.result.loaded', {
        files: result.files.length, projects: result.projectChanges.added, updated: result.projectChanges.updated,
        indicators: sum('indicators'), actuals: sum('actuals'), spend: sum('spend'),
      }),
    },
  ];
  if (result.problems.length) out.push({ type: 'warning', text: t('data.result.problems', { n: result.problems.length }) });
  return out;
}

/** Listed by name in the question before a load that removes indicators; the rest are counted. */
export const LOSSES_NAMED = 5;

/** The question before a load that would remove indicators: one sentence per project (the first few), then 仍要载入吗？ */
export function reloadQuestionLines(losses: ProjectLoss[], t: Translate): string[] {
  const lines = losses.slice(0, LOSSES_NAMED).map((l) =>
    t(l.orphanedActuals ? 'data.reload.lossActuals' : 'data.reload.loss', { name: quoted(l.name), before: l.indicatorsBefore, after: l.indicatorsAfter, actuals: l.orphanedActuals }),
  );
  if (losses.length > LOSSES_NAMED) lines.push(t('data.reload.more', { n: losses.length - LOSSES_NAMED }));
  return [...lines, t('data.reload.ask')];
}
