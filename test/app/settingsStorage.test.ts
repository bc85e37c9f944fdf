import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLanguage, parseSettings, plainSettings } from '../../src/app/lib/settingsStorage';
import { defaultSettings } from '../../src/domain/settings';

describe('settings read back from localStorage', () => {
  it('gives the defaults for nothing, garbage or the wrong shape', () => {
    expect(parseSettings(null)).toEqual(defaultSettings());
    expect(parseSettings('{not json')).toEqual(defaultSettings());
    expect(parseSettings('[1,2]')).toEqual(defaultSettings());
    expect(parseSettings('"pmkpi"')).toEqual(defaultSettings());
  });

  it('keeps valid values over the stored rule set preset, drops bad ones', () => {
    const s = parseSettings(JSON.stringify({
      ruleSet: 'pmkpi',
      tolerances: { positiveRatio: 0.85, negativeRatio: 'x', progressPoints: -5, overAchieve: 1.5, extra: 9 },
      lights: { red: 0.5, yellow: null },
      timeProgress: 'week',
      progressRateNames: ['预算执行率', 3],
    }));
    expect(s).toEqual({
      ...defaultSettings('pmkpi'),
      tolerances: { positiveRatio: 0.85, negativeRatio: 1.1, progressPoints: 10, overAchieve: 1.5 },
      lights: { ...defaultSettings('pmkpi').lights, red: 0.5 },
    });
    expect(parseSettings(JSON.stringify({ ruleSet: 'other', timeProgress: 'month' }))).toEqual({ ...defaultSettings('default'), timeProgress: 'month' });
  });

  it('never throws and always yields usable numbers (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ tolerances: v, lights: v, ruleSet: v }))), (text) => {
        const s = parseSettings(text);
        for (const v of [...Object.values(s.tolerances), ...Object.values(s.lights)]) expect(v > 0 && Number.isFinite(v)).toBe(true);
        expect(['default', 'pmkpi']).toContain(s.ruleSet);
        expect(['day', 'month']).toContain(s.timeProgress);
      }),
    );
  });

  it('reads the language, defaulting to Chinese', () => {
    expect(parseLanguage('en')).toBe('en');
    expect(parseLanguage('zh-CN')).toBe('zh-CN');
    expect(parseLanguage('fr')).toBe('zh-CN');
    expect(parseLanguage(null)).toBe('zh-CN');
  });

  it('copies settings deeply', () => {
    const a = defaultSettings();
    const b = plainSettings(a);
    b.tolerances.positiveRatio = 0.5;
    b.progressRateNames.push('x');
    expect(a.tolerances.positiveRatio).toBe(0.9);
    expect(a.progressRateNames).not.toContain('x');
  });
});

describe('staleAfterDays in storage', () => {
  it('keeps a whole positive number of days, else the default 31', () => {
    expect(parseSettings(JSON.stringify({ staleAfterDays: 60 })).staleAfterDays).toBe(60);
    for (const bad of [0, -3, 1.5, '40', null]) expect(parseSettings(JSON.stringify({ staleAfterDays: bad })).staleAfterDays, String(bad)).toBe(31);
    expect(parseSettings(null).staleAfterDays).toBe(31);
  });
});
