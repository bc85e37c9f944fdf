// Serves dist/ with `vite preview` on a free port for the e2e run and hands its URL to the tests.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/measure-first-screen';

/** E2E_DIST serves another build (e.g. `vite build --outDir /tmp/dist-x`), so two runs on one checkout do not share dist/. */
const OUT_DIR = process.env.E2E_DIST ?? 'dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(resolve(OUT_DIR, 'index.html'))) throw new Error(`${OUT_DIR}/ is missing: run \`vite build\` first (npm run test:e2e does)`);
  const { server, port } = await serve();
  project.provide('baseURL', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}

/** The free port is released before vite binds it, so another process may take it first: try again. */
async function serve(attempts = 3): Promise<{ server: Awaited<ReturnType<typeof preview>>; port: number }> {
  const port = await freePort();
  try {
    const server = await preview({
      configFile: resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: OUT_DIR },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    return { server, port };
  } catch (e) {
    if (attempts <= 1 || !String(e).includes('in use')) throw e;
    return serve(attempts - 1);
  }
}
