// Records kept one per key (an actual per indicator + date, a spend record per project + line +
// date) for ./merge: a Map on the first part of the key (an id string the records share, whose
// hash V8 keeps), then a short chain through the records of that id comparing the rest. A key
// string built per record (`a␁<indicator>␁<date>`) cost 600,000 new strings hashed at a province's
// size, three times the look-ups; a chain is short because a record's date lies in its project's
// year (./checkRecords).

export class KeyedRecords<T> {
  readonly list: T[];
  /** Id → the index of the last record placed with it; next[i]: the one placed before it with the same id, or -1. */
  private head = new Map<string, number>();
  private next: number[] = [];
  /** By index: placed by this load (a second one of the same key is said). */
  private loaded: boolean[] = [];

  /** The base's records all kept, in order (a key given twice finds the later). */
  constructor(base: T[], private id: (r: T) => string, private same: (a: T, b: T) => boolean) {
    this.list = [];
    for (const r of base) this.append(r, false);
  }

  /**
   * The id looked up or placed last and its head, which the Map may not hold yet: records come in
   * runs of one id (an indicator's dates), so a run costs one look-up and one Map write, not one of
   * each per record. Written to the Map when another id comes (headOf).
   */
  private lastId: string | undefined;
  private lastHead = -1;
  private lastDirty = false;

  private headOf(id: string): number {
    if (id === this.lastId) return this.lastHead;
    if (this.lastDirty) this.head.set(this.lastId!, this.lastHead);
    this.lastId = id;
    this.lastHead = this.head.get(id) ?? -1;
    this.lastDirty = false;
    return this.lastHead;
  }

  /** The index of the last record with r's key, or -1. */
  find(r: T): number {
    for (let i = this.headOf(this.id(r)); i >= 0; i = this.next[i]) if (this.same(this.list[i], r)) return i;
    return -1;
  }

  /** Placed by this load already. */
  loadedAt(index: number): boolean {
    return this.loaded[index];
  }

  /** r in place of the record at index (find), or after the others when index is -1; placed by this load. */
  place(r: T, index: number): void {
    if (index < 0) return this.append(r, true);
    this.list[index] = r;
    this.loaded[index] = true;
  }

  private append(r: T, loaded: boolean): void {
    this.next.push(this.headOf(this.id(r)));
    this.lastHead = this.list.length;
    this.lastDirty = true;
    this.list.push(r);
    this.loaded.push(loaded);
  }
}
