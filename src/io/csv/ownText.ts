// Cells kept in the dataset must not keep the file's text alive. V8 hands out a substring of 13 or
// more characters as a view into its parent string, so a project name read from a 100 MB CSV would
// hold all 100 MB for as long as the dataset lives. `ownText` gives a string of its own; `Strings`
// does the same once per distinct value (a project name repeated on 30 rows is stored once).
// Accepts any string; returns one equal to it.

/** V8's SlicedString::kMinLength: shorter substrings are already copies. */
const VIEW_MIN = 13;

// Concatenation makes a rope; slicing the rope flattens it into a fresh string and views that copy.
export const ownText = (s: string): string => (s.length < VIEW_MIN ? s : (' ' + s).slice(1));

/** One copy per distinct value, for the cells that repeat (names, levels, dates of one file). */
export class Strings {
  private seen = new Map<string, string>();

  own(s: string): string {
    if (s.length < VIEW_MIN) return s;
    let kept = this.seen.get(s);
    if (kept === undefined) this.seen.set((kept = ownText(s)), kept);
    return kept;
  }
}
