// The toast messages after a load: what was added, and whether there are problems to look at.
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
