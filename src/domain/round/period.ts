// A round's period (domain.md §5): an actual belongs to a round when it is dated after the previous
// round's period end (1 January for the first round of the year) and on or before its own.
import type { IsoDate, Round } from '../types';
import { parseIsoDate, toIso } from '../calendar';

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

const nextDay = (d: IsoDate): IsoDate => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/** The round's period: from the day after the latest earlier period end of the same year, else 1 January. */
export function roundPeriod(round: Round, rounds: readonly Round[]): Period {
  const year = round.periodEnd.slice(0, 4);
  let previous: IsoDate | null = null;
  for (const r of rounds) {
    if (r.id === round.id || !r.periodEnd.startsWith(year) || r.periodEnd >= round.periodEnd) continue;
    if (!previous || r.periodEnd > previous) previous = r.periodEnd;
  }
  return { start: previous ? nextDay(previous) : `${year}-01-01`, end: round.periodEnd };
}

export const inPeriod = (date: IsoDate, p: Period) => date >= p.start && date <= p.end;

/** `2024年1–7月监控` for a period from 1 January to a month's end; else the dates. */
export function defaultRoundName(p: Period): string {
  const s = parseIsoDate(p.start);
  const e = parseIsoDate(p.end);
  if (!s || !e) return `${p.start}–${p.end}`;
  const monthEnd = toIso({ year: e.year, month: e.month, day: new Date(Date.UTC(e.year, e.month, 0)).getUTCDate() }) === p.end;
  if (s.day === 1 && monthEnd) return `${e.year}年${s.month === e.month ? `${e.month}月` : `${s.month}–${e.month}月`}监控`;
  return `${p.start}至${p.end}监控`;
}

/** The round a user works in today: the open one (deadline not passed) with the latest period end, else the latest. */
export function currentRound(rounds: readonly Round[], today: IsoDate): Round | null {
  const open = rounds.filter((r) => !r.deadline || r.deadline >= today);
  const pool = open.length ? open : rounds;
  return pool.reduce<Round | null>((best, r) => (!best || r.periodEnd > best.periodEnd ? r : best), null);
}

export const isOverdue = (round: Round, today: IsoDate) => round.deadline !== null && today > round.deadline;
