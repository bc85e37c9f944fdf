// A filled form's records as canonical JSON text for io/load (sources dropped: the form reader has
// already named and refused what it could not take, by sheet and row).
import type { Actual, ProjectForm, Spend } from '../../domain/types';

export function write(actuals: Actual[], spend: Spend[], forms: ProjectForm[]): string {
  const strip = <T extends { source?: unknown }>(x: T): Omit<T, 'source'> => {
    const copy = { ...x };
    delete copy.source;
    return copy;
  };
  return JSON.stringify({ actuals: actuals.map(strip), spend: spend.map(strip), ...(forms.length ? { forms } : {}) });
}
