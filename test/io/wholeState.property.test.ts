// Everything — projects, records with every form field, spend, rounds, forms, history, 佐证材料
// bytes and settings — exports as one JSON file and loads back identical (issue 8).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { toCanonicalJson } from '../../src/io/write';
import type { Actual, ChangeEntry, Dataset, ProjectForm, Round } from '../../src/domain/types';
import { withoutSources } from './helpers';

const base = loadFiles([{ name: 'projects.json', content: readFileSync(new URL('../../data/projects.json', import.meta.url), 'utf8') }]).dataset;
const text = fc.string({ minLength: 1, maxLength: 12 });
const opt = fc.option(text, { nil: undefined });
const date = fc.integer({ min: 0, max: 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86400000).toISOString().slice(0, 10));
const likely = fc.option(fc.constantFrom('确定能', '有可能', '完全不可能'), { nil: undefined });
const category = fc.option(fc.constantFrom('经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'), { nil: undefined });

/** A value its indicator can read: the year target's number (=100% → 100%), or 达成 for a qualitative one. */
const readable = (i: number) => {
  const fy = base.indicators[i].targetFY.replace(/^[=≥≤><]+/, '');
  return /\d/.test(fy) ? fy : '达成';
};
const record = fc.record({ i: fc.nat(base.indicators.length - 1), date, value: fc.boolean(),
  reason: opt, likelihood: likely, note: opt, reasonCategory: category, forecast: opt, measures: opt,
  files: fc.array(fc.record({ id: fc.uuid(), name: text, type: fc.constantFrom('application/pdf', 'image/png', ''), bytes: fc.uint8Array({ maxLength: 64 }) }), { maxLength: 2 }) });
const round = fc.record({ id: fc.uuid(), name: text, periodEnd: date, deadline: fc.option(date, { nil: null }),
  scope: fc.oneof(fc.constant({ kind: 'all' as const }), fc.record({ kind: fc.constant('filter' as const), minBudget: fc.nat(500), maxExecutionRate: fc.constantFrom(0.5, 0.6) })),
  createdAt: fc.constant('2024-07-01T08:00:00.000Z') });

describe('the whole state as one JSON file', () => {
  it('loads back identical: data, rounds, forms, history, 佐证材料 bytes and settings', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 6 }), fc.array(round, { maxLength: 3 }), fc.boolean(), fc.jsonValue(), (records, rounds, done, settings) => {
      const actuals = new Map<string, Actual>();
      const attachments: { id: string; name: string; type: string; bytes: Uint8Array }[] = [];
      for (const r of records) {
        const ind = base.indicators[r.i];
        // A draft record (value '') needs some other field, as the form keeps it.
        const a: Actual = { projectId: ind.projectId, indicatorId: ind.id, date: r.date, value: r.value || !r.reason ? readable(r.i) : '' };
        for (const k of ['reason', 'likelihood', 'note', 'reasonCategory', 'forecast', 'measures'] as const) if (r[k]) a[k] = r[k];
        if (r.files.length) a.attachments = r.files.map(({ id, name, type, bytes }) => ({ id, name, type, size: bytes.length }));
        attachments.push(...r.files);
        actuals.set(`${a.indicatorId}|${a.date}`, a);
      }
      const forms: ProjectForm[] = rounds.length ? [{ roundId: rounds[0].id, projectId: base.projects[0].id, status: done ? 'done' : 'draft', ...(done ? { doneAt: '2024-08-01T00:00:00.000Z' } : {}), spendForecast: 12.5 }] : [];
      const history: ChangeEntry[] = records.slice(0, 3).map((r, k) => ({ at: `2024-08-0${k + 1}T00:00:00.000Z`, by: '本浏览器', projectId: base.indicators[r.i].projectId, target: base.indicators[r.i].id, field: 'value', before: k ? 'x' : null, after: r.value ? readable(r.i) : null }));
      const uniqueRounds = [...new Map(rounds.map((x) => [x.id, x as Round])).values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
      const data: Dataset = { ...base, actuals: [...actuals.values()], spend: [{ projectId: base.projects[0].id, expense: null, date: '2024-07-31', amount: 10 }],
        ...(uniqueRounds.length ? { rounds: uniqueRounds } : {}), ...(forms.length ? { forms } : {}), ...(history.length ? { history } : {}) };
      const json = toCanonicalJson(data, { includeObservations: true, whole: { attachments, settings } });
      const back = loadFiles([{ name: '全部数据.json', content: json }]);
      expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(withoutSources(back.dataset)).toEqual(withoutSources(data));
      expect(back.dataset.rounds).toEqual(data.rounds);
      expect(back.dataset.forms).toEqual(data.forms);
      expect(back.dataset.history).toEqual(data.history);
      expect((back.attachments ?? []).map((a) => [a.id, a.name, a.type, [...a.bytes]])).toEqual(attachments.map((a) => [a.id, a.name, a.type, [...a.bytes]]));
      expect(back.settings).toEqual(JSON.parse(JSON.stringify(settings)));
    }), { numRuns: 60 });
  });

  it('loading the same file again over it changes nothing and duplicates no history', () => {
    const data: Dataset = { ...base, rounds: [{ id: 'r1', name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' }, createdAt: 'x' }],
      history: [{ at: 't', by: '本浏览器', projectId: 'p', target: 'i', field: 'value', before: null, after: '1' }] };
    const json = toCanonicalJson(data, { includeObservations: true });
    const once = loadFiles([{ name: 'a.json', content: json }]);
    const twice = loadFiles([{ name: 'a.json', content: json }], once.dataset);
    expect(twice.dataset.history).toEqual(data.history);
    expect(twice.dataset.rounds).toEqual(data.rounds);
  });

  it('names a bad round, form or attachment by its JSON path and loads the rest', () => {
    const json = JSON.stringify({ projects: [], rounds: [{ id: 'r', name: 'x', periodEnd: '2024-13-01', scope: { kind: 'all' } }, { id: 'r2', name: 'y', periodEnd: '2024-07-31', scope: { kind: 'some' } }],
      forms: [{ roundId: 'r', projectId: 'p', status: 'approved' }], attachments: [{ id: 'a', name: 'x.pdf', data: '***' }] });
    const r = loadFiles([{ name: 'b.json', content: json }]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'b.json「rounds[0].periodEnd」：“2024-13-01”的月份不存在',
      'b.json「rounds[1].scope.kind」：应为 all、projects 或 filter，此轮次未导入',
      'b.json「forms[0].status」：状态“approved”应为 draft 或 done，此条未导入',
      'b.json「attachments[0].data」：不是有效的 base64 内容，此文件未导入',
    ]);
    expect(r.dataset.rounds).toBeUndefined();
  });
});
