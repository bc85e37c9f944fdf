// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not blank, unique ignoring
// case (Excel refuses 项目A and 项目a side by side), and not the reserved History.
const BAD = /[[\]:*?/\\]/g;

export function uniqueSheetNames(wanted: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return wanted.map((w) => {
    const base = (w.replace(BAD, '_').replace(/^'+|'+$/g, '').trim() || '项目').slice(0, 31);
    let name = base.toLowerCase() === 'history' ? `${base}_` : base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = `${[...base].slice(0, 31 - suffix.length).join('')}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
