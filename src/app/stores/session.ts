// Session store (team server mode only; loaded lazily with the server's pages): whether the app is
// served by the team server, who is signed in with the session's CSRF token (sent on every change),
// and the shared data in the user's scope — `GET /api/dataset` replaces the whole dataset of the
// dataset store (nothing is then kept in this browser) while the record versions and the forms'
// review states stay here for the writes and moves that follow. Without a server, `mode` is
// 'local' and nothing here runs.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { emptyDataset, type AttachmentInfo, type Dataset } from '../../domain/types';
import { decodeDatasetAnswer } from '../../io/compactDataset';
import { editableByUnit, reviewMove, type ReviewAction, type ReviewState, type Role } from '../../domain/round/review';
import { ApiError, request, type Method } from '../server/api';
import { serverMode } from '../server/detect';
import { withoutAttachment, withServerAttachments } from '../server/serverAttachments';
import { useDatasetStore } from './dataset';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  unitName: string;
  mustChange: boolean;
}
export interface Review { state: ReviewState; stateLabel: string; comment: string; version: number }
interface SessionAnswer { user: SessionUser; csrf: string }
interface DatasetAnswer { dataset: Dataset; versions: Record<string, number>; reviews: Record<string, Review>; attachments?: Record<string, AttachmentInfo[]> }

const DRAFT: Review = { state: 'draft', stateLabel: '草稿', comment: '', version: 0 };
const ACTIONS: ReviewAction[] = ['submit', 'return', 'approve'];

export const useSessionStore = defineStore('session', () => {
  const mode = ref<'unknown' | 'local' | 'server'>('unknown');
  const user = ref<SessionUser | null>(null);
  const csrf = ref('');
  /** `round|project|target` → the version of the record last read or written. */
  const versions = new Map<string, number>();
  const reviews = shallowRef<Record<string, Review>>({});
  /** Rounds finance closed (the server's rounds carry `closed`): their forms are read only. */
  const closedRounds = shallowRef<ReadonlySet<string>>(new Set());
  /** Why the shared data could not be loaded ('' when it was). */
  const loadError = ref('');
  const loading = ref(false);
  let started: Promise<void> | null = null;

  /** A request with the session's CSRF token; a 401 means the session ended (elsewhere, expired): signed out here too. */
  async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
    try {
      return await request<T>(method, path, csrf.value, body);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401 && user.value) forget();
      throw e;
    }
  }

  /** Once per page: server or not; if so, the session the cookie holds and its data. */
  function start(): Promise<void> {
    started ??= (async () => {
      if (!(await serverMode())) {
        mode.value = 'local';
        return;
      }
      mode.value = 'server';
      // The sample may have loaded while the probe was out: nobody's data until signed in.
      void useDatasetStore().useServerData(emptyDataset());
      try {
        // Signed out, the server answers { user: null } (not a 401 the console would log).
        const answer = await request<SessionAnswer | { user: null }>('GET', '/api/session', '');
        if (!answer.user) return;
        accept(answer as SessionAnswer);
      } catch {
        return; // not signed in (an older server answers 401)
      }
      await loadData();
    })();
    return started;
  }

  function accept(s: SessionAnswer) {
    user.value = s.user;
    csrf.value = s.csrf;
  }

  async function signIn(username: string, password: string) {
    accept(await request<SessionAnswer>('POST', '/api/session', '', { username, password }));
    await loadData();
  }

  /** The data in the user's scope (none for an administrator, or before a forced password change). */
  async function loadData() {
    if (!user.value || user.value.role === 'admin' || user.value.mustChange) return;
    loading.value = true;
    try {
      // Sent as columns (io/compactDataset), not as one JSON object per indicator and actual.
      const answer = await call<DatasetAnswer>('GET', '/api/dataset');
      // For the server-mode benchmark (scripts/server/measureApp): the answer read, before decoding.
      globalThis.performance?.mark?.('im:server-answer');
      const d = decodeDatasetAnswer(answer);
      versions.clear();
      for (const [k, v] of Object.entries(d.versions)) versions.set(k, v);
      reviews.value = d.reviews;
      closedRounds.value = new Set((d.dataset.rounds ?? []).filter((r) => (r as { closed?: boolean }).closed).map((r) => r.id));
      loadError.value = '';
      await useDatasetStore().useServerData(withServerAttachments(d.dataset, d.attachments));
    } catch (e) {
      loadError.value = `无法载入服务器上的数据：${(e as Error).message}`;
    } finally {
      loading.value = false;
    }
  }

  function forget() {
    user.value = null;
    csrf.value = '';
    versions.clear();
    reviews.value = {};
    closedRounds.value = new Set();
    void useDatasetStore().useServerData(emptyDataset());
  }

  /** 退出登录 (here) or 退出所有设备 (every session of the user). */
  async function signOut(everywhere = false) {
    try {
      await call(everywhere ? 'POST' : 'DELETE', everywhere ? '/api/session/end-all' : '/api/session');
    } finally {
      forget();
    }
  }

  async function changePassword(current: string, next: string) {
    await call('POST', '/api/password', { current, next });
    if (user.value) user.value = { ...user.value, mustChange: false };
    await loadData();
  }

  const review = (roundId: string, projectId: string): Review => reviews.value[`${roundId}|${projectId}`] ?? DRAFT;
  const isClosed = (roundId: string) => closedRounds.value.has(roundId);
  /** The unit may write the project's records in the round (the server checks again): not in a closed round. */
  const canEdit = (roundId: string, projectId: string) => user.value?.role === 'unit' && !isClosed(roundId) && editableByUnit(review(roundId, projectId).state);
  /** The review moves this user may make on the form now (domain/round/review decides, as on the server); none in a closed round. */
  const actions = (roundId: string, projectId: string): ReviewAction[] =>
    user.value && !isClosed(roundId) ? ACTIONS.filter((a) => !('refused' in reviewMove(review(roundId, projectId).state, a, user.value!.role, '意见'))) : [];

  /** 送审 / 退回 / 审核通过, then the data again (the form's lock and state everywhere). */
  async function move(roundId: string, projectId: string, action: ReviewAction, comment = '') {
    await call('POST', `/api/rounds/${roundId}/projects/${projectId}/review`, { action, comment, version: review(roundId, projectId).version });
    await loadData();
  }

  /** A 佐证材料 file deleted on the server (DELETE /api/attachments/:id), then taken off the record shown. */
  async function deleteAttachment(id: string) {
    await call('DELETE', `/api/attachments/${encodeURIComponent(id)}`);
    const data = useDatasetStore();
    data.applyEdit(withoutAttachment(data.dataset, id));
  }

  return {
    mode, user, csrf, versions, reviews, loadError, loading, onServer: computed(() => mode.value === 'server'),
    call, start, signIn, signOut, changePassword, loadData, review, isClosed, canEdit, actions, move, deleteAttachment,
  };
});
