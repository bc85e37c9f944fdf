// Partial and implausible data (issue 7 §2–4, §6, §7): refused or said, naming file, row and
// field — never judged silently, never moving the report date, never merged or dropped unsaid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFiles, type InputFile } from '../../src/io/load';
import { defaultReportDate } from '../../src/domain/report';
import { toCanonicalJson } from '../../src/io/write';

const projectsJson = (): InputFile => ({ name: 'projects.json', content: readFileSync(new URL('../../data/projects.json', import.meta.url), 'utf8') });
const csv = (name: string, lines: string[]): InputFile => ({ name, content: lines.join('\n') + '\n' });
const YIQI = '“一企来办”平台运营运维费';
const messages = (files: InputFile[]) => loadFiles(files).problems.map((p) => `${p.severity} ${p.message}`);

describe('dates outside the data', () => {
  const rows = (...dates: string[]) => csv('a.csv', ['项目名称,三级指标,日期,实际值', ...dates.map((d) => `${YIQI},服务对象满意度,${d},90%`)]);

  it('refuses 0999, 9999, 25:99 and a 2023 date in a 2024 table, naming file and row', () => {
    const r = loadFiles([projectsJson(), rows('0999-06-30', '9999-12-31', '2024-06-30 25:99', '2023-06-30', '2024-06-30')]);
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'error a.csv 第2行「日期」：“0999-06-30”的年份 0999 不在 1900–2100 年之间，应是笔误，此行未导入',
      'error a.csv 第3行「日期」：“9999-12-31”的年份 9999 不在 1900–2100 年之间，应是笔误，此行未导入',
      'error a.csv 第4行「日期」：“2024-06-30 25:99”中的时间不存在，此行未导入',
      `error a.csv 第5行「日期」：日期 2023-06-30 不在项目「${YIQI}」的年度（2024 年）内，此行未导入（每张目标表只记录本年度的实际值）`,
    ]);
    expect(r.dataset.actuals.map((a) => a.date)).toEqual(['2024-06-30']);
    expect(r.files[1]).toMatchObject({ actuals: 1, errors: 4 });
  });

  it('never moves the report date: a refused 9999 row leaves it at the data', () => {
    const r = loadFiles([projectsJson(), rows('9999-12-31', '2024-06-30')]);
    expect(defaultReportDate(r.dataset, '2026-12-04')).toBe('2024-06-30');
  });

  it('ignores an impossible date kept by an older version when choosing the report date', () => {
    const { dataset } = loadFiles([projectsJson(), rows('2024-06-30')]);
    const a = dataset.actuals[0];
    const old = { ...dataset, actuals: [...dataset.actuals, { ...a, date: '999-06-30' }, { ...a, date: '9999-12-31' }] };
    expect(defaultReportDate(old, '2026-12-04')).toBe('2024-06-30');
  });

  it('refuses spend of another year in JSON, naming its path', () => {
    const { dataset } = loadFiles([projectsJson()]);
    const p = dataset.projects.find((x) => x.name === YIQI)!;
    const json = JSON.stringify({ spend: [{ projectId: p.id, expense: null, date: '2023-12-31', amount: 5 }] });
    expect(messages([projectsJson(), { name: 's.json', content: json }])).toEqual([
      `error s.json「spend[0].date」：日期 2023-12-31 不在项目「${YIQI}」的年度（2024 年）内，此执行数未导入（每张目标表只记录本年度的执行数）`,
    ]);
  });
});

describe('implausible values', () => {
  it('refuses a satisfaction of 1500 % or −85 %, an incident rate of −50 %, and "1,234" as a percentage', () => {
    const r = loadFiles([projectsJson(), csv('a.csv', [
      '项目名称,三级指标,日期,实际值',
      `${YIQI},服务对象满意度,2024-06-30,1500%`,
      `${YIQI},服务对象满意度,2024-07-31,-85%`,
      `${YIQI},服务对象满意度,2024-08-31,"1,234"`,
      '江苏12345在线平台信息系统运维费,系统运行事故发生频率,2024-06-30,-50%',
      `${YIQI},服务对象满意度,2024-09-30,91%`,
    ])]);
    expect(r.problems.map((p) => [p.severity, p.code, p.source?.row, p.source?.field])).toEqual([
      ['error', 'implausible-actual', 2, '实际值'],
      ['error', 'implausible-actual', 3, '实际值'],
      ['error', 'implausible-actual', 4, '实际值'],
      ['error', 'implausible-actual', 5, '实际值'],
    ]);
    expect(r.problems[0].message).toBe(`a.csv 第2行「实际值」：指标“服务对象满意度”（2024-06-30）实际值“1500%”：“服务对象满意度”是占比，1500% 超出 0–100% 的范围（千分位逗号或多输了位数？），此行未导入`);
    expect(r.dataset.actuals.map((a) => a.value)).toEqual(['91%']);
  });

  it('refuses negative spend and 99,999 against a budget of 81 万元; warns of spend above the budget', () => {
    const r = loadFiles([projectsJson(), csv('s.csv', [
      '项目名称,支出项目,日期,累计执行数',
      `${YIQI},,2024-07-31,99999`,
      `${YIQI},,2024-08-31,-3`,
      `${YIQI},,2024-09-30,90`,
    ])]);
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'error s.csv 第2行「累计执行数」：项目合计（2024-07-31）累计执行数 99999 万元是资金总额 81 万元的 123455.56%，应是单位或位数填错（金额以万元计），此行未导入',
      'error s.csv 第3行「累计执行数」：项目合计（2024-08-31）累计执行数 -3 万元为负，此行未导入',
      'warning s.csv 第4行「累计执行数」：项目合计（2024-09-30）累计执行数 90 万元超过资金总额 81 万元（执行率 111.11%），请核对',
    ]);
    expect(r.dataset.spend.map((s) => s.amount)).toEqual([90]);
  });

  it('says a JSON number beyond range is one, not "应为数字，实际是数字"', () => {
    const json = '{"projects":[{"name":"甲","year":2024,"funds":{"total":1e309}}]}';
    expect(messages([{ name: 'x.json', content: json }])).toEqual(['error x.json「projects[0].funds.total」：数值超出可表示的范围（如 1e309），已忽略']);
  });
});

describe('indicator ids given twice across projects', () => {
  const json = JSON.stringify({
    projects: [
      { id: 'pa', name: '项目甲', year: 2024, indicators: [{ id: 'i1', level1: '产出指标', level2: '数量指标', level3: '培训人次', targetH1: '≥50人次', targetFY: '≥100人次' }] },
      { id: 'pc', name: '项目丙', year: 2024, indicators: [{ id: 'i1', level1: '满意度指标', level2: '服务对象满意度指标', level3: '满意度', targetH1: '≥90%', targetFY: '≥90%' }] },
    ],
    actuals: [
      { projectId: 'pa', indicatorId: 'i1', date: '2024-06-30', value: '60人次' },
      { projectId: 'pc', indicatorId: 'i1', date: '2024-06-30', value: '95%' },
    ],
  });

  it('keeps each project its own indicator, says so, and reads actuals written against either', () => {
    const r = loadFiles([{ name: 'dup.json', content: json }]);
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning dup.json「projects[1].indicators[0]」：项目“项目丙”的指标“满意度”编号“i1”已被项目“项目甲”使用，改用编号“pc:i1”（按项目和原编号填写的实际值仍对应到它）',
    ]);
    expect(r.dataset.indicators.map((i) => [i.projectId, i.id, i.level3])).toEqual([['pa', 'i1', '培训人次'], ['pc', 'pc:i1', '满意度']]);
    expect(r.dataset.actuals.map((a) => [a.projectId, a.indicatorId, a.value])).toEqual([['pa', 'i1', '60人次'], ['pc', 'pc:i1', '95%']]);
  });

  it('is stable when the same file is loaded again, and an actuals CSV by 指标编号 reaches the right one', () => {
    const first = loadFiles([{ name: 'dup.json', content: json }]);
    const again = loadFiles([{ name: 'dup.json', content: json }], first.dataset);
    expect(again.dataset.indicators.map((i) => i.id)).toEqual(['i1', 'pc:i1']);
    const byId = loadFiles([csv('a.csv', ['项目编号,指标编号,日期,实际值', 'pc,i1,2024-07-31,93%'])], first.dataset);
    expect(byId.problems).toEqual([]);
    expect(byId.dataset.actuals.at(-1)).toMatchObject({ projectId: 'pc', indicatorId: 'pc:i1', value: '93%' });
  });

  it('scopes an id clashing with a project loaded earlier', () => {
    const base = loadFiles([{ name: 'a.json', content: JSON.stringify({ projects: [JSON.parse(json).projects[0]] }) }]).dataset;
    const r = loadFiles([{ name: 'b.json', content: JSON.stringify({ projects: [JSON.parse(json).projects[1]] }) }], base);
    expect(r.dataset.indicators.map((i) => [i.projectId, i.id])).toEqual([['pa', 'i1'], ['pc', 'pc:i1']]);
    expect(r.problems.map((p) => p.code)).toEqual(['duplicate-indicator-id']);
  });
});

describe('names and keys that differ only slightly', () => {
  it('says so when project names in a CSV differ only by a leading space, tab or apostrophe', () => {
    const r = loadFiles([csv('p.csv', ['项目名称,年度,三级指标,全年（程）指标值', '项目甲,2024,指标1,≥1个', ' 项目甲,2024,指标2,≥1个', '\t项目甲,2024,指标3,≥1个', "'项目甲,2024,指标4,≥1个"])]);
    expect(r.dataset.projects.map((p) => p.name)).toEqual(['项目甲']);
    expect(r.dataset.indicators).toHaveLength(4);
    expect(r.problems.map((p) => p.message)).toEqual([
      'p.csv 第3行「项目名称」：项目名称写作“ 项目甲”，与前面的行只差空白或引号，按同一项目“项目甲”读取',
      'p.csv 第4行「项目名称」：项目名称写作“\\t项目甲”，与前面的行只差空白或引号，按同一项目“项目甲”读取',
      "p.csv 第5行「项目名称」：项目名称写作“'项目甲”，与前面的行只差空白或引号，按同一项目“项目甲”读取",
    ]);
  });

  it('names the clash of JSON projects without ids whose names differ only in whitespace', () => {
    const json = JSON.stringify({ projects: [{ name: '项目甲', year: 2024 }, { name: ' 项目甲', year: 2024 }, { name: "'项目甲", year: 2024 }] });
    const r = loadFiles([{ name: 'n.json', content: json }]);
    expect(r.dataset.projects.map((p) => p.name)).toEqual(['项目甲', "'项目甲"]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'n.json「projects[1].name」：项目“ 项目甲”与前面的项目“项目甲”年度、主管部门相同，名称只差空白，视为重复，此项目未导入（如确为不同项目，请给出不同的 "id"）',
    ]);
  });

  it('keeps a funds source named __proto__, through export and load again', () => {
    const json = '{"projects":[{"id":"p1","name":"甲","year":2024,"funds":{"total":10,"sources":{"__proto__":4,"其他资金":6}}}]}';
    const r = loadFiles([{ name: 'x.json', content: json }]);
    expect(Object.entries(r.dataset.projects[0].funds.sources)).toEqual([['__proto__', 4], ['其他资金', 6]]);
    const back = loadFiles([{ name: 'y.json', content: toCanonicalJson(r.dataset) }]);
    expect(Object.entries(back.dataset.projects[0].funds.sources)).toEqual([['__proto__', 4], ['其他资金', 6]]);
  });
});

describe('the app\'s CSV export loads back exactly', () => {
  it('keeps leading and trailing whitespace, a leading \', formula-like text and any funds source', async () => {
    const { datasetCsv } = await import('../../src/app/lib/datasetCsv');
    const json = '{"projects":[{"id":"p1","name":"  甲 ","year":2024,"department":"\\t部门","funds":{"total":10,"sources":{"__proto__":4,"省级配套":6}},'
      + '"indicators":[{"id":"i1","level1":"产出指标","level2":" 数量","level3":"\'指标","targetH1":"≥1个","targetFY":"=2个"}]}],'
      + '"actuals":[{"projectId":"p1","indicatorId":"i1","date":"2024-06-30","value":"1个","note":"  注 ","reason":"=1+1"}]}';
    const first = loadFiles([{ name: 'x.json', content: json }]);
    expect(first.problems).toEqual([]);
    const files = (['projects', 'actuals', 'spend'] as const).map((k) => {
      const f = datasetCsv(k, first.dataset, '2024-06-30');
      return { name: f.name, content: f.text };
    });
    expect(files[0].content.split('\r\n')[0]).toContain(',资金来源：__proto__,资金来源：省级配套,');
    const back = loadFiles(files);
    expect(back.problems).toEqual([]);
    const plain = (d: typeof first.dataset) => JSON.parse(JSON.stringify({ ...d, projects: d.projects.map(({ source: _s, ...p }) => p),
      indicators: d.indicators.map(({ source: _s, ...i }) => i), actuals: d.actuals.map(({ source: _s, ...a }) => a) }));
    expect(plain(back.dataset)).toEqual(plain(first.dataset));
    expect(back.dataset.projects[0].name).toBe('  甲 ');
    expect(Object.keys(back.dataset.projects[0].funds.sources)).toEqual(['__proto__', '省级配套']);
  });
});

describe('a table cut short in the same load as the complete one', () => {
  const seedText = readFileSync(new URL('../../data/seed-tables.txt', import.meta.url), 'utf8');
  const cut = seedText.split('\n').slice(0, seedText.split('\n').findIndex((l) => l.includes('一级指标')) + 1).join('\n');

  it('does not replace the complete project: refused with the counts, the 25 indicators kept', () => {
    const r = loadFiles([projectsJson(), { name: '截断.txt', content: cut }]);
    const yiqi = r.dataset.projects.find((p) => p.name === YIQI)!;
    expect(r.dataset.indicators.filter((i) => i.projectId === yiqi.id)).toHaveLength(25);
    const refused = r.problems.filter((p) => p.code === 'truncated-project');
    expect(refused.map((p) => [p.severity, p.message])).toEqual([
      ['error', `截断.txt 第7行：项目「${YIQI}」在本文件中没有任何三级指标（表格可能不完整），未替换 projects.json 中的版本（25 个指标）`],
    ]);
  });

  it('says how many indicators a later, shorter version drops', () => {
    const json = (n: number) => JSON.stringify({ projects: [{ id: 'p', name: '甲', year: 2024,
      indicators: [...Array(n).keys()].map((k) => ({ level1: '产出指标', level2: '数量指标', level3: `指标${k}`, targetH1: '≥1个', targetFY: '≥2个' })) }] });
    const r = loadFiles([{ name: 'a.json', content: json(5) }, { name: 'b.json', content: json(2) }]);
    expect(r.dataset.indicators).toHaveLength(2);
    expect(r.problems.map((p) => p.message)).toEqual(['b.json：项目“甲”（编号 p）已由 a.json 导入，以本文件为准；指标由 5 个变为 2 个，3 个（“指标2”、“指标3”、“指标4”）不在本文件中']);
  });
});
