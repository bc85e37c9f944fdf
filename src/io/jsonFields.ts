// Typed reads of JSON values with Chinese messages naming the file and the JSON path
// (projects[2].indicators[5].targetH1). Lenient where a spreadsheet-made file would differ
// harmlessly: numbers given as text ("1,325.06"), targets given as numbers (100 → "100").
import type { Problem } from '../domain/types';
import { problem } from './problems';
import { isPlausibleYear } from '../domain/calendar';
import { parseNumber, parseYear } from './values';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

const typeName = (x: unknown) =>
  x === null ? 'null' : Array.isArray(x) ? '数组' : ({ string: '文本', number: '数字', boolean: '真假值', object: '对象' } as Record<string, string>)[typeof x] ?? typeof x;

export class FieldReader {
  readonly problems: Problem[] = [];
  /** Unknown keys by where they occur (`项目`, `指标`) → key → count, reported once per key. */
  private unknown = new Map<string, Map<string, number>>();

  constructor(readonly file: string) {}

  error(path: string, what: string, code = 'json-invalid', projectId?: string) {
    this.problems.push(problem(code, what, { file: this.file, field: path }, 'error', projectId));
  }

  /** A string field; numbers are turned into text. `required`: a missing one is reported and the record skipped (null). */
  text(obj: JsonObject, key: string, path: string, required = false): string | null {
    const x = obj[key];
    if (x === undefined || x === null || x === '') {
      if (required) this.error(`${path}.${key}`, `缺少“${key}”，此条未导入`);
      return required ? null : '';
    }
    if (typeof x === 'string') return x;
    if (typeof x === 'number' && Number.isFinite(x)) return String(x);
    if (typeof x === 'number') {
      this.error(`${path}.${key}`, `数值超出可表示的范围（如 1e309）${required ? '，此条未导入' : '，已忽略'}`);
      return required ? null : '';
    }
    this.error(`${path}.${key}`, `应为文本，实际是${typeName(x)}${required ? '，此条未导入' : '，已忽略'}`);
    return required ? null : '';
  }

  /** A number or null; numeric text is accepted. Undefined when invalid (reported). */
  number(obj: JsonObject, key: string, path: string, year = false): number | null | undefined {
    const x = obj[key];
    if (x === undefined || x === null) return null;
    if (typeof x === 'number' && Number.isFinite(x)) return year ? this.year(x, `${path}.${key}`) : x;
    if (typeof x === 'string') {
      const parsed = year ? parseYear(x) : parseNumber(x);
      if (parsed.ok) return parsed.value;
      this.error(`${path}.${key}`, parsed.reason);
      return undefined;
    }
    // JSON.parse turns 1e309 into Infinity: a number, but not one any amount can be.
    const what = typeof x === 'number' ? '数值超出可表示的范围（如 1e309），已忽略' : `应为数字，实际是${typeName(x)}，已忽略`;
    this.error(`${path}.${key}`, what);
    return undefined;
  }

  /** A budget amount: a number (as number()) that cannot be negative; a negative one is reported and ignored. */
  amount(obj: JsonObject, key: string, path: string): number | null | undefined {
    const x = this.number(obj, key, path);
    if (x == null || x >= 0) return x;
    this.error(`${path}.${key}`, `金额 ${x} 为负，已忽略`);
    return undefined;
  }

  private year(x: number, path: string): number | undefined {
    if (isPlausibleYear(x)) return x;
    this.error(path, `“${x}”不是年份`);
    return undefined;
  }

  /**
   * The objects of an array field, each with its index in the file: a skipped item (not an object)
   * must not shift the paths named for the items after it.
   */
  array(obj: JsonObject, key: string, path: string): [JsonObject, number][] {
    const out: [JsonObject, number][] = [];
    this.each(obj, key, path, (item, i) => out.push([item, i]));
    return out;
  }

  /** array's objects given one by one, as they are met (no list of 600,000 pairs). */
  each(obj: JsonObject, key: string, path: string, take: (item: JsonObject, index: number) => void): void {
    const x = obj[key];
    if (x === undefined || x === null) return;
    const at = () => (path ? `${path}.${key}` : key);
    if (!Array.isArray(x)) return void this.error(at(), `应为数组，实际是${typeName(x)}`);
    // The items that are not objects are said first, before anything said of the others (as array() always did).
    for (let i = 0; i < x.length; i++) if (!isObject(x[i])) this.error(`${at()}[${i}]`, `应为对象，实际是${typeName(x[i])}，已跳过`);
    for (let i = 0; i < x.length; i++) if (isObject(x[i])) take(x[i] as JsonObject, i);
  }

  /** Notes keys outside `known`; reported once per key by reportUnknown. */
  checkKeys(obj: JsonObject, known: readonly string[], where: string) {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const keys = this.unknown.get(where) ?? new Map<string, number>();
      keys.set(key, (keys.get(key) ?? 0) + 1);
      this.unknown.set(where, keys);
    }
  }

  reportUnknown() {
    for (const [where, keys] of this.unknown) {
      for (const [key, count] of keys) {
        const what = `${where}中有未知字段“${key}”（${count}处），已忽略`;
        this.problems.push(problem('json-unknown-key', what, { file: this.file, field: key }, 'warning'));
      }
    }
  }
}
