// Round store: the monitoring round the user works in (domain.md §5), where it stands, and the form's
// edits. The round's report is judged at its period end with its period's start (buildReport
// periodStart), so an indicator without a value in the period is 待填报 with its previous value as
// context; its execution rates decide a 重点监控 scope. Edits are domain/round's pure functions on the
// dataset store's dataset, handed back whole (dataset.applyEdit: shown at once, saved in this
// browser). Undo/redo keep the datasets before each edit; keystrokes in one cell are one edit (one
// undo step, one history entry) until the cell is left (endTyping). 佐证材料 bytes go through the
// MonitoringStorage of lib/attachments.
// Served by the team server (stores/session): each edit is also written to the server record by
// record (server/roundWrites: versioned, a stale write kept to re-apply), the form is locked unless
// the user's unit may fill it in its review state, undo/redo are off (the server's audit log keeps
// the history) and 佐证材料 go to the server's attachments.
import { defineStore } from 'pinia';
import { computed, markRaw, ref, shallowRef } from 'vue';
import type { AttachmentRef, Dataset, IsoDate, Problem, Round, RoundScope } from '../../domain/types';
import type { Judgement } from '../../domain/judge/types';
import { buildReport } from '../../domain/report';
import { JudgementLookup } from './judgementLookup';
import { followedEngine } from './followedEngine';
import { prepareIndicator } from '../../domain/judge/evaluate';
import {
  attachmentProblem, checkRecord, currentRound, defaultRoundName, inScope, formOf, historyOf, isOverdue, recordOf, roundPeriod, roundProgress, scopeText,
  setAttachments, setFormStatus, setRecordField, setSpendAmount, setSpendForecast, addRound, type EditContext, type FieldIssue, type FormField,
} from '../../domain/round';
import type { InputFile, LoadResult } from '../../io/load';
import { toIsoDate } from '../lib/asOf';
import { attachmentStore, browserMonitoringStorage } from '../lib/attachments';
import { useDatasetStore } from './dataset';
import { useSettingsStore } from './settings';
import { useSessionStore } from './session';
import { serverWrites } from '../server/roundWrites';

export interface NewRound {
  name: string;
  periodEnd: IsoDate;
  deadline: IsoDate | null;
  scope: RoundScope;
}

/** One typing session: the cell typed in and the dataset before its first keystroke. */
interface Typing { key: string; base: Dataset; pushed: boolean }

const LIMIT = 200;

export const useRoundStore = defineStore('round', () => {
  const data = useDatasetStore();
  const settingsStore = useSettingsStore();
  /** Today (local date): decides the current round and what is overdue; tests set it. */
  const today = ref<IsoDate>(toIsoDate(new Date()));
  const chosenId = ref<string | null>(null);
  const session = useSessionStore();
  const onServer = computed(() => session.mode === 'server');
  const storage = browserMonitoringStorage({ load: async () => data.dataset, save: async (d) => data.applyEdit(d) }, attachmentStore());

  const rounds = computed(() => data.dataset.rounds ?? []);
  const round = computed<Round | null>(() => rounds.value.find((r) => r.id === chosenId.value) ?? currentRound(rounds.value, today.value));
  const period = computed(() => (round.value ? roundPeriod(round.value, rounds.value) : null));
  const overdue = computed(() => !!round.value && isOverdue(round.value, today.value));
  const scopeWords = computed(() => (round.value ? scopeText(round.value.scope) : ''));

  /** The round's whole report (judged at the period end, 待填报 without a value in the period): for the 监控表 export. */
  const report = computed(() =>
    round.value && period.value ? buildReport(data.dataset, round.value.periodEnd, settingsStore.settings, { periodStart: period.value.start }) : null,
  );
  // What the 填报 tab and the progress read, on the engine judged as the round's report: an edit is
  // followed in place (only the edited indicator and project judged again), a judgement made only for
  // the rows of the form on screen.
  const built = followedEngine(() => data.dataset, () => settingsStore.settings);
  const roundJudged = computed(() => {
    if (!round.value || !period.value) return null;
    const periodStart = period.value.start;
    const engine = built.value.engine.judgedAt(round.value.periodEnd, { periodStart });
    return markRaw({ engine, asOf: engine.asOf, periodStart, data: built.value.data });
  });
  const judgementsById = computed(() => (roundJudged.value ? new JudgementLookup(roundJudged.value.engine) : new Map<string, Judgement>()));
  const ratesById = computed(() => {
    const e = roundJudged.value?.engine;
    return new Map(e ? e.columns.projects.map((p, k) => [p.id, e.judged.budgets[k].executionRate]) : []);
  });
  const rateOf = (projectId: string) => ratesById.value.get(projectId) ?? null;
  const progress = computed(() => (round.value ? roundProgress(data.dataset, round.value, today.value, rateOf) : null));
  const progressById = computed(() => new Map((progress.value?.projects ?? []).map((p) => [p.projectId, p])));

  const indicatorsById = computed(() => new Map(data.dataset.indicators.map((i) => [i.id, i])));
  const formStatus = (projectId: string) => (round.value ? formOf(data.dataset, round.value, projectId) : null);
  const locked = (projectId: string) =>
    onServer.value ? !round.value || !session.canEdit(round.value.id, projectId) : formStatus(projectId)?.status === 'done';
  const server = serverWrites({ session, dataset: () => data.dataset, round: () => round.value, show: (d) => data.applyEdit(d) });
  /** In server mode, the record an edit touched is written (now, or when its cell is left). */
  const wrote = (changed: boolean, projectId: string, target: string, typingKey?: string) => {
    if (changed && onServer.value) server.touched(projectId, target, !!typingKey);
    return changed;
  };
  const record = (indicatorId: string) => (round.value ? recordOf(data.dataset, round.value, indicatorId) : undefined);

  /** The checks of an indicator's record as it stands (domain/round checkRecord), Chinese, naming the field. */
  function checks(indicatorId: string): FieldIssue[] {
    const ind = indicatorsById.value.get(indicatorId);
    const r = record(indicatorId);
    if (!ind || !r) return [];
    const j = judgementsById.value.get(indicatorId);
    const verdict = j && r.value.trim() && j.actualDate === r.date ? { status: j.status, overAchieved: j.overAchieved } : null;
    return checkRecord(prepareIndicator(ind, settingsStore.settings), r, verdict, settingsStore.settings);
  }

  // ---- edits, undo and redo ----
  const undoStack = shallowRef<Dataset[]>([]);
  const redoStack = shallowRef<Dataset[]>([]);
  let typing: Typing | null = null;
  const ctx = (r: Round): EditContext => ({ round: r, at: new Date().toISOString() });

  /** Applies `make` to the dataset (or, while typing in the same cell, to the dataset before the first keystroke). */
  function edit(projectId: string, make: (base: Dataset, c: EditContext) => Dataset, key?: string): boolean {
    const r = round.value;
    if (!r || locked(projectId)) return false;
    if (!key || typing?.key !== key) typing = key ? { key, base: data.dataset, pushed: false } : null;
    const base = typing?.base ?? data.dataset;
    const next = make(base, ctx(r));
    if (next === base) {
      // Typed back to what it was: no change, no undo step.
      if (typing?.pushed) {
        undoStack.value = undoStack.value.slice(0, -1);
        typing.pushed = false;
      }
      data.applyEdit(base);
      return false;
    }
    if (!typing || !typing.pushed) {
      undoStack.value = [...undoStack.value.slice(-LIMIT + 1), base];
      redoStack.value = [];
      if (typing) typing.pushed = true;
    }
    data.applyEdit(next);
    return true;
  }
  const endTyping = () => {
    typing = null;
    if (onServer.value) server.flush();
  };

  function undo() {
    if (onServer.value) return;
    const prev = undoStack.value.at(-1);
    if (!prev) return;
    typing = null;
    undoStack.value = undoStack.value.slice(0, -1);
    redoStack.value = [...redoStack.value, data.dataset];
    data.applyEdit(prev);
  }
  function redo() {
    if (onServer.value) return;
    const next = redoStack.value.at(-1);
    if (!next) return;
    typing = null;
    redoStack.value = redoStack.value.slice(0, -1);
    undoStack.value = [...undoStack.value, data.dataset];
    data.applyEdit(next);
  }

  const setField = (projectId: string, indicatorId: string, field: FormField, value: string, typingKey?: string) =>
    wrote(edit(projectId, (d, c) => setRecordField(d, c, projectId, indicatorId, field, value), typingKey), projectId, indicatorId, typingKey);

  /** A column pasted from a spreadsheet: line k goes to the k-th indicator from the one pasted into; one undo step. Returns how many were filled. */
  function pasteColumn(projectId: string, indicatorIds: string[], field: FormField, lines: string[]): number {
    const n = Math.min(lines.length, indicatorIds.length);
    const changed = edit(projectId, (d, c) => {
      let out = d;
      for (let k = 0; k < n; k++) out = setRecordField(out, c, projectId, indicatorIds[k], field, lines[k].trim());
      return out;
    });
    for (const id of indicatorIds.slice(0, n)) wrote(changed, projectId, id);
    return changed ? n : 0;
  }

  const setSpend = (projectId: string, expense: string | null, amount: number | null, typingKey?: string) =>
    wrote(edit(projectId, (d, c) => setSpendAmount(d, c, projectId, expense, amount), typingKey), projectId, `expense:${expense ?? ''}`, typingKey);
  const setForecast = (projectId: string, amount: number | null, typingKey?: string) =>
    wrote(edit(projectId, (d, c) => setSpendForecast(d, c, projectId, amount), typingKey), projectId, 'form', typingKey);

  /** 标记为已完成 / 重新打开: the form's state. Its edits can no longer be undone across it. */
  function setDone(projectId: string, done: boolean) {
    const r = round.value;
    if (!r) return;
    const next = setFormStatus(data.dataset, ctx(r), projectId, done ? 'done' : 'draft');
    typing = null;
    undoStack.value = [];
    redoStack.value = [];
    data.applyEdit(next);
  }

  /** Attaches files to an indicator's record; returns why each refused one was refused. */
  async function attach(projectId: string, indicatorId: string, files: File[]): Promise<string[]> {
    const refused: string[] = [];
    const added: AttachmentRef[] = [];
    let count = record(indicatorId)?.attachments?.length ?? 0;
    for (const f of files) {
      const why = attachmentProblem(f.name, f.size, count);
      if (why) {
        refused.push(why);
        continue;
      }
      if (onServer.value) {
        try {
          const r = round.value!;
          const up = await session.call<{ id: string }>('POST', `/api/rounds/${encodeURIComponent(r.id)}/projects/${encodeURIComponent(projectId)}/attachments?target=${encodeURIComponent(indicatorId)}&name=${encodeURIComponent(f.name)}`, f);
          added.push({ id: up.id, name: f.name, type: f.type, size: f.size });
          count++;
        } catch (e) {
          refused.push(`${f.name}：${(e as Error).message}`);
        }
        continue;
      }
      const ref: AttachmentRef = { id: crypto.randomUUID(), name: f.name, type: f.type, size: f.size };
      await storage.putAttachment(ref, new Uint8Array(await f.arrayBuffer()));
      added.push(ref);
      count++;
    }
    if (added.length) edit(projectId, (d, c) => setAttachments(d, c, projectId, indicatorId, [...(recordOf(d, c.round, indicatorId)?.attachments ?? []), ...added]));
    return refused;
  }
  /** Server mode: finance opens a round on the server (its whole scope); the data is then loaded again and the round chosen. */
  async function openServerRound(input: NewRound) {
    const r = await session.call<{ id: string }>('POST', '/api/rounds', { name: input.name, periodEnd: input.periodEnd, deadline: input.deadline, scope: input.scope });
    await session.loadData();
    chosenId.value = r.id;
  }

  /** Takes a file off the record. Its bytes stay until the page is left, so an undo gets it back whole. (The server keeps its files: not in server mode.) */
  function detach(projectId: string, indicatorId: string, id: string) {
    if (onServer.value) return;
    edit(projectId, (d, c) => setAttachments(d, c, projectId, indicatorId, (recordOf(d, c.round, indicatorId)?.attachments ?? []).filter((a) => a.id !== id)));
  }
  const attachmentBytes = async (id: string) => {
    if (!onServer.value) return storage.getAttachment(id);
    const res = await fetch(`/api/attachments/${encodeURIComponent(id)}`, { credentials: 'same-origin' });
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
  };

  const history = (projectId: string, target: string) => historyOf(data.dataset, projectId, target);

  function createRound(input: NewRound): Round {
    const r: Round = { ...input, id: `round-${input.periodEnd}-${Date.now().toString(36)}`, createdAt: new Date().toISOString() };
    data.applyEdit(addRound(data.dataset, r));
    chosenId.value = r.id;
    return r;
  }
  const choose = (id: string) => void (chosenId.value = id);

  /** For the 新建 dialog: the name a round ending `periodEnd` gets by default (2024年1–7月监控, or from the day after an earlier round). */
  function suggestName(periodEnd: IsoDate): string {
    return defaultRoundName(roundPeriod({ id: '', name: '', periodEnd, deadline: null, scope: { kind: 'all' }, createdAt: '' }, rounds.value));
  }
  /** How many projects a scope would cover, with execution rates at `periodEnd`. */
  function scopeCount(scope: RoundScope, periodEnd: IsoDate): number {
    const rep = buildReport(data.dataset, periodEnd, settingsStore.settings);
    const rates = new Map(rep.projects.map((p) => [p.projectId, p.budget.executionRate]));
    return data.dataset.projects.filter((p) => inScope(scope, p, (id) => rates.get(id) ?? null)).length;
  }

  /**
   * 确认导入: the files of an import (already expanded from the .xlsx, previewed) loaded through the
   * dataset store's user load, so the data page lists them with their problems and offers 撤销上次载入.
   * The form's undo steps stop here: an undo across a load would drop it silently.
   */
  /** Commits an import: the files through the dataset store's load, with the problems found while opening the workbooks. */
  async function importFiles(files: InputFile[], problems: Problem[] = []): Promise<LoadResult | null> {
    const result = await data.loadFiles(files, 'user', problems);
    if (result) {
      typing = null;
      undoStack.value = [];
      redoStack.value = [];
    }
    return result;
  }

  return {
    importFiles,
    today, rounds, round, period, overdue, scopeWords, report, judgementsById, progress, progressById, rateOf,
    formStatus, locked, record, checks, history,
    canUndo: computed(() => !onServer.value && undoStack.value.length > 0), canRedo: computed(() => !onServer.value && redoStack.value.length > 0),
    onServer, openServerRound,
    /** Server mode: writes in flight, the last refusal ('' when none), the last save's time, stale writes to settle. */
    serverSaving: computed(() => server.pending.value > 0), serverError: server.error, serverSavedAt: server.savedAt, conflicts: server.conflicts, resolveConflict: server.resolve,
    suggestName, scopeCount, setField, pasteColumn, setSpend, setForecast, setDone, attach, detach, attachmentBytes, endTyping, undo, redo, createRound, choose,
  };
});
