// Server mode in the app, against a scripted team server (a fetch that answers as src/server does):
// the health probe tells the server from static hosting and vite's fallback; signing in replaces
// the dataset with the server's and nothing is kept in this browser, a drop included; writes carry
// the CSRF token and the record's version; a stale write keeps the user's text beside the other's
// change until the user takes theirs or saves theirs over it; the lock follows the review state.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useRoundStore } from '../../src/app/stores/round';
import { useSessionStore } from '../../src/app/stores/session';
import { resetServerMode, serverMode } from '../../src/app/server/detect';
import { ApiError, request } from '../../src/app/server/api';
import { memoryBackend, readSaved, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import type { Dataset } from '../../src/domain/types';
import { bundledInputs } from './projectFixture';

interface Call { method: string; url: string; csrf: string | null; body: unknown }
type Answer = { status?: number; json?: unknown; html?: string };

const json = (a: Answer) =>
  new Response(a.status === 204 ? null : (a.html ?? JSON.stringify(a.json ?? null)), { status: a.status ?? 200, headers: { 'content-type': a.html !== undefined ? 'text/html' : 'application/json; charset=utf-8' } });

/** A fetch answering from `route`, recording each call. */
function fakeServer(route: (method: string, url: string, body: unknown) => Answer) {
  const calls: Call[] = [];
  const fetcher = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : init.body;
    calls.push({ method, url, csrf: headers['x-csrf-token'] ?? null, body });
    return json(route(method, url, body));
  });
  return { calls, fetcher: fetcher as unknown as typeof fetch };
}

let serverData: Dataset;
let pid: string;
let iid: string;
const ROUND = { id: 'r1', name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' as const }, createdAt: '2024-07-01T00:00:00Z' };
const USER = { id: 'u1', username: 'demo-unit', displayName: '演示', role: 'unit', unitId: 'x', unitName: '江苏省政务服务网运营中心', mustChange: false };

beforeAll(async () => {
  setActivePinia(createPinia());
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  serverData = { ...data.dataset, rounds: [ROUND], forms: [] };
  const p = serverData.projects.find((x) => x.name === '“一企来办”平台运营运维费')!;
  pid = p.id;
  iid = serverData.indicators.find((i) => i.projectId === pid && /满意/.test(i.level3))!.id;
});

describe('the health probe', () => {
  afterEach(() => resetServerMode());

  it('says server only for {ok:true} JSON, not for vite\'s index.html fallback, a 404 or no network', async () => {
    const answers: [Answer | Error, boolean][] = [
      [{ json: { ok: true, db: 'sqlite' } }, true],
      [{ html: '<!doctype html><html></html>' }, false],
      [{ status: 404, html: '' }, false],
      [{ json: { ok: false } }, false],
      [new TypeError('Failed to fetch'), false],
    ];
    for (const [answer, expected] of answers) {
      resetServerMode();
      const fetcher = vi.fn(async () => {
        if (answer instanceof Error) throw answer;
        return json(answer);
      });
      expect(await serverMode(fetcher as unknown as typeof fetch)).toBe(expected);
      expect(await serverMode(fetcher as unknown as typeof fetch)).toBe(expected);
      expect(fetcher).toHaveBeenCalledTimes(1);
      expect(fetcher.mock.calls[0]).toEqual(['/api/health', { credentials: 'same-origin' }]);
    }
  });
});

describe('the API client', () => {
  it('sends the CSRF token on changes only, and turns {error} answers into ApiError with the server\'s words', async () => {
    const { calls, fetcher } = fakeServer((m) => (m === 'GET' ? { json: [] } : { status: 429, json: { error: '登录失败次数过多，请 15 分钟后再试' } }));
    await request('GET', '/api/rounds', 'tok', undefined, fetcher);
    const refused = (await request('POST', '/api/session', 'tok', { username: 'a', password: 'b' }, fetcher).catch((e) => e)) as ApiError;
    expect(refused).toBeInstanceOf(ApiError);
    expect([refused.status, refused.message]).toEqual([429, '登录失败次数过多，请 15 分钟后再试']);
    expect(calls.map((c) => [c.method, c.csrf])).toEqual([['GET', null], ['POST', 'tok']]);
    const offline = (await request('GET', '/api/todo', '', undefined, (async () => { throw new TypeError('x'); }) as unknown as typeof fetch).catch((e) => e)) as ApiError;
    expect([offline.status, offline.message]).toEqual([0, '无法连接服务器，请检查网络后重试']);
  });
});

describe('server mode in the stores', () => {
  let prev: SavedDataBackend;
  let backend: ReturnType<typeof memoryBackend>;
  let server: ReturnType<typeof fakeServer>;
  /** The server's record: version and fields; a write with another version is refused as stale. */
  let record: { version: number; fields: Record<string, string>; updatedBy: string; updatedAt: string };
  let review: { state: string; stateLabel: string; comment: string; version: number } | undefined;
  /** The round's `closed` as the server lists it, and its 佐证材料 per round|project|target. */
  let closed: boolean;
  let files: Record<string, { id: string; name: string; size: number; type: string; uploadedAt: string; uploadedBy: string }[]>;

  beforeEach(() => {
    prev = setSavedDataBackend((backend = memoryBackend()));
    resetServerMode();
    record = { version: 0, fields: {}, updatedBy: '', updatedAt: '' };
    review = undefined;
    closed = false;
    files = {};
    server = fakeServer((method, url, body) => {
      if (url === '/api/health') return { json: { ok: true, db: 'sqlite' } };
      if (url === '/api/session' && method === 'GET') return { status: 401, json: { error: '未登录或登录已过期' } };
      if (url === '/api/session' && method === 'POST') return { json: { user: USER, csrf: 'csrf-1' } };
      if (url === '/api/dataset') return { json: { dataset: { ...serverData, rounds: [{ ...ROUND, closed }] }, versions: record.version ? { [`r1|${pid}|${iid}`]: record.version } : {}, reviews: review ? { [`r1|${pid}`]: review } : {}, attachments: files } };
      if (method === 'DELETE' && url.startsWith('/api/attachments/')) return { status: 204 };
      if (method === 'PUT') {
        const b = body as { fields: Record<string, string>; version: number };
        if (b.version !== record.version) return { status: 409, json: { error: `这条记录已被 ${record.updatedBy} 于 ${record.updatedAt} 修改；你的内容未保存，请查看对方的修改后重新提交`, details: { current: record } } };
        record = { version: record.version + 1, fields: b.fields, updatedBy: 'demo-unit', updatedAt: '2024-08-01T02:00:00.000Z' };
        return { json: { version: record.version, updatedAt: record.updatedAt } };
      }
      return { status: 404, json: { error: '没有找到，或无权查看' } };
    });
    vi.stubGlobal('fetch', server.fetcher);
    setActivePinia(createPinia());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setSavedDataBackend(prev);
    resetServerMode();
  });

  async function signedIn() {
    const session = useSessionStore();
    const data = useDatasetStore();
    await session.start();
    await session.signIn('demo-unit', 'pw');
    const round = useRoundStore();
    round.today = '2024-08-01';
    return { session, data, round };
  }

  it('signs in, shows the server\'s data and keeps nothing in this browser, a dropped file included', async () => {
    const session = useSessionStore();
    const data = useDatasetStore();
    // The sample loaded while the probe was out is dropped; none loads after: the data is the server's, after sign-in.
    await data.loadFiles(bundledInputs(), 'bundled');
    expect(data.counts.projects).toBe(serverData.projects.length);
    await session.start();
    await data.saved();
    expect([session.mode, session.user, data.counts.projects]).toEqual(['server', null, 0]);
    await data.init(null);
    expect(data.counts.projects).toBe(0);
    await session.signIn('demo-unit', 'pw');
    expect(data.dataset.projects.map((p) => p.id)).toEqual(serverData.projects.map((p) => p.id));
    expect(session.csrf).toBe('csrf-1');
    await data.loadText('项目名称,一级指标,二级指标,三级指标,指标值\n新项目,产出指标,数量指标,培训人次,≥100人次', '本地文件.csv');
    expect(data.counts.projects).toBe(serverData.projects.length + 1);
    await data.saved();
    expect((await readSaved(backend)).kind).toBe('none');
    expect(data.saveStatus).toEqual({ state: 'off' });
  });

  it('writes a record when its cell is left, with its version and the CSRF token; the next write carries the new version', async () => {
    const { round } = await signedIn();
    expect(round.locked(pid)).toBe(false);
    round.setField(pid, iid, 'value', '9', `${iid}:value`);
    round.setField(pid, iid, 'value', '96%', `${iid}:value`);
    expect(server.calls.filter((c) => c.method === 'PUT')).toEqual([]);
    round.endTyping();
    await vi.waitFor(() => expect(record.version).toBe(1));
    round.setField(pid, iid, 'reason', '调查已完成');
    await vi.waitFor(() => expect(record.version).toBe(2));
    const puts = server.calls.filter((c) => c.method === 'PUT');
    expect(puts).toEqual([
      { method: 'PUT', url: `/api/rounds/r1/projects/${pid}/records/${iid}`, csrf: 'csrf-1', body: { fields: { value: '96%' }, version: 0 } },
      { method: 'PUT', url: `/api/rounds/r1/projects/${pid}/records/${iid}`, csrf: 'csrf-1', body: { fields: { value: '96%', reason: '调查已完成' }, version: 1 } },
    ]);
    expect(round.serverSavedAt).toBe('2024-08-01T02:00:00.000Z');
    expect(round.canUndo).toBe(false);
  });

  it('a stale write keeps the user\'s text beside the other\'s change; theirs can be taken, or mine saved over it', async () => {
    const { round } = await signedIn();
    // Someone else saved first.
    record = { version: 3, fields: { value: '97%', reason: '他人填写' }, updatedBy: 'demo-unit2', updatedAt: '2024-08-01T01:00:00.000Z' };
    round.setField(pid, iid, 'value', '90%');
    await vi.waitFor(() => expect(round.conflicts.length).toBe(1));
    expect(round.conflicts[0]).toEqual({
      projectId: pid, target: iid, mine: { value: '90%' },
      theirs: { version: 3, fields: { value: '97%', reason: '他人填写' }, updatedBy: 'demo-unit2', updatedAt: '2024-08-01T01:00:00.000Z' },
      message: '这条记录已被 demo-unit2 于 2024-08-01T01:00:00.000Z 修改；你的内容未保存，请查看对方的修改后重新提交',
    });
    expect(round.record(iid)?.value).toBe('90%');
    // Take theirs: shown, nothing written.
    const writes = server.calls.length;
    await round.resolveConflict(round.conflicts[0], 'theirs');
    expect([round.record(iid)?.value, round.record(iid)?.reason, server.calls.length, round.conflicts.length]).toEqual(['97%', '他人填写', writes, 0]);
    // Stale again, and this time mine goes over theirs at their version.
    record = { ...record, version: 5, fields: { value: '98%' } };
    round.setField(pid, iid, 'value', '91%');
    await vi.waitFor(() => expect(round.conflicts.length).toBe(1));
    await round.resolveConflict(round.conflicts[0], 'mine');
    expect(server.calls.at(-1)!.body).toEqual({ fields: { value: '91%', reason: '他人填写' }, version: 5 });
    expect([record.version, record.fields.value, round.record(iid)?.value, round.conflicts.length]).toEqual([6, '91%', '91%', 0]);
  });

  it('locks the form when submitted, opens it when returned, and always for reviewers', async () => {
    review = { state: 'submitted', stateLabel: '已送审', comment: '', version: 1 };
    const { session, round } = await signedIn();
    expect([round.locked(pid), session.actions('r1', pid)]).toEqual([true, []]);
    expect(round.setField(pid, iid, 'value', '50%')).toBe(false);
    review = { state: 'returned', stateLabel: '被退回', comment: '请补充', version: 2 };
    await session.loadData();
    expect([round.locked(pid), session.actions('r1', pid), session.review('r1', pid).comment]).toEqual([false, ['submit'], '请补充']);
    session.user = { ...session.user!, role: 'department' };
    review = { state: 'submitted', stateLabel: '已送审', comment: '', version: 3 };
    await session.loadData();
    expect([round.locked(pid), session.actions('r1', pid)]).toEqual([true, ['return', 'approve']]);
  });

  it('locks every form of a closed round, with no review move, whatever its state', async () => {
    closed = true;
    const { session, round } = await signedIn();
    expect([session.isClosed('r1'), round.locked(pid), session.actions('r1', pid)]).toEqual([true, true, []]);
    expect(round.setField(pid, iid, 'value', '50%')).toBe(false);
    closed = false;
    await session.loadData();
    expect([session.isClosed('r1'), round.locked(pid), session.actions('r1', pid)]).toEqual([false, false, ['submit']]);
  });

  it('shows each record\'s 佐证材料 as the data set lists them, and takes a deleted one off', async () => {
    const other = serverData.indicators.find((i) => i.projectId === pid && i.id !== iid)!.id;
    const file = (id: string, name: string) => ({ id, name, size: 2048, type: 'application/pdf', uploadedAt: '2024-08-01T02:00:00.000Z', uploadedBy: 'demo-unit' });
    files = { [`r1|${pid}|${iid}`]: [file('a1', '满意度调查.pdf'), file('a2', '问卷.pdf')], [`r1|${pid}|${other}`]: [file('a3', '照片.pdf')], [`r1|${pid}|form`]: [file('a4', '不显示.pdf')] };
    const { session, round } = await signedIn();
    const names = (id: string) => round.record(id)?.attachments?.map((a) => `${a.id}:${a.name}`) ?? [];
    expect([names(iid), names(other)]).toEqual([['a1:满意度调查.pdf', 'a2:问卷.pdf'], ['a3:照片.pdf']]);
    await session.deleteAttachment('a1');
    expect(server.calls.at(-1)).toEqual({ method: 'DELETE', url: '/api/attachments/a1', csrf: 'csrf-1', body: undefined });
    expect([names(iid), names(other)]).toEqual([['a2:问卷.pdf'], ['a3:照片.pdf']]);
    await session.deleteAttachment('a3');
    expect(round.record(other)?.attachments).toBeUndefined();
  });
});

describe('the server\'s messages', () => {
  it('have the same keys in both languages', async () => {
    const server = (await import('../../src/app/i18n/lazy/server')).default;
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : keys(v, `${p}${k}.`)));
    expect(keys(server.en)).toEqual(keys(server['zh-CN']));
  });
});
