import { describe, expect, it } from 'vitest';
import { convert, findGrade, formatPercent, formatQuantity, formatTarget, isBadEventCount, parseTarget, unitOf } from '../../src/domain/target';

describe('unitOf', () => {
  it.each([
    ['%', 'percent', 1], ['％', 'percent', 1], ['‰', 'percent', 0.1], ['个百分点', 'percent', 1],
    ['个', 'count', 1], ['项', 'count', 1], ['人次', 'count', 1], ['万人次', 'count', 10000], ['千份', 'count', 1000],
    ['个单位', 'count', 1], ['名学员', 'count', 1],
    ['秒', 'time', 1], ['分钟', 'time', 60], ['小时', 'time', 3600], ['天', 'time', 86400], ['日', 'time', 86400],
    ['工作日', 'time', 86400], ['个工作日', 'time', 86400], ['周', 'time', 604800], ['月', 'time', 2592000],
    ['个月', 'time', 2592000], ['年', 'time', 31536000],
    ['元', 'money', 1], ['千元', 'money', 1000], ['万元', 'money', 10000], ['百万元', 'money', 1e6], ['亿元', 'money', 1e8],
    ['', 'none', 1],
  ])('%j → %s × %d', (unit, kind, factor) => {
    expect(unitOf(unit)).toEqual({ kind, factor });
  });
  it.each(['分', '次/年', 'GB', '人天', '平方米', '万', 'abc'])('%j is unknown', (unit) => {
    expect(unitOf(unit)).toBeNull();
  });
});

describe('convert', () => {
  it.each([
    [150, '分钟', '小时', 2.5], [2, '小时', '分钟', 120], [1, '天', '小时', 24], [5, '工作日', '天', 5], [1, '周', '天', 7],
    [1, '月', '天', 30], [1, '年', '天', 365], [90, '秒', '分钟', 1.5],
    [1325.06, '万元', '元', 13250600], [116, '万元', '亿元', 0.0116], [3, '亿元', '万元', 30000],
    [5, '‰', '%', 0.5], [3, '个百分点', '%', 3],
    [3, '次', '轮', 3], [1.2, '万人', '人', 12000],
    [7, '分', '分', 7], [7, '', '', 7],
  ])('%d %s → %s = %d', (v, from, to, expected) => {
    expect(convert(v, from, to)).toBe(expected);
  });
  it.each([[3, '个', '小时'], [5, '%', '万元'], [1, '天', '元'], [1, '分', '%'], [1, '', '%'], [1, '分', '次/年']])(
    '%d %s → %s is null', (v, from, to) => {
      expect(convert(v, from, to)).toBeNull();
    });
});

describe('formatQuantity', () => {
  it.each([
    [30, '%', '30%'], [4, '小时', '4小时'], [1325.06, '万元', '1,325.06万元'], [2.5, '小时', '2.5小时'],
    [1 / 3, '%', '0.33%'], [2.999, '天', '3天'], [1234567.891, '元', '1,234,567.89元'], [-1500, '万元', '-1,500万元'],
    [-0.001, '%', '0%'], [0, '次', '0次'], [83.5, '', '83.5'], [NaN, '%', '—'], [Infinity, '', '—'],
  ])('%d %s → %s', (v, unit, text) => {
    expect(formatQuantity(v, unit)).toBe(text);
  });
  it('formats a quantity target with its symbol', () => {
    expect(formatTarget(parseTarget('不低于 95％'))).toBe('≥95%');
    expect(formatTarget(parseTarget('较高'))).toBe('较高');
  });
});

describe('formatPercent', () => {
  it.each([
    [0.27506, '27.5%'], [0.275, '27.5%'], [0.0005, '0.1%'], [1, '100.0%'], [0, '0.0%'], [1.3, '130.0%'],
    [null, '—'], [NaN, '—'], [Infinity, '—'],
  ])('%s → %s', (x, text) => {
    expect(formatPercent(x)).toBe(text);
  });
});

describe('isBadEventCount', () => {
  it.each([
    ['安全事故发生数', '=0次', true],
    ['重大安全事故', '=0起', true],
    ['有效投诉次数', '=0次', true],
    ['系统故障次数', '=0', true],
    ['数据泄露事件', '≤0次', true],
    ['网络安全事件发生率', '=0%', true],
    ['财务差错', '=0', true],
    ['预算执行率', '=0%', false],
    ['系统运行事故发生频率', '≤5%', false],
    ['安全事故发生数', '≤1次', false],
    ['安全培训', '=0次', false],
    ['安全事故发生数', '无', false],
    ['安全事故发生数', 'abc', false],
  ])('%s %s → %s', (level3, target, expected) => {
    expect(isBadEventCount(level3, parseTarget(target))).toBe(expected);
  });
});

describe('grade vocabulary', () => {
  it.each([
    ['改善或提升程度较高', '较高', 3], ['对避免重复投入运维费用的改善程度显著', '显著', 5], ['明显', '明显', 4],
    ['十分明显', '十分明显', 5], ['较明显', '较明显', 3], ['不够明显', '不够明显', 1], ['无明显改善', '无明显', 1],
    ['不错', '不错', 3], ['优', '优', 5], ['良', '良', 3], ['中', '中', 2], ['差', '差', 0],
  ])('%s → %s (%d)', (phrase, word, rank) => {
    expect(findGrade(phrase)).toEqual({ word, rank });
  });
  it.each(['提高', '不断提高', '扩大', '充分', '规范', '及时', '高效', '中国', '优化', ''])('%j has no grade', (phrase) => {
    expect(findGrade(phrase)).toBeNull();
  });
});
