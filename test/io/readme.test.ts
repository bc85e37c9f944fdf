// The examples in data/README.md are real: each loads as documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { seed } from './helpers';

const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf-8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
const block = (lang: string, n = 0) => blocks.filter((b) => b.lang === lang)[n].text;

describe('data/README.md examples', () => {
  it('canonical JSON', () => {
    const r = loadFiles([{ name: 'example.json', content: block('json') }]);
    expect(r.problems).toEqual([]);
    expect(r.files[0]).toMatchObject({ kind: 'projects-json', projects: 1, indicators: 2, actuals: 1, spend: 2 });
  });

  it('projects CSV', () => {
    const r = loadFiles([{ name: 'projects.csv', content: block('csv', 0) }]);
    expect(r.problems).toEqual([]);
    expect(r.dataset.indicators.map((i) => [i.level1, i.level2, i.level3, i.targetH1])).toEqual([
      ['过程', '资金管理', '预算执行率', '=0%'], ['产出指标', '数量指标', '渗透测试', '≥2轮'],
      ['产出指标', '数量指标', '漏洞扫描', '≥2轮'], ['成本指标', '', '项目总成本', '≤116万元'],
    ]);
    expect(r.dataset.projects[0].expenses).toEqual([{ name: '信息系统安全运维', planH1: 0, budgetFY: 110.2 }]);
  });

  it('actuals and spend CSV against the seed projects', () => {
    const r = loadFiles([seed(), { name: 'a.csv', content: block('csv', 1) }, { name: 's.csv', content: block('csv', 2) }]);
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.kind, f.actuals, f.spend])).toEqual([['raw-table', 0, 0], ['actuals-csv', 4, 0], ['spend-csv', 0, 3]]);
  });

  it('raw target table text', () => {
    const r = loadFiles([{ name: 'raw.txt', content: block('text') }]);
    expect(r.files[0]).toMatchObject({ kind: 'raw-table', projects: 1, indicators: 2 });
    expect(r.dataset.projects[0].expenses).toEqual([{ name: '信息系统安全运维', planH1: 0, budgetFY: 110.2 }]);
  });
});
