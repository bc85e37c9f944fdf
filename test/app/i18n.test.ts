import { describe, expect, it } from 'vitest';
import { mergeAreas, messages, type Messages } from '../../src/app/i18n';
import round from '../../src/app/i18n/lazy/round';
import type { FileKind } from '../../src/io/load';

function keys(m: Messages, prefix = ''): string[] {
  return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe('i18n messages', () => {
  it('has the same keys in Chinese and English', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages['zh-CN']).sort());
    expect(keys(round.en).sort()).toEqual(keys(round['zh-CN']).sort());
  });

  it('keeps the round\'s messages out of the first screen, under a key no eager area uses', () => {
    expect(Object.keys(round['zh-CN'])).toEqual(['round']);
    expect('round' in messages['zh-CN']).toBe(false);
  });

  it('names every recognised file kind and encoding', () => {
    const kinds: FileKind[] = ['projects-json', 'projects-csv', 'actuals-csv', 'spend-csv', 'raw-table', 'unknown'];
    const data = messages['zh-CN'].data as Messages;
    for (const k of kinds) expect(typeof (data.kind as Messages)[k]).toBe('string');
    expect((data.kind as Messages)['raw-table']).toBe('绩效目标表（文本）');
    for (const e of ['utf-8', 'utf-8-bom', 'gb18030', 'text']) expect(typeof (data.encoding as Messages)[e]).toBe('string');
  });

  it('refuses two areas defining the same top-level key', () => {
    const area = { 'zh-CN': { x: { a: '甲' } }, en: { x: { a: 'A' } } };
    expect(() => mergeAreas({ './a.ts': area, './b.ts': area })).toThrow(/"x" of \.\/b\.ts/);
    expect(mergeAreas({ './a.ts': area }).en).toEqual({ x: { a: 'A' } });
  });

  it('uses no vue-i18n special characters that would break a message', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const flat = (m: Messages): string[] => Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : flat(v)));
      for (const text of flat(messages[lang])) expect(text).not.toMatch(/[|@$]/);
    }
  });
});
