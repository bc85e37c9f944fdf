// The files of the sample data shipped with the app (data/ at the repository root): read by the
// app (lib/bundled) and by the build, which loads them ahead of time (vite.config.ts bundledSample).

/** What the app opens on: the seed projects, and 示例数据 actuals and spend. */
export const BUNDLED_FILES = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];
/** Raw target-table text offered as a paste sample on the data page. */
export const SAMPLE_TABLES = 'seed-tables.txt';
