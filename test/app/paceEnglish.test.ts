// The project page's pace in English read "Needs +0.33项 a month": a Chinese unit glued to an
// English sentence. Common units now have English words; Chinese keeps its own; points stay points.
import { describe, expect, it } from 'vitest';
import { paceQuantity } from '../../src/app/components/project/format';

describe('paceQuantity', () => {
  it('writes the usual units in English words, and Chinese as before', () => {
    expect(paceQuantity(0.3333, '项', 'en')).toBe('0.33 items');
    expect(paceQuantity(2, '个', 'en')).toBe('2');
    expect(paceQuantity(1.5, '小时', 'en')).toBe('1.5 hours');
    expect(paceQuantity(12.345, '%', 'en')).toBe('12.35 pp');
    expect(paceQuantity(0.3333, '项', 'zh-CN')).toBe('0.33项');
    expect(paceQuantity(12.345, '%', 'zh-CN')).toBe('12.35个百分点');
  });
});
