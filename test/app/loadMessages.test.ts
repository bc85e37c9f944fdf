import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { LOSSES_NAMED, loadMessages, reloadQuestionLines } from '../../src/app/lib/loadMessages';
import type { ProjectLoss } from '../../src/domain/reloadLoss';
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

describe('reloadQuestionLines', () => {
  const loss = (name: string, before: number, after: number, actuals: number): ProjectLoss => ({
    projectId: name, name, indicatorsBefore: before, indicatorsAfter: after, droppedIds: Array.from({ length: before - after }, (_, i) => `i${i}`), orphanedActuals: actuals,
  });

  it('one sentence per project, the actuals only when some lose their indicator, then the question', () => {
    expect(reloadQuestionLines([loss('“一企来办”平台运营运维费', 25, 0, 53), loss('江苏12345在线平台运行费', 20, 18, 0)], t('zh-CN'))).toEqual([
      '重新载入将使项目「“一企来办”平台运营运维费」的指标由 25 个变为 0 个，53 条实际值将失去对应指标。',
      '重新载入将使项目“江苏12345在线平台运行费”的指标由 20 个变为 18 个。',
      '仍要载入吗？',
    ]);
    expect(reloadQuestionLines([loss('A', 3, 1, 2)], t('en'))).toEqual(['Loading again takes project “A” from 3 indicators to 1; 2 actuals will have no indicator.', 'Load anyway?']);
  });

  it('names the first few projects and counts the rest', () => {
    const lines = reloadQuestionLines(Array.from({ length: LOSSES_NAMED + 3 }, (_, i) => loss(`项目${i + 1}`, 2, 0, 0)), t('zh-CN'));
    expect(lines).toHaveLength(LOSSES_NAMED + 2);
    expect(lines.slice(-2)).toEqual(['另有 3 个项目也将失去指标。', '仍要载入吗？']);
  });
});
