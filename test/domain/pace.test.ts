import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Indicator } from '../../src/domain/types';
import { defaultSettings } from '../../src/domain/settings';
import { buildReport } from '../../src/domain/report';
import { loadFiles } from '../../src/io/load';
import { monthsLeft, paceFor, paceNeeded, type PaceInput } from '../../src/domain/pace';

const settings = defaultSettings();
const base: PaceInput = { model: 'cumulative', status: 'behind', direction: 'positive', actual: 49, expected: 70, target: 100, unit: '%', asOf: '2024-09-30' };

describe('months left in the year', () => {
  it('counts calendar months, the current one by its remaining share', () => {
    expect(monthsLeft('2024-09-30')).toBe(3);
    expect(monthsLeft('2024-06-30')).toBe(6);
    expect(monthsLeft('2024-07-15')).toBeCloseTo(5 + 16 / 31, 12);
    expect(monthsLeft('2024-12-31')).toBe(0);
    expect(monthsLeft('2024-13-01')).toBeNull();
  });
  it('knows February in leap and common years', () => {
    expect(monthsLeft('2024-02-29')).toBe(10);
    expect(monthsLeft('2023-02-28')).toBe(10);
    expect(monthsLeft('2024-02-28')).toBeCloseTo(10 + 1 / 29, 12);
  });
});

describe('pace needed to reach the 全年 target', () => {
  it('预算执行率 =40% → =100% at 49% on 30 September: 还需每月 +17 points (the path runs at +10)', () => {
    expect(paceNeeded(base)).toEqual({ remaining: 51, monthsLeft: 3, perMonth: 17, plannedPerMonth: 10, target: 100, unit: '%' });
  });

  it('漏洞扫描 ≥2轮 → ≥4轮 with 2轮 on 2024-02-29 (leap): 2 rounds over 10 months', () => {
    const p = paceNeeded({ ...base, actual: 2, expected: 2.1, target: 4, unit: '轮', asOf: '2024-02-29', status: 'warning' })!;
    expect(p.perMonth).toBe(0.2);
    expect(p.plannedPerMonth).toBeCloseTo(0.19, 12);
  });

  it('is null when not cumulative, not lagging, already there, 反向, without an actual, or at year end', () => {
    expect(paceNeeded({ ...base, model: 'level' })).toBeNull();
    expect(paceNeeded({ ...base, status: 'met' })).toBeNull();
    expect(paceNeeded({ ...base, status: 'pending', actual: null })).toBeNull();
    expect(paceNeeded({ ...base, actual: 100 })).toBeNull();
    expect(paceNeeded({ ...base, direction: 'negative' })).toBeNull();
    expect(paceNeeded({ ...base, target: null })).toBeNull();
    expect(paceNeeded({ ...base, asOf: '2024-12-31' })).toBeNull();
  });

  it('reads the bundled data: the lagging cumulative indicators of 30 September and their pace', () => {
    const names = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];
    const { dataset } = loadFiles(names.map((n) => ({ name: n, content: new Uint8Array(readFileSync(resolve('data', n))) })));
    const report = buildReport(dataset, '2024-09-30', settings);
    const byId = new Map<string, Indicator>(dataset.indicators.map((i) => [i.id, i]));
    const paces = report.judgements.flatMap((j) => {
      const i = byId.get(j.indicatorId)!;
      const p = paceFor(i, j, settings);
      return p ? [[i.level3, Math.round(p.perMonth * 1000) / 1000, p.unit]] : [];
    });
    expect(paces).toEqual([
      ['预算执行率', 14, '%'], // 一企来办: 58% (from spend) → 100%
      ['系统功能达标率', 10, '%'],
      ['已完工增补业务功能扩展等迭代更新验收合格率', 13.333, '%'],
      ['预算执行率', 17, '%'],
      ['预算执行率', 9.667, '%'],
      ['预算执行率', 21.833, '%'],
      ['漏洞扫描', 0.667, '轮'],
    ]);
  });
});
