import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { loadMessages } from '../../src/app/lib/loadMessages';
import { createAppI18n } from '../../src/app/i18n';
import { fixture, seed } from '../io/helpers';

// The toast after a load says what changed: a project loaded again (same table, edited) replaces the
// one shown and is "updated", not "added" — the totals would not grow and the user would wonder why.
const t = (locale: 'zh-CN' | 'en') => {
  const i18n = createAppI18n(locale);
  return (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {});
};

describe('loadMessages', () => {
  it('counts new projects as added', () => {
    const r = loadFiles([seed()]);
    expect(r.projectChanges).toEqual({ added: 4, updated: 0 });
    expect(loadMessages(r, t('zh-CN'))).toEqual([{ type: 'success', text: '已载入 1 个文件：新增 4 个项目、99 个指标、0 条实际值、0 条执行数' }]);
  });

  it('says a project loaded again was updated, with its indicators', () => {
    const base = loadFiles([seed()]).dataset;
    const r = loadFiles([fixture('projects.csv')], base);
    expect(r.projectChanges).toEqual({ added: 0, updated: 2 });
    expect(r.dataset.projects).toHaveLength(4);
    expect(loadMessages(r, t('zh-CN'))[0].text).toBe('已载入 1 个文件：新增 0 个项目、更新 2 个已有项目（以新载入的为准），共 33 个指标、0 条实际值、0 条执行数');
    expect(loadMessages(r, t('en'))[0].text).toBe('Loaded 1 file(s): 0 new projects, 2 existing projects updated (the newly loaded version wins); 33 indicators, 0 actuals, 0 spend records');
  });

  it('adds a warning line when there are problems, and reports a failed load', () => {
    const r = loadFiles([fixture('actuals-broken.csv')], loadFiles([seed()]).dataset);
    expect(loadMessages(r, t('zh-CN')).map((m) => m.type)).toEqual(['success', 'warning']);
    expect(loadMessages(null, t('zh-CN'), '读取失败')).toEqual([{ type: 'error', text: '读取失败' }]);
  });
});
