// A department publishing all its projects in one list (domain.md §1): 单位(专项)名称 | 资金总额 |
// 实施期绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值, written from the description — unit
// headings (某市教育局本级 | 700) over their projects, 部门名称 above the list, each project's row with
// its first indicator and the following rows with a blank name (merged cells in Excel and Word).
// Read row by row with exact expectations as text, .xlsx and .docx; a list in 元 with split targets,
// a name row whose indicators start on the next row, and a trailing name without indicators.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importRawTables, looksLikeRawTable } from '../../src/io/rawTable';
import { detectKind } from '../../src/io/detect';
import { expandSpreadsheets } from '../../src/io/xlsx/expand';
import { loadFiles } from '../../src/io/load';
import type { Project } from '../../src/domain/types';
import { rows, tableText } from './tables.variants.test';
import { tableDocx, tableXlsx } from './tableFilesHelpers';

const facts = (p: Project) => [p.source?.row, p.name, p.year, p.department, p.unit, p.funds.total, p.texts?.longTermGoal ?? p.texts?.annualGoal];

const PROJECTS = [
  [6, '学生资助专项', 2025, '某市教育局', '某市教育局本级', 520, '保障家庭经济困难学生顺利完成学业，应助尽助。'],
  [10, '校园安全保障经费', 2025, '某市教育局', '某市教育局本级', 180, '提升校园安全防范水平，全年无重大安全责任事故。'],
  [15, '教育考试组织经费', 2025, '某市教育局', '某市教育考试院', 95, '确保各类教育考试安全平稳实施。'],
];
const ROWS = [
  '6 | 产出指标 | 数量指标 | 资助学生人次 |  | ≥3000人次',
  '7 | 产出指标 | 质量指标 | 资助对象认定准确率 |  | 100%',
  '8 | 效益指标 | 社会效益指标 | 因贫辍学学生数 |  | =0人',
  '9 | 满意度指标 | 服务对象满意度指标 | 受助学生满意度 |  | ≥90%',
  '10 | 产出指标 | 数量指标 | 配备专职保安的学校数 |  | ≥45所',
  '11 | 产出指标 | 时效指标 | 安防设备故障修复时限 |  | ≤2天',
  '12 | 成本指标 | 经济成本指标 | 安保服务单价 |  | ≤4.5万元/校',
  '13 | 效益指标 | 社会效益指标 | 校园安全责任事故数 |  | =0次',
  '15 | 产出指标 | 数量指标 | 组织考试场次 |  | ≥12场',
  '16 | 产出指标 | 质量指标 | 考试安全事故数 |  | =0次',
  '17 | 满意度指标 | 服务对象满意度指标 | 考生满意度 |  | ≥95%',
];

describe("a department's list of projects", () => {
  it('text: three projects under their unit headings, each indicator with its line, nothing reported', () => {
    const text = tableText('department-list');
    expect(looksLikeRawTable(text)).toBe(true);
    expect(detectKind(text)).toBe('raw-table');
    const r = importRawTables(text, 'list.txt');
    expect(r.projects.map(facts)).toEqual(PROJECTS);
    expect(rows(r.indicators)).toEqual(ROWS);
    expect(r.indicators.map((i) => r.projects.findIndex((p) => p.id === i.projectId))).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    expect(r.problems).toEqual([]);
  });

  for (const format of ['xlsx', 'docx'] as const) {
    it(`${format}: the same projects and rows, name/资金总额/目标 cells merged over their rows`, async () => {
      const text = tableText('department-list');
      const content = format === 'xlsx' ? await tableXlsx(text) : await tableDocx(text);
      const { files, problems } = await expandSpreadsheets([{ name: `部门项目.${format}`, content }]);
      const r = loadFiles(files);
      expect(files.map((f) => f.name)).toEqual([format === 'xlsx' ? '部门项目.xlsx「绩效目标表」' : '部门项目.docx']);
      expect(r.dataset.projects.map(facts)).toEqual(PROJECTS);
      expect(rows(r.dataset.indicators)).toEqual(ROWS);
      expect([...problems, ...r.problems]).toEqual([]);
    });
  }

  it('in 元 with split targets: a name row without indicators takes the rows below; a trailing name is reported', () => {
    const text = [
      '项目支出绩效目标表（2024年度）',
      '金额单位：元',
      '单位(专项)名称\t资金总额\t年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位',
      '乡村道路养护\t2500000\t完成县乡道路养护。\t\t\t\t\t\t',
      '\t\t全年无安全事故。\t产出指标\t数量指标\t养护道路里程\t≥\t320\t公里',
      '\t\t\t满意度指标\t服务对象满意度指标\t群众满意度\t≥\t90\t%',
      '桥梁检测\t300000',
      '\t\t\t产出指标\t数量指标\t检测桥梁数\t=\t18\t座',
      '\t\t\t产出指标\t数量指标\t检测桥梁数\t=\t18\t座\t多余',
      '孤儿行',
    ].join('\n');
    const r = importRawTables(text, 'l.txt');
    expect(r.projects.map(facts)).toEqual([
      [4, '乡村道路养护', 2024, '', '', 250, '完成县乡道路养护。\n全年无安全事故。'],
      [7, '桥梁检测', 2024, '', '', 30, undefined],
      [10, '孤儿行', 2024, '', '', null, undefined],
    ]);
    expect(rows(r.indicators)).toEqual([
      '5 | 产出指标 | 数量指标 | 养护道路里程 |  | ≥320公里',
      '6 | 满意度指标 | 服务对象满意度指标 | 群众满意度 |  | ≥90%',
      '8 | 产出指标 | 数量指标 | 检测桥梁数 |  | =18座',
    ]);
    expect(r.problems.filter((p) => p.code !== 'missing-department').map((p) => p.message)).toEqual([
      'l.txt 第2行：项目“乡村道路养护”的金额以元为单位，已换算为万元（÷10000）',
      'l.txt 第9行：无法识别的指标行“产出指标 | 数量指标 | 检测桥梁数 | = | 18 | 座 | 多余”，未导入',
      'l.txt 第2行：项目“桥梁检测”的金额以元为单位，已换算为万元（÷10000）',
      'l.txt 第2行：项目“孤儿行”的金额以元为单位，已换算为万元（÷10000）',
      'l.txt 第10行：项目“孤儿行”没有项目资金（资金总额、资金来源、支出）',
      'l.txt 第10行：项目“孤儿行”没有三级指标',
    ]);
  });

  it('a title row repeated after a page break does not cut the project; an indicator row before any project name is reported', () => {
    const title = '单位(专项)名称\t资金总额\t实施期绩效目标\t一级指标\t二级指标\t三级指标\t指标值';
    const text = [title, '\t\t\t产出指标\t数量指标\t无主指标\t≥1个', '甲项目\t10\t目标\t产出指标\t数量指标\t培训人次\t≥100人次', '第1页', title, '\t\t\t\t质量指标\t合格率\t≥95%'].join('\n');
    const r = importRawTables(text, 'p.txt');
    expect(r.projects.map(facts)).toEqual([[3, '甲项目', null, '', '', 10, '目标']]);
    expect(rows(r.indicators)).toEqual(['3 | 产出指标 | 数量指标 | 培训人次 |  | ≥100人次', '6 | 产出指标 | 质量指标 | 合格率 |  | ≥95%']);
    expect(r.problems.map((p) => p.message)).toEqual([
      'p.txt 第2行：无法识别的行“产出指标 数量指标 无主指标 ≥1个”（列表中此行之前没有项目名称），未导入',
      'p.txt 第3行：项目“甲项目”缺少主管部门',
      'p.txt 第3行：项目“甲项目”缺少年度（如“2024年度”）',
    ]);
  });

  it('fast-check: no rows under a list title make the reader throw, and every indicator keeps its line', () => {
    const cell = fc.constantFrom('', '甲', '乙项目', '单位(专项)名称', '资金总额', '实施期绩效目标', '一级指标', '三级指标', '指标值', '产出指标', '数量指标', '培训人次', '≥100人次', '100', '金额单位：元', '部门名称：某局', '项目名称');
    const line = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join('\t'));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      const text = ['单位(专项)名称\t资金总额\t实施期绩效目标\t一级指标\t二级指标\t三级指标\t指标值', ...lines].join('\n');
      const r = importRawTables(text, 'f.txt');
      expect(r.problems.filter((p) => p.code === 'internal-error')).toEqual([]);
      for (const i of r.indicators) expect(i.source?.row).toBeGreaterThan(1);
    }), { numRuns: 300 });
  });
});
