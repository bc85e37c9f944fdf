// The monitoring form's fields in plain files: an actuals CSV may carry 全年预计完成值, 偏差原因类别
// and 纠偏措施; re-loading a plain CSV over a filled form keeps what the CSV does not carry.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { actualsCsvRows } from '../../src/io/csv/rows';
import { toCsv } from '../../src/io/write';

const projects = () => ({ name: 'projects.json', content: readFileSync(new URL('../../data/projects.json', import.meta.url), 'utf8') });
const YIQI = '“一企来办”平台运营运维费';
const csv = (name: string, lines: string[]) => ({ name, content: lines.join('\n') + '\n' });

describe('form fields in an actuals CSV', () => {
  it('reads 全年预计完成值, 偏差原因类别 and 纠偏措施, and warns of an unknown category', () => {
    const r = loadFiles([projects(), csv('a.csv', [
      '项目名称,三级指标,日期,实际值,偏差原因类别,偏差原因,完成目标可能性,纠偏措施,全年预计完成值',
      `${YIQI},服务对象满意度,2024-07-31,85%,人员保障,客服人手不足,有可能,增派两名客服,90%`,
      `${YIQI},服务对象满意度,2024-08-31,86%,天气,台风,有可能,,90%`,
    ])]);
    expect(r.dataset.actuals.map(({ reasonCategory, reason, likelihood, measures, forecast }) => ({ reasonCategory, reason, likelihood, measures, forecast }))).toEqual([
      { reasonCategory: '人员保障', reason: '客服人手不足', likelihood: '有可能', measures: '增派两名客服', forecast: '90%' },
      { reasonCategory: '天气', reason: '台风', likelihood: '有可能', measures: undefined, forecast: '90%' },
    ]);
    expect(r.problems.map((p) => p.message)).toEqual(['a.csv 第3行「偏差原因类别」：偏差原因类别“天气”不是 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他 之一（已照原文保存）']);
  });

  it('writes them only when some record has them, and reads its own file back', () => {
    const first = loadFiles([projects(), csv('a.csv', ['项目名称,三级指标,日期,实际值,纠偏措施', `${YIQI},服务对象满意度,2024-07-31,85%,回访`])]);
    const rows = actualsCsvRows(first.dataset);
    expect(rows[0].slice(-1)).toEqual(['纠偏措施']);
    const back = loadFiles([projects(), { name: 'b.csv', content: toCsv(rows) }]);
    expect(back.dataset.actuals.map((a) => [a.value, a.measures])).toEqual([['85%', '回访']]);
  });

  it('keeps the form\'s fields when a plain CSV re-loads the same indicator and date', () => {
    const filled = loadFiles([projects(), csv('form.csv', [
      '项目名称,三级指标,日期,实际值,偏差原因,完成可能性,纠偏措施,全年预计完成值',
      `${YIQI},服务对象满意度,2024-07-31,85%,人手不足,有可能,增派客服,90%`,
    ])]).dataset;
    const again = loadFiles([csv('plain.csv', ['项目名称,三级指标,日期,实际值', `${YIQI},服务对象满意度,2024-07-31,86%`])], filled);
    expect(again.dataset.actuals.map(({ value, reason, likelihood, measures, forecast }) => ({ value, reason, likelihood, measures, forecast }))).toEqual([
      { value: '86%', reason: '人手不足', likelihood: '有可能', measures: '增派客服', forecast: '90%' },
    ]);
  });
});
