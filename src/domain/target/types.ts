// Parsed forms of a target string (指标值). The raw string is always kept beside the parsed form.

export type Operator = '=' | '>=' | '>' | '<=' | '<';

/** Kinds of unit; conversion only happens inside one kind. */
export type UnitKind = 'percent' | 'count' | 'time' | 'money' | 'none';

export interface QuantityTarget {
  kind: 'quantity';
  raw: string;
  op: Operator;
  value: number;
  /** Unit as written (`%`, `小时`, `万元`, `个`, `` for a bare number). */
  unit: string;
  unitKind: UnitKind;
}

/** 充分, 规范, 及时 (binary) or graded phrases such as 较高, 改善或提升程度较高 (rank set). */
export interface QualitativeTarget {
  kind: 'qualitative';
  raw: string;
  /** The grade word found (`较高`), or the whole word for a binary one (`充分`). */
  word: string;
  /** Ordinal rank of a graded phrase (higher is better); null for a binary word. */
  rank: number | null;
}

/** `序时进度`: expected = elapsed share of the year. */
export interface TimeProgressTarget {
  kind: 'timeProgress';
  raw: string;
}

export interface UnparsedTarget {
  kind: 'unparsed';
  raw: string;
  reason: string;
}

export type ParsedTarget = QuantityTarget | QualitativeTarget | TimeProgressTarget | UnparsedTarget;

/** An actual read against its target: a number in the target's unit, or a qualitative verdict. */
export type ParsedActual =
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'achievement'; level: 'full' | 'partial' | 'none'; raw: string }
  | { kind: 'grade'; rank: number; word: string; raw: string }
  | { kind: 'error'; raw: string; reason: string };
