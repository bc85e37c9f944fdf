import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { useSettingsStore } from '../../src/app/stores/settings';

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
const actuals = (date: string, value: string) => `项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,预算执行率,${date},${value}\n`;
const 预算执行率 = (report: ReturnType<typeof useReportStore>) => {
  const ind = useDatasetStore().dataset.indicators.find((i) => i.level3 === '预算执行率' && i.projectId === useDatasetStore().dataset.projects[0].id)!;
  return report.judgementsById.get(ind.id)!;
};

describe('dataset store', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('merges each load into what is already loaded, keeping every file summary and problem', async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }]);
    await data.loadFiles([{ name: 'a.csv', content: actuals('2024-06-30', '28%') + '无此项目,预算执行率,2024-06-30,1\n' }]);
    expect(data.counts).toEqual({ projects: 4, indicators: 99, actuals: 1, spend: 0, problems: 1 });
    expect(data.files.map((f) => f.name)).toEqual(['seed.txt', 'a.csv']);
    expect(data.problems[0].source).toMatchObject({ file: 'a.csv', row: 3 });
    expect(data.origin).toBe('user');
  });

  it('applies loads started together one after another (a drop during a load is not lost)', async () => {
    const data = useDatasetStore();
    const first = data.loadFiles([{ name: 'seed.txt', content: seed }]);
    const second = data.loadFiles([{ name: 'a.csv', content: actuals('2024-06-30', '28%') }]);
    expect(data.busy).toBe(true);
    await Promise.all([first, second]);
    expect(data.busy).toBe(false);
    // The actuals resolved against the projects of the first load.
    expect(data.counts.actuals).toBe(1);
    expect(data.problems).toEqual([]);
  });

  it('names pasted text 粘贴文本1, 粘贴文本2 …', async () => {
    const data = useDatasetStore();
    await data.loadText(new TextDecoder().decode(seed));
    await data.loadText('   ');
    await data.loadText('随便写的一段话');
    expect(data.files.map((f) => [f.name, f.kind])).toEqual([['粘贴文本1', 'raw-table'], ['粘贴文本2', 'unknown']]);
  });

  it('refuses a ?data= link to another site', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const data = useDatasetStore();
    expect(await data.loadFromUrl('https://evil.example/data.json', 'https://dept.gov.cn/monitor/index.html')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(data.problems[0]).toMatchObject({ severity: 'error', code: 'url-rejected', source: { file: 'https://evil.example/data.json' } });
  });

  it('fetches a ?data= file published beside the app and names it after the URL', async () => {
    const fetchSpy = vi.fn(async () => new Response(seed));
    vi.stubGlobal('fetch', fetchSpy);
    const data = useDatasetStore();
    const result = await data.loadFromUrl('data/%E7%9B%AE%E6%A0%87.txt', 'https://dept.gov.cn/monitor/index.html');
    expect(String((fetchSpy.mock.calls[0] as unknown[])[0])).toBe('https://dept.gov.cn/monitor/data/%E7%9B%AE%E6%A0%87.txt');
    expect(result?.files[0]).toMatchObject({ name: '目标.txt', kind: 'raw-table', projects: 4 });
    expect(data.origin).toBe('url');
    expect(data.originUrl).toBe('https://dept.gov.cn/monitor/data/%E7%9B%AE%E6%A0%87.txt');
  });

  it('reports a link that cannot be read as a problem naming it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    const data = useDatasetStore();
    expect(await data.loadFromUrl('missing.csv', 'https://dept.gov.cn/monitor/')).toBeNull();
    expect(data.problems[0].message).toBe('无法读取数据链接 https://dept.gov.cn/monitor/missing.csv：服务器返回 404');
  });
});

describe('report store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    globalThis.localStorage?.clear();
  });

  it('opens on the latest data date and re-judges when the as-of date changes', async () => {
    const data = useDatasetStore();
    await data.loadFiles([
      { name: 'seed.txt', content: seed },
      { name: 'a.csv', content: actuals('2024-06-30', '28%') },
    ]);
    const report = useReportStore();
    expect(report.latestDate).toBe('2024-06-30');
    expect(report.year).toBe(2024);
    expect(report.asOf).toBe('2024-06-30');
    expect(report.report.judgements).toHaveLength(99);
    // =30% by 30 June: 28% is within 10 points → 预警.
    expect(预算执行率(report)).toMatchObject({ status: 'warning', period: 'H1', actualText: '28%' });

    report.setAsOf('2024-03-31');
    expect(report.report.asOf).toBe('2024-03-31');
    expect(预算执行率(report).status).toBe('pending');

    report.setAsOf('2024-13-01'); // not a date → back to the data's date
    expect(report.asOf).toBe('2024-06-30');
  });

  it('re-judges when a setting changes', async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }, { name: 'a.csv', content: actuals('2024-06-30', '28%') }]);
    const report = useReportStore();
    expect(预算执行率(report).status).toBe('warning');
    useSettingsStore().config.tolerances.progressPoints = 1;
    expect(report.report.settings.tolerances.progressPoints).toBe(1);
    expect(预算执行率(report).status).toBe('behind');
  });

  it('follows a round edit (one actual) without building the engine again, and agrees with the whole reference report', async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }, { name: 'a.csv', content: actuals('2024-06-30', '28%') }]);
    const report = useReportStore();
    report.setAsOf('2024-06-30');
    const engine = report.judged.engine;
    expect(预算执行率(report).status).toBe('warning');
    const ind = data.dataset.indicators.find((i) => i.level3 === '预算执行率' && i.projectId === data.dataset.projects[0].id)!;
    data.applyEdit({ ...data.dataset, actuals: [...data.dataset.actuals.filter((a) => a.indicatorId !== ind.id), { projectId: ind.projectId, indicatorId: ind.id, date: '2024-06-30', value: '10%' }] });
    expect(report.judged.engine).toBe(engine);
    expect(预算执行率(report).status).toBe('behind');
    expect(report.summaries).toEqual(report.report.projects);
    expect(report.warnings).toEqual(report.report.warnings);
    // A new indicator is not an edit the engine follows: it is built again.
    data.applyEdit({ ...data.dataset, indicators: [...data.dataset.indicators] });
    expect(report.judged.engine).not.toBe(engine);
    expect(预算执行率(report).status).toBe('behind');
  });

  it('groups judgements by project and indexes summaries', async () => {
    await useDatasetStore().loadFiles([{ name: 'seed.txt', content: seed }]);
    const report = useReportStore();
    const projects = useDatasetStore().dataset.projects;
    const sizes = projects.map((p) => report.judgementsByProject.get(p.id)?.length);
    expect(sizes).toEqual([25, 22, 24, 28]);
    expect(report.judgementsByProject.get('无此项目')).toBeUndefined();
    // A project without indicators has none, asked once or twice.
    useDatasetStore().applyEdit({ ...useDatasetStore().dataset, projects: [...projects, { ...projects[0], id: 'p-empty' }] });
    expect([report.judgementsByProject.get('p-empty'), report.judgementsByProject.get('p-empty'), report.judgementsByProject.has('p-empty')]).toEqual([undefined, undefined, false]);
    expect(report.judgementsByProject.get(projects[0].id)).toHaveLength(25);
    // Made from the engine at the date, the same as the whole reference report's.
    const ids = report.report.judgements.filter((j) => j.projectId === projects[1].id).map((j) => JSON.stringify(j));
    expect(report.judgementsByProject.get(projects[1].id)!.map((j) => JSON.stringify(j))).toEqual(ids);
    expect(report.summaries).toEqual(report.report.projects);
    expect(report.warnings).toEqual(report.report.warnings);
    const first = projects[0];
    expect(report.summariesById.get(first.id)?.name).toBe('“一企来办”平台运营运维费');
    expect(report.projectsById.get(first.id)).toBe(first);
  });
});
