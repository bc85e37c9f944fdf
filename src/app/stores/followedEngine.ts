// The judging engine of the dataset store's data and the settings, for a store that judges with it
// (report: the page's date; round: the round's report). A round's edit — a few actuals or spend
// records — is followed in place (domain/engine/follow): only the edited indicators and projects
// are judged again; anything else builds a new engine. Raw: 300,000 indicators never become proxies.
import { computed, markRaw, type ComputedRef } from 'vue';
import type { Dataset } from '../../domain/types';
import type { Settings } from '../../domain/settings';
import { Engine } from '../../domain/engine';
import { followEdit } from '../../domain/engine/follow';

export interface EngineOfData { engine: Engine; data: Dataset; settings: Settings }

export function followedEngine(data: () => Dataset, settings: () => Settings): ComputedRef<EngineOfData> {
  return computed<EngineOfData>((prev) => {
    const d = data(), s = settings();
    if (prev && prev.settings === s && followEdit(prev.engine, prev.data, d)) return markRaw({ engine: prev.engine, data: d, settings: s });
    return markRaw({ engine: new Engine(d, s), data: d, settings: s });
  });
}
