import { describe, expect, it } from 'vitest';
import { proseDate } from '../../src/app/components/project/format';

describe('proseDate', () => {
  it('reads an ISO date in the UI language (Chinese through domain/calendar chineseDate)', () => {
    expect(proseDate('2024-06-30', 'zh-CN')).toBe('2024年6月30日');
    expect(proseDate('2024-01-05', 'zh-CN')).toBe('2024年1月5日');
    expect(proseDate('2024-06-30', 'en')).toBe('30 Jun 2024');
    expect(proseDate('2024-12-01', 'en')).toBe('1 Dec 2024');
  });
  it('leaves other text as it is, and nothing as empty', () => {
    expect(proseDate('2024年6月', 'zh-CN')).toBe('2024年6月');
    expect(proseDate('6/30/2024', 'en')).toBe('6/30/2024');
    expect(proseDate(null, 'en')).toBe('');
    expect(proseDate(undefined, 'zh-CN')).toBe('');
  });
});
