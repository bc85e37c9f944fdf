// @vitest-environment jsdom
// Loading target tables into the team server from the 数据 page: the chosen file goes to
// POST /api/import as base64 for a preview, shown with its counts, the new and updated projects,
// the refused ones with the reason and the problems with file and row; 确认导入 sends the same
// files with commit and loads the shared data again; 取消 sends nothing more. A unit is told that
// its department or finance loads the tables. Base64 is checked against Node's for any bytes.
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { mount, type VueWrapper } from '@vue/test-utils';
import ServerImport from '../../src/app/components/server/ServerImport.vue';
import FileDrop from '../../src/app/components/data/FileDrop.vue';
import { useSessionStore } from '../../src/app/stores/session';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { importPayload, toBase64 } from '../../src/app/server/importFiles';
import { loadFiles } from '../../src/io/load';
import { tableXlsx } from '../io/tableFilesHelpers';
import { mergeServerMessages } from '../../src/app/i18n/lazy/useServerI18n';
import type { Dataset } from '../../src/domain/types';
import { appPlugins, fakeTeamServer, inMemoryMounts, settle } from './helpers';

const TABLES = readFileSync('data/seed-tables.txt');
const PREVIEW = {
  committed: false,
  added: ['“一企来办”平台运营运维费'],
  updated: ['江苏政务服务网运维'],
  refused: [{ project: '某省直项目', reason: '实施单位「某某中心」不在单位树中，请管理员先添加' }],
  problems: [{ severity: 'warning', message: '资金总额与各项资金之和不符', source: { file: 'seed-tables.txt', row: 12, field: '资金总额' } }],
};
const AFTER: Dataset = { projects: [], indicators: [], actuals: [], spend: [], rounds: [], forms: [] };

interface Call { method: string; url: string; body: { files?: { name: string; base64: string }[]; commit?: boolean } | null }
let calls: Call[];
let role: string;

const answer = (json: unknown, status = 200) => new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
function server(url: string, init: RequestInit = {}) {
  const method = init.method ?? 'GET';
  const body = typeof init.body === 'string' ? JSON.parse(init.body) : null;
  calls.push({ method, url, body });
  if (url === '/api/health') return answer({ ok: true, db: 'sqlite' });
  if (url === '/api/session') return answer({ user: { id: 'f', username: 'demo-finance', displayName: '财政', role, unitId: 'r', unitName: '江苏省财政厅', mustChange: false }, csrf: 'tok' });
  if (url === '/api/dataset') return answer({ dataset: { ...AFTER, projects: [{ id: 'p-new', name: '新项目' }] }, versions: {}, reviews: {} });
  if (url === '/api/import') return answer(body.commit ? { ...PREVIEW, committed: true } : PREVIEW);
  return answer({ error: '没有找到' }, 404);
}

let wrapper: VueWrapper | undefined;
inMemoryMounts(() => wrapper);
beforeEach(() => {
  calls = [];
  role = 'finance';
});
fakeTeamServer(server);

async function mounted() {
  const env = appPlugins();
  mergeServerMessages(env.i18n.global as never);
  await useSessionStore().start();
  wrapper = mount(ServerImport, { global: { plugins: env.plugins }, attachTo: document.body });
  return wrapper;
}
async function choose(w: VueWrapper) {
  w.findComponent(FileDrop).vm.$emit('files', [new File([TABLES], 'seed-tables.txt', { type: 'text/plain' })]);
  for (let i = 0; i < 500 && !w.find('[data-test="import-preview"]').exists(); i++) await settle(20);
}
const imports = () => calls.filter((c) => c.url === '/api/import');

describe('loading target tables into the server', () => {
  it('previews: the file as sent, the counts, new and updated projects, refused ones with the reason, problems with file and row', async () => {
    const w = await mounted();
    await choose(w);
    expect(imports()).toHaveLength(1);
    const sent = imports()[0];
    expect(sent.method).toBe('POST');
    expect(sent.body!.commit).toBeUndefined();
    expect(sent.body!.files!.map((f) => f.name)).toEqual(['seed-tables.txt']);
    expect(Buffer.from(sent.body!.files![0].base64, 'base64').equals(TABLES)).toBe(true);
    expect(w.get('[data-test="import-counts"]').text()).toBe('新增 1 个项目，更新 1 个项目，不能载入 1 个，问题 1 条');
    expect(w.get('[data-test="import-added"]').text()).toBe('新增的项目“一企来办”平台运营运维费');
    expect(w.get('[data-test="import-updated"]').text()).toBe('更新的项目（替换服务器上的同名项目）江苏政务服务网运维');
    expect(w.get('[data-test="import-refused"]').text()).toContain('某省直项目实施单位「某某中心」不在单位树中，请管理员先添加');
    expect(w.get('[data-test="import-problems"]').text()).toContain('提示seed-tables.txt 第 12 行 （资金总额）资金总额与各项资金之和不符');
  });

  it('确认导入 sends the same files with commit, then loads the shared data again', async () => {
    const w = await mounted();
    await choose(w);
    const preview = imports()[0].body!;
    await w.get('[data-test="import-confirm"]').trigger('click');
    await settle(20);
    expect(imports()).toHaveLength(2);
    expect(imports()[1].body).toEqual({ files: preview.files, commit: true });
    expect(calls.at(-1)!.url).toBe('/api/dataset');
    expect(useDatasetStore().dataset.projects.map((p) => p.name)).toEqual(['新项目']);
    expect(w.find('[data-test="import-preview"]').exists()).toBe(false);
  });

  it('取消 leaves the server as it was: no second request', async () => {
    const w = await mounted();
    await choose(w);
    const before = calls.length;
    await w.get('[data-test="import-cancel"]').trigger('click');
    await settle();
    expect(calls.length).toBe(before);
    expect(w.find('[data-test="import-preview"]').exists()).toBe(false);
    expect(w.find('[data-test="file-drop"]').exists()).toBe(true);
  });

  it('tells a unit that its department or finance loads the tables', async () => {
    role = 'unit';
    const w = await mounted();
    expect(w.find('[data-test="file-drop"]').exists()).toBe(false);
    expect(w.get('[data-test="import-unit-notice"]').text()).toBe('目标表由本单位的主管部门或财政部门载入服务器，单位不在此载入；本单位的项目请在“待办”中填报。');
  });

  it('sends an Excel target table as the text the server\'s loader reads: the same project as the .txt', async () => {
    const text = TABLES.toString('utf8');
    const first = text.slice(0, text.indexOf('江苏省省级项目预算绩效目标表', text.indexOf('江苏省省级项目预算绩效目标表') + 1));
    const xlsx = await tableXlsx(first);
    const payload = await importPayload([{ name: '目标表.xlsx', content: xlsx }]);
    expect([payload.files.map((f) => f.name), payload.problems]).toEqual([['目标表.xlsx「绩效目标表」'], []]);
    // What the server does with them (src/server/routes/projects.ts).
    const onServer = loadFiles(payload.files.map((f) => ({ name: f.name, content: new Uint8Array(Buffer.from(f.base64, 'base64')) })));
    const fromText = loadFiles([{ name: 't.txt', content: first }]);
    expect(onServer.dataset.projects.map((p) => [p.name, p.unit])).toEqual([['“一企来办”平台运营运维费', '江苏省政务服务网运营中心']]);
    expect(onServer.dataset.indicators.map((i) => i.level3)).toEqual(fromText.dataset.indicators.map((i) => i.level3));
  });

  it('encodes any bytes as Node does', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => toBase64(bytes) === Buffer.from(bytes).toString('base64')), { numRuns: 60 });
  });
});
