// The review-meeting deck as data, on the bundled data (4 real projects, 示例数据 actuals): which
// slides, their figures, the flagged list paged worst first, the project filter, English, and the
// empty flagged slide. The .pptx made from it is checked in test/cli/deck.test.ts.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/present/deck';
import { deckScope, describeFilter } from '../../src/present/scope';
import { tileFigures } from '../../src/present/text';
import { applyFilter, emptyFilter } from '../../src/domain/aggregate';
import { bundledReport } from '../domain/flagged.data';

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
    expect(summary.charts.map((c) => [c.id, c.width, c.height])).toEqual([['summary-budget', 600, 420], ['summary-level1', 600, 420]]);
  });

  it('orders the budget chart as its subtitle says: furthest behind 序时进度 first (34.5%, 49%, 58%, 71% at 三季度末)', () => {
    const option = deck.slides[0].charts[0].option as { yAxis: { data: string[] } };
    const rate = new Map(q3.report.projects.map((p) => [p.projectId, p.budget.executionRate]));
    expect(option.yAxis.data.map((id) => Math.round(rate.get(id)! * 1000) / 10)).toEqual([34.5, 49, 58, 71]);
  });

  it('pages the flagged list worst first and says how many rows did not fit', () => {
    const [, first, second] = deck.slides;
    expect([first.title, second.title]).toEqual(['预警指标（1/2）', '预警指标（2/2）']);
    expect(first.subtitle).toBe('截至 2024年9月30日 · 默认规则 · 4 个项目 · 共 14 项，按偏差由大到小');
    expect(second.subtitle).toBe('截至 2024年9月30日 · 默认规则 · 4 个项目 · 共 14 项，按偏差由大到小 · 另有 6 项见预警清单');
    expect(first.table!.columns).toEqual(['项目', '指标', '适用目标', '应达值', '实际值', '状态', '偏差', '偏差原因']);
    expect(first.table!.rows.map((r) => [r[1], r[5], r[6]])).toEqual([
      ['产出指标/数量指标/漏洞扫描', '滞后', '-1轮（-33.33%）'],
      ['过程/资金管理/预算执行率', '滞后', '-15.5个百分点（-31%）'],
      ['过程/资金管理/预算执行率', '滞后', '-21个百分点（-30%）'],
      ['产出指标/质量指标/已完工增补业务功能扩展等迭代更新验收合格率', '滞后', '-15个百分点（-20%）'],
    ]);
    expect(first.table!.rowStatus).toEqual(['behind', 'behind', 'behind', 'behind']);
    expect(second.table!.rows.map((r) => r[5])).toEqual(['滞后', '预警', '预警', '预警']);
  });

  it('gives each project its budget figures, status counts, two charts and its deviation reasons', () => {
    const slide = deck.slides.find((s) => s.id === `project-${ids[1]}`)!;
    expect(slide.title).toBe('江苏12345在线平台信息系统运维费');
    expect(slide.subtitle).toBe('江苏省数据局 (江苏省政务服务管理办公室) · 江苏省政务服务网运管中心 · 截至 2024年9月30日');
    expect(slide.figures).toEqual([
      { label: '预算执行率', value: '49.0%', tone: 'behind' }, { label: '序时进度', value: '74.9%' }, { label: '半年计划占比', value: '37.7%' },
      { label: '达标', value: '19', tone: 'met' }, { label: '预警', value: '2', tone: 'warning' }, { label: '滞后', value: '1', tone: 'behind' },
    ]);
    expect(slide.charts.map((c) => c.id)).toEqual([`${ids[1]}-variance`, `${ids[1]}-bullet`]);
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
    // A cumulative target reads in English too; the target values themselves are data.
    expect(deck.slides[1].table!.rows.map((r) => r[2]).filter((t) => t.includes('→'))).toEqual(['half-year =40% → full-year =100%']);
    expect(deck.slides[1].table!.rows.map((r) => r[2]).join(' ')).not.toMatch(/半年|全年/);
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
    const flagged = deck.slides.filter((s) => s.kind === 'flagged').flatMap((s) => s.table?.rows ?? []);
    expect(flagged.every((r) => r[1].startsWith('产出指标/'))).toBe(true);
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
