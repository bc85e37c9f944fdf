// The review-meeting deck as data, on the bundled data (4 real projects, 示例数据 actuals): which
// slides, their figures, the flagged list paged worst first, the project filter, English, and the
// empty flagged slide. The .pptx made from it is checked in test/cli/deck.test.ts.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/present/deck';
import { deckScope, describeFilter } from '../../src/present/scope';
import { tileFigures } from '../../src/present/text';
import { applyFilter, emptyFilter } from '../../src/domain/aggregate';
import { bundledReport } from '../domain/flagged.data';
import { slideChartTexts } from '../../src/present/slideCharts';

const q3 = bundledReport('2024-09-30');
const ids = q3.data.projects.map((p) => p.id);

describe('buildDeck at 三季度末', () => {
  const deck = buildDeck(q3.data, q3.report, { flaggedPerSlide: 4, flaggedSlides: 2 });

  it('titles the deck by the report date and lists summary, flagged pages and one slide per project', () => {
    expect(deck.title).toBe('2024年三季度绩效目标执行监控');
    expect(deck.subtitle).toBe('截至 2024年9月30日 · 默认规则 · 4 个项目');
    expect(deck.slides.map((s) => s.id)).toEqual(['summary', 'flagged', 'flagged-2', ...ids.map((id) => `project-${id}`)]);
  });

  it('sums the portfolio up in figures and two charts', () => {
    const [summary] = deck.slides;
    expect(summary.figures).toEqual([
      { label: '项目', value: '4' }, { label: '指标', value: '99' },
      { label: '达标', value: '84', tone: 'met' }, { label: '预警', value: '9', tone: 'warning' },
      { label: '滞后', value: '5', tone: 'behind' }, { label: '待填报', value: '1', tone: 'pending' },
    ]);
    // Drawn at their stage size (present/geometry): two side by side under the figure row.
    expect(summary.charts.map((c) => [c.id, c.width, c.height])).toEqual([['summary-budget', 872, 620], ['summary-level1', 872, 620]]);
  });

  it('orders the budget chart as its subtitle says: furthest behind 序时进度 first (34.5%, 49%, 58%, 71% at 三季度末)', () => {
    const texts = slideChartTexts(deck.slides[0].charts[0].option);
    expect(texts[1]).toBe('按执行率由低到高 · 红线 = 序时进度 74.9%');
    expect(texts.filter((t) => t.endsWith('%')).slice(1)).toEqual(['34.5%', '49.0%', '58.0%', '71.0%']);
  });

  it('pages the flagged list worst first and says how many rows did not fit', () => {
    const [, first, second] = deck.slides;
    expect([first.title, second.title]).toEqual(['预警指标（1/2）', '预警指标（2/2）']);
    expect(first.subtitle).toBe('截至 2024年9月30日 · 默认规则 · 4 个项目 · 共 14 项，按偏差由大到小');
    expect(second.subtitle).toBe('截至 2024年9月30日 · 默认规则 · 4 个项目 · 共 14 项，按偏差由大到小 · 另有 6 项见预警清单');
    // Fewer words at 14 pt: the indicator by its name, the expected value (the target is on the project page).
    expect(first.table!.columns).toEqual(['项目', '指标', '应达值', '实际值', '状态', '偏差', '偏差原因']);
    expect(first.table!.rows.map((r) => [r[1], r[4], r[5]])).toEqual([
      ['漏洞扫描', '滞后', '-1轮（-33.33%）'],
      ['预算执行率', '滞后', '-15.5个百分点（-31%）'],
      ['预算执行率', '滞后', '-21个百分点（-30%）'],
      ['已完工增补业务功能扩展等迭代更新验收合格率', '滞后', '-15个百分点（-20%）'],
    ]);
    expect(first.table!.rowStatus).toEqual(['behind', 'behind', 'behind', 'behind']);
    expect(second.table!.rows.map((r) => r[4])).toEqual(['滞后', '预警', '预警', '预警']);
  });

  it('gives each project its budget figures, status counts, its 量化指标 chart and its deviation reasons', () => {
    const slide = deck.slides.find((s) => s.id === `project-${ids[1]}`)!;
    expect(slide.title).toBe('江苏12345在线平台信息系统运维费');
    expect(slide.subtitle).toBe('江苏省数据局 (江苏省政务服务管理办公室) · 江苏省政务服务网运管中心 · 截至 2024年9月30日');
    expect(slide.figures).toEqual([
      { label: '预算执行率', value: '49.0%', tone: 'behind' }, { label: '序时进度', value: '74.9%' }, { label: '半年计划占比', value: '37.7%' },
      { label: '达标', value: '19', tone: 'met' }, { label: '预警', value: '2', tone: 'warning' }, { label: '滞后', value: '1', tone: 'behind' },
    ]);
    expect(slide.charts.map((c) => [c.id, c.title, c.width, c.height])).toEqual([[`${ids[1]}-quant`, '量化指标达成情况', 1304, 620]]);
    expect(slide.notesTitle).toBe('主要偏差原因');
    expect(slide.notes).toEqual([
      '预算执行率：经费保障：等保密评合同下半年签订，付款集中在四季度',
      '系统运行事故发生频率：硬件条件保障：三季度两次存储故障',
      '对避免重复投入运维费用的改善程度：其他：部分功能重复采购待清理',
    ]);
  });
});

describe('buildDeck options', () => {
  it('keeps only the filtered projects, in English', () => {
    const deck = buildDeck(q3.data, q3.report, { lang: 'en', scope: { projectIds: new Set([ids[1]]), description: '' } });
    expect(deck.title).toBe('2024 Q3 performance monitoring');
    expect(deck.subtitle).toBe('as of 2024-09-30 · default rules · 1 project');
    expect(deck.slides.map((s) => s.id)).toEqual(['summary', 'flagged', `project-${ids[1]}`]);
    expect(deck.slides[0].figures.slice(0, 2)).toEqual([{ label: 'Projects', value: '1' }, { label: 'Indicators', value: '22' }]);
    expect(deck.slides[1].subtitle).toBe('as of 2024-09-30 · default rules · 1 project · 3 flagged, worst first');
    expect(deck.slides[1].table!.rows.map((r) => r[0])).toEqual(Array(3).fill('江苏12345在线平台信息系统运维费'));
    expect(deck.slides[1].table!.columns).toEqual(['Project', 'Indicator', 'Expected', 'Actual', 'Status', 'Gap', 'Reason']);
    expect(deck.slides[1].table!.rows.map((r) => r[4])).toEqual(['Behind', 'Warning', 'Warning']);
    expect(deck.slides[2].figures[0]).toEqual({ label: 'Execution rate', value: '49.0%', tone: 'behind' });
  });

  it('says so on one slide when nothing is flagged — or nothing reported yet — and titles an unusual date by the date', () => {
    // On 31 January nothing of the bundled data is reported yet: not good news, no news.
    const jan = bundledReport('2024-01-31');
    const deck = buildDeck(jan.data, jan.report);
    expect(deck.title).toBe('绩效目标执行监控（截至 2024年1月31日）');
    expect(deck.slides[1]).toEqual({
      kind: 'flagged', id: 'flagged', title: '预警指标', subtitle: '截至 2024年1月31日 · 默认规则 · 4 个项目', figures: [], charts: [],
      notes: ['尚无实际值：截至 1月31日 没有已填报的指标'],
    });
    // Reported, and nothing flagged: a 产出指标 filter at 30 June keeps only met indicators of one project.
    const jun = bundledReport('2024-06-30');
    const met = jun.report.judgements.filter((j) => j.status === 'met');
    const scope = { projectIds: new Set([met[0].projectId]), indicatorIds: new Set(met.map((j) => j.indicatorId)), description: '' };
    expect(buildDeck(jun.data, jun.report, { scope }).slides[1].notes).toEqual(['截至本日没有预警或滞后的指标。']);
  });

  it('covers what the overview shows under a 一级指标 filter, and says so', () => {
    const filter = { ...emptyFilter(), level1: ['产出指标'], statuses: ['behind' as const] };
    const scope = deckScope(q3.data, q3.indicators, q3.report.judgements, filter);
    const deck = buildDeck(q3.data, q3.report, { scope });
    expect(deck.subtitle).toBe('截至 2024年9月30日 · 默认规则 · 4 个项目 · 筛选 一级指标：产出指标');
    // The overview's cards under the same filter (its status filter aside: the deck keeps every status).
    const cards = applyFilter(q3.data.projects, q3.indicators, q3.report.judgements, filter).statusCounts;
    expect(deck.slides[0].figures.map((f) => f.value)).toEqual(['4', '27', '19', '4', '3', '1']);
    expect(deck.slides[0].figures.slice(2).map((f) => Number(f.value))).toEqual([cards.met, cards.warning, cards.behind, cards.pending]);
    const output = new Set([...q3.indicators.values()].filter((i) => i.level1 === '产出指标').map((i) => i.level3));
    const flagged = deck.slides.filter((s) => s.kind === 'flagged').flatMap((s) => s.table?.rows ?? []);
    expect(flagged.length).toBe(7);
    expect(flagged.every((r) => output.has(r[1]))).toBe(true);
  });

  it('describes filters in either language, and nothing for none', () => {
    const f = { ...emptyFilter(), departments: ['江苏省政务服务管理办公室'], level1: ['产出指标', '效益指标'], search: ' 满意度 ' };
    expect(describeFilter(f)).toBe('主管部门：江苏省政务服务管理办公室 · 一级指标：产出指标、效益指标 · 搜索：“满意度”');
    expect(describeFilter(f, 'en')).toBe('Department: 江苏省政务服务管理办公室 · Level-1 indicator: 产出指标, 效益指标 · Search: “满意度”');
    expect(describeFilter(emptyFilter())).toBe('');
  });

  it('counts 待填报 on a project slide that has any', () => {
    const withPending = q3.report.judgements.find((j) => j.status === 'pending')!.projectId;
    const deck = buildDeck(q3.data, q3.report);
    const slide = deck.slides.find((s) => s.projectId === withPending)!;
    expect(slide.figures.slice(3).map((f) => f.label)).toEqual(['达标', '预警', '滞后', '待填报']);
    expect(slide.figures.at(-1)).toEqual({ label: '待填报', value: '1', tone: 'pending' });
    const other = deck.slides.find((s) => s.kind === 'project' && s.projectId !== withPending)!;
    expect(other.figures.slice(3).map((f) => f.label)).toEqual(['达标', '预警', '滞后']);
  });

  it('gives the overview grid the lead figure and every status count', () => {
    const deck = buildDeck(q3.data, q3.report);
    const line = (k: number) => tileFigures(deck.slides[k].figures).map((f) => `${f.label} ${f.value}`).join(' · ');
    expect(line(0)).toBe('项目 4 · 达标 84 · 预警 9 · 滞后 5 · 待填报 1');
    const project = deck.slides.findIndex((s) => s.projectId === ids[1]);
    expect(line(project)).toBe('预算执行率 49.0% · 达标 19 · 预警 2 · 滞后 1');
  });
});
