import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { fixture, seed } from './helpers';

const msgs = (r: ReturnType<typeof loadFiles>) => r.problems.map((p) => `${p.severity} ${p.message}`);
const base = () => loadFiles([fixture('projects.csv')]).dataset;
const csv = (name: string, lines: string[]) => ({ name, content: lines.join('\r\n') + '\r\n' });

describe('projects CSV', () => {
  const r = loadFiles([fixture('projects.csv')]);
  const [security, yiqi] = r.dataset.projects;

  it('groups rows into projects with their funds, 支出 lines and 三级 indicators', () => {
    expect(r.problems).toEqual([]);
    expect(r.files).toEqual([{ name: 'projects.csv', kind: 'projects-csv', encoding: 'utf-8', projects: 2, indicators: 33, actuals: 0, spend: 0, errors: 0 }]);
    expect(security).toMatchObject({
      name: '省政务办信息系统安全运维', year: 2024, department: '江苏省数据局 (江苏省政务服务管理办公室)', unit: '江苏省政务服务网运营中心',
      type: '常年安排项目', level: '省本级', startYear: 2023, endYear: 2025,
      funds: { total: 116, sources: { 一般公共预算资金: 116 } }, expenses: [{ name: '信息系统安全运维', planH1: 0, budgetFY: 110.2 }],
    });
    expect(yiqi.expenses.map((e) => e.budgetFY)).toEqual([53.2, 23.75]);
    expect(r.dataset.indicators.filter((i) => i.projectId === security.id)).toHaveLength(28);
  });

  it('carries blank 一级/二级 down from the row above, and keeps a bare 三级 under 成本指标', () => {
    const byName = (n: string) => r.dataset.indicators.find((i) => i.projectId === security.id && i.level3 === n);
    expect(byName('漏洞扫描')).toMatchObject({ level1: '产出指标', level2: '数量指标', targetH1: '≥2轮', targetFY: '≥4轮', source: { file: 'projects.csv', row: 19 } });
    expect(byName('项目总成本')).toMatchObject({ level1: '成本指标', level2: '', targetH1: '≤116万元' });
    expect(byName('资金到位率')).toMatchObject({ level1: '过程', level2: '资金管理', targetH1: '序时进度', targetFY: '100%' });
  });

  it('gives the same ids as the raw target table of the same project', () => {
    const raw = loadFiles([seed()]).dataset;
    expect(raw.projects.map((p) => p.id)).toEqual(expect.arrayContaining([security.id, yiqi.id]));
    const rawIds = new Set(raw.indicators.map((i) => i.id));
    expect(r.dataset.indicators.filter((i) => i.projectId === security.id && !rawIds.has(i.id)).map((i) => i.level3)).toEqual([]);
  });

  it('reads English headers', () => {
    const e = loadFiles([csv('en.csv', [
      'name,year,department,fundsTotal,level1,level2,indicator,targetH1,targetFY,model,weight',
      '省政务办信息系统安全运维,2024,江苏省数据局 (江苏省政务服务管理办公室),116,产出指标,数量指标,渗透测试,≥2轮,≥4轮,cumulative,5',
    ])]);
    expect(e.problems).toEqual([]);
    expect(e.dataset.projects[0].id).toBe(security.id);
    expect(e.dataset.indicators[0]).toMatchObject({ level3: '渗透测试', model: 'cumulative', weight: 5 });
  });

  it('reports bad numbers, years, models and conflicting project cells with line and column', () => {
    const e = loadFiles([csv('bad.csv', [
      '项目名称,年度,资金总额,一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值,进度模型',
      '应急项目,2024,12万,产出指标,数量指标,应急演练,≥1次,≥1次,累积型',
      '应急项目,2024,15,,,安全培训,≥1次,≥2次,',
      '应急项目,二〇二四,15,,,基线核查,≥1轮,≥1轮,',
      '应急项目,2024,,成本指标,,,=1,=2,',
    ])]);
    expect(msgs(e)).toEqual([
      'error bad.csv 第2行「资金总额」：“12万”不是数字',
      'error bad.csv 第2行「进度模型」：进度模型“累积型”无法识别（应为 进度型 或 水平型），按默认规则判断',
      'error bad.csv 第4行「年度」：“二〇二四”不是年份（应写作 2024 或 2024年），此行未导入（年度决定项目编号）',
      'error bad.csv 第5行「三级指标」：有指标值但三级指标为空，此行的指标未导入',
    ]);
    expect(e.dataset.projects[0].funds.total).toBe(15);
    expect(e.dataset.indicators.map((i) => i.level3)).toEqual(['应急演练', '安全培训']);
    expect(e.files[0].errors).toBe(4);
  });

  it('takes a 进度模型 only from its four names, never from what every object has (constructor, toString)', () => {
    const e = loadFiles([csv('m.csv', [
      '项目名称,年度,一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值,进度模型',
      '应急项目,2024,产出指标,数量指标,应急演练,≥1次,≥2次,constructor',
      '应急项目,2024,产出指标,数量指标,安全培训,≥1次,≥2次,toString',
      '应急项目,2024,产出指标,数量指标,基线核查,≥1轮,≥1轮,水平型',
    ])]);
    expect(msgs(e)).toEqual([
      'error m.csv 第2行「进度模型」：进度模型“constructor”无法识别（应为 进度型 或 水平型），按默认规则判断',
      'error m.csv 第3行「进度模型」：进度模型“toString”无法识别（应为 进度型 或 水平型），按默认规则判断',
    ]);
    expect(e.dataset.indicators.map((i) => i.model)).toEqual([undefined, undefined, 'level']);
  });
});

describe('actuals CSV', () => {
  it('reads UTF-8, UTF-8 with BOM and GBK+CRLF alike', () => {
    const utf8 = loadFiles([fixture('actuals.csv')], base());
    const bom = loadFiles([{ name: 'actuals.csv', content: new Uint8Array([0xef, 0xbb, 0xbf, ...(fixture('actuals.csv').content as Uint8Array)]) }], base());
    const gbk = loadFiles([fixture('actuals-gbk.csv', 'actuals.csv')], base());
    expect(utf8.problems).toEqual([]);
    expect([utf8, bom, gbk].map((x) => x.files[0].encoding)).toEqual(['utf-8', 'utf-8-bom', 'gb18030']);
    expect(bom.dataset).toEqual(utf8.dataset);
    expect(gbk.dataset).toEqual(utf8.dataset);
    expect(utf8.dataset.actuals.map((a) => [a.date, a.value])).toEqual([
      ['2024-06-30', '2'], ['2024-06-30', '2轮'], ['2024-06-30', '2人'], ['2024-06-30', '150分钟'], ['2024-06-30', '28%'], ['2024-06-30', '86.5%'],
    ]);
    expect(utf8.dataset.actuals[4]).toMatchObject({ reason: '经费保障', likelihood: '有可能', note: '支付进度略慢,7月补齐', source: { file: 'actuals.csv', row: 6 } });
  });

  it('reads English headers and 项目编号/指标编号', () => {
    const d = base();
    const ind = d.indicators.find((i) => i.level3 === '渗透测试')!;
    const r = loadFiles([csv('a.csv', ['projectId,indicatorId,date,actual,likelihood', `${ind.projectId},${ind.id},2024/7/31,3,确定能`])], d);
    expect(r.problems).toEqual([]);
    expect(r.dataset.actuals).toEqual([{ projectId: ind.projectId, indicatorId: ind.id, date: '2024-07-31', value: '3', likelihood: '确定能', source: { file: 'a.csv', row: 2 } }]);
  });

  it('reports an ambiguous 三级 and which column settles it, and loads the rows that resolve', () => {
    const r = loadFiles([csv('a.csv', [
      '项目名称,二级指标,三级指标,日期,实际值',
      '“一企来办”平台运营运维费,,预算执行率,2024-06-30,28%',
      '“一企来办”平台运营运维费,时效指标,预算执行率,2024-06-30,45%',
    ])], base());
    expect(msgs(r)).toEqual([
      'error a.csv 第2行「三级指标」：项目「“一企来办”平台运营运维费」中三级指标“预算执行率”有2个（过程/资金管理/预算执行率、产出指标/时效指标/预算执行率），请加“二级指标”列区分，此行未导入',
    ]);
    expect(r.dataset.actuals.map((a) => a.value)).toEqual(['45%']);
  });

  it('reports unknown projects and indicators, bad dates, empty values and odd likelihoods, row by row', () => {
    const r = loadFiles([csv('a.csv', [
      '项目名称,三级指标,日期,实际值,完成可能性,填报人',
      '省政务办信息系统安全运维,渗透测试,2024-02-30,2,,张三',
      '省政务办信息系统安全运维,渗透测验,2024-06-30,2,,张三',
      '省政务办安全运维,渗透测试,2024-06-30,2,,张三',
      '省政务办信息系统安全运维,渗透测试,6月底,2,,张三',
      '省政务办信息系统安全运维,渗透测试,2024-06-30,,,张三',
      '省政务办信息系统安全运维,渗透测试,2024-06-30,2,大概能,张三',
    ])], base());
    expect(msgs(r)).toEqual([
      'error a.csv 第1行：无法识别的列：“填报人”，这些列未读取（可用的列名见 data/README.md）',
      'error a.csv 第2行「日期」：“2024-02-30”不存在（2024年2月没有30日），此行未导入',
      'error a.csv 第3行「三级指标」：项目“省政务办信息系统安全运维”中没有三级指标“渗透测验”（是否指“渗透测试”？），此行未导入',
      'error a.csv 第4行「项目名称」：没有名为“省政务办安全运维”的项目（请先导入该项目的绩效目标表），此行未导入',
      'error a.csv 第5行「日期」：无法识别的日期“6月底”（应写作 2024-06-30、2024/6/30 或 2024年6月30日），此行未导入',
      'error a.csv 第6行「实际值」：实际值为空，此行未导入',
      'warning a.csv 第7行「完成可能性」：完成可能性“大概能”不是 确定能 / 有可能 / 完全不可能 之一（已照原文保存）',
    ]);
    expect(r.dataset.actuals).toHaveLength(1);
    expect(r.files[0]).toMatchObject({ kind: 'actuals-csv', actuals: 1, errors: 6 });
  });

  it('names the missing columns', () => {
    const r = loadFiles([csv('a.csv', ['项目名称,三级指标,实际值,备注', 'A,B,1,'])], base());
    expect(msgs(r)).toEqual(['error a.csv 第1行：实际值表缺少列 “日期”，文件未导入']);
  });
});

describe('spend CSV', () => {
  it('reads lines, whole-project rows (blank 支出项目) and 1,036.5', () => {
    const r = loadFiles([fixture('spend.csv')], base());
    expect(r.problems.map((p) => p.message)).toEqual([
      'spend.csv 第4行「累计执行数」：支出项目“信息系统安全运维”（2024-07-31）累计执行数 1036.5 万元超过支出项目“信息系统安全运维”的全年预算数 110.2 万元（执行率 940.56%），请核对',
    ]);
    const [yiqi, security] = [r.dataset.projects[1].id, r.dataset.projects[0].id];
    expect(r.dataset.spend).toEqual([
      { projectId: yiqi, expense: '“一企来办”企业综合服务平台运维项目', date: '2024-06-30', amount: 20.5, source: { file: 'spend.csv', row: 2 } },
      { projectId: yiqi, expense: null, date: '2024-06-30', amount: 22.1, source: { file: 'spend.csv', row: 3 } },
      { projectId: security, expense: '信息系统安全运维', date: '2024-07-31', amount: 1036.5, source: { file: 'spend.csv', row: 4 } },
    ]);
  });

  it('reads English headers without an expense column', () => {
    const r = loadFiles([csv('s.csv', ['project,date,spend', '省政务办信息系统安全运维,2024年9月30日,88'])], base());
    expect(r.dataset.spend).toEqual([expect.objectContaining({ expense: null, date: '2024-09-30', amount: 88 })]);
  });

  it('reports unknown lines, junk amounts and bad dates', () => {
    const r = loadFiles([csv('s.csv', [
      '项目名称,支出项目,日期,累计执行数',
      '省政务办信息系统安全运维,服务外包,2024-06-30,10',
      '省政务办信息系统安全运维,,2024-06-30,十万',
      '省政务办信息系统安全运维,,2024/06/31,10',
      '省政务办信息系统安全运维,,2024-06-30,',
    ])], base());
    expect(msgs(r)).toEqual([
      'error s.csv 第2行「支出项目」：项目“省政务办信息系统安全运维”没有支出项目“服务外包”（现有支出项目：“信息系统安全运维”；整个项目的执行数请将支出项目留空），此行未导入',
      'error s.csv 第3行「累计执行数」：“十万”不是数字，此行未导入',
      'error s.csv 第4行「日期」：“2024/06/31”不存在（2024年6月没有31日），此行未导入',
      'error s.csv 第5行「累计执行数」：累计执行数为空，此行未导入',
    ]);
    expect(r.dataset.spend).toEqual([]);
  });
});
