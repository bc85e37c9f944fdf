// The sample loaded at build time (vite.config.ts bundledSample).
declare module 'virtual:bundled-sample' {
  const result: import('../../io/load').LoadResult;
  export default result;
}
