// Names interned once at build: each distinct name gets a small integer, so the per-date pass
// counts into typed arrays instead of string-keyed maps. Names are merged by a key (normalizeKey
// for 主管部门 and 实施单位: real tables spell one department with full- and half-width brackets);
// the label kept is the first spelling seen, as the overview's filter lists show it.
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly labels: string[] = [];

  constructor(private readonly keyOf: (name: string) => string = (s) => s) {}

  /** Names as spelled → id: a name repeated on every row is keyed (normalizeKey) once. */
  private readonly bySpelling = new Map<string, number>();

  id(name: string): number {
    let id = this.bySpelling.get(name);
    if (id === undefined) this.bySpelling.set(name, (id = this.idByKey(name)));
    return id;
  }

  private idByKey(name: string): number {
    const key = this.keyOf(name);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.labels.length;
      this.ids.set(key, id);
      this.labels.push(name);
    }
    return id;
  }

  /** The id of a name already seen, or -1. */
  find(name: string): number {
    return this.ids.get(this.keyOf(name)) ?? -1;
  }

  get size(): number {
    return this.labels.length;
  }
}
