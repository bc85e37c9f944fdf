// KeyedRecords (io/merge's one-record-per-key store) against the plain reading of it: the index
// of the last record with the same key is found by scanning the whole list from its end. Records
// come in runs of one id and interleaved, over a base that may hold a key twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyedRecords } from '../../src/io/keyedRecords';

interface Rec { id: string; date: string; n: number }
const same = (a: Rec, b: Rec) => a.date === b.date;
const rec = fc.record({ id: fc.constantFrom('i1', 'i2', 'i3', 'i10'), date: fc.constantFrom('03-31', '06-30', '09-30'), n: fc.nat(99) });

function lastIndex(list: Rec[], r: Rec): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].id === r.id && same(list[i], r)) return i;
  return -1;
}

describe('KeyedRecords', () => {
  it('finds and places as a scan of the whole list does, with which records this load placed (fast-check)', () => {
    fc.assert(fc.property(fc.array(rec, { maxLength: 12 }), fc.array(rec, { maxLength: 40 }), (base, incoming) => {
      // An id's copy of its own (not the same string object): look-ups must compare by value.
      const records = new KeyedRecords<Rec>(base, (r) => (' ' + r.id).slice(1), same);
      const list = base.slice();
      const loaded = base.map(() => false);
      for (const r of incoming) {
        const at = records.find(r);
        expect(at).toBe(lastIndex(list, r));
        if (at >= 0) expect(records.loadedAt(at)).toBe(loaded[at]);
        records.place(r, at);
        if (at >= 0) [list[at], loaded[at]] = [r, true];
        else [list[list.length], loaded[loaded.length]] = [r, true];
      }
      expect(records.list).toEqual(list);
    }), { numRuns: 400 });
  });

  it('a run of one id then another id and back finds the run’s last record', () => {
    const r = (id: string, date: string, n: number) => ({ id, date, n });
    const records = new KeyedRecords<Rec>([], (x) => x.id, same);
    for (const x of [r('a', '1', 0), r('a', '2', 1), r('b', '1', 2), r('a', '3', 3)]) records.place(x, records.find(x));
    expect(records.find(r('a', '2', 9))).toBe(1);
    expect(records.find(r('b', '1', 9))).toBe(2);
    expect(records.find(r('a', '3', 9))).toBe(3);
    expect(records.find(r('b', '2', 9))).toBe(-1);
  });
});
