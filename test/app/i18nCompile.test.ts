// The app's message compiler (src/app/i18n/compile.ts) against vue-i18n's own (the `compile` of
// @intlify/core-base that the full build registers): every message of both locales, eager and
// lazy, renders the same with every placeholder filled — and with none filled.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile } from '@intlify/core-base';
import { createI18n } from 'vue-i18n';
import { messages, languages, type Messages } from '../../src/app/i18n';
import { compileMessage } from '../../src/app/i18n/compile';
import round from '../../src/app/i18n/lazy/round';

function flat(m: Messages, prefix = ''): [string, string][] {
  return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flat(v, `${prefix}${k}.`)));
}

const ours = (msgs: Record<string, Messages>) => createI18n({ legacy: false, locale: 'zh-CN', messages: msgs, messageCompiler: compileMessage, missingWarn: false, fallbackWarn: false }).global;
const theirs = (msgs: Record<string, Messages>) => createI18n({ legacy: false, locale: 'zh-CN', messages: msgs, messageCompiler: compile, missingWarn: false, fallbackWarn: false }).global;

describe('the app\'s message compiler', () => {
  it('renders every message as vue-i18n\'s own compiler does', () => {
    let compared = 0;
    for (const lang of languages) {
      const all = { ...messages[lang], ...round[lang] };
      const a = ours({ [lang]: all });
      const b = theirs({ [lang]: all });
      a.locale.value = lang;
      b.locale.value = lang;
      for (const [key, text] of flat(all)) {
        const names = [...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1]);
        const values = Object.fromEntries(names.map((n, i) => [n, i % 2 ? 12.5 : `〈${n}〉`]));
        expect(a.t(key, values), key).toBe(b.t(key, values));
        expect(a.t(key), key).toBe(b.t(key));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('fills named and list placeholders, leaves missing ones empty, and returns unknown keys', () => {
    const t = ours({ 'zh-CN': { a: '共 {n} 个项目，{ unit }', b: '{0} 至 {1}', c: '无占位' } }).t;
    expect(t('a', { n: 3, unit: '市财政局' })).toBe('共 3 个项目，市财政局');
    expect(t('a', { n: 0 })).toBe('共 0 个项目，');
    expect(t('b', ['1月', '7月'])).toBe('1月 至 7月');
    expect(t('c')).toBe('无占位');
    expect(t('nope.key')).toBe('nope.key');
  });

  it('never reads a value as markup or syntax', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const t = ours({ 'zh-CN': { a: '名称：{name}。' } }).t;
        expect(t('a', { name: value })).toBe(`名称：${value}。`);
      }),
    );
  });
});
