// The HTTP layer: one fastify instance serving the JSON API under /api and, when given, the built
// app. Every /api request except health and sign-in needs a session (401 without); every request
// that changes something needs the session's CSRF token; access to data is checked per route
// (./access). Errors answer { error: 中文 } and never a stack trace.
import { existsSync } from 'node:fs';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import compress from '@fastify/compress';
import { SESSION_COOKIE, sessionUser } from './auth/sessions';
import { loadScope } from './access';
import type { ServerOptions } from './context';

export type { ServerOptions } from './context';
import { ApiError } from './http';
import { authRoutes } from './routes/auth';
import { adminRoutes } from './routes/admin';
import { projectRoutes } from './routes/projects';
import { roundRoutes } from './routes/rounds';
import { recordRoutes } from './routes/records';
import { attachmentRoutes } from './routes/attachments';
import { datasetRoutes } from './routes/dataset';
import { formExportRoutes } from './routes/formExport';

// GET /api/session answers { user: null } when signed out, so a signed-out page load is not an error.
const OPEN = new Set(['GET /api/health', 'POST /api/session', 'GET /api/session']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 50 * 1024 * 1024, trustProxy: true });
  await app.register(cookie);
  // Answers (the data set above all, and the app's files) are compressed when the client accepts it;
  // brotli at quality 5, not the default 11, which costs seconds on a province's data set. Request
  // bodies are not decompressed: an upload is taken as sent, within the body limit.
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024, globalDecompression: false, brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } });
  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0];
    if (!path.startsWith('/api/')) return;
    reply.header('cache-control', 'no-store');
    // The health probe (load balancers poll it) needs no session lookup.
    if (path === '/api/health') return;
    const session = await sessionUser(opts.db.db, req.cookies[SESSION_COOKIE]);
    if (session) req.auth = { ...session, scope: await loadScope(opts.db.db, session.user) };
    if (OPEN.has(`${req.method} ${path}`)) return;
    if (!req.auth) throw new ApiError(401, '未登录或登录已过期');
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.auth.csrf) throw new ApiError(403, '请求缺少有效的 CSRF 令牌，请刷新页面后重试');
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    if (err instanceof ApiError) return reply.status(err.status).send({ error: err.message, ...(err.details ? { details: err.details } : {}) });
    if (err.validation) return reply.status(400).send({ error: `请求内容不完整或格式不对：${err.message}` });
    if (err.statusCode && err.statusCode < 500) return reply.status(err.statusCode).send({ error: err.message });
    req.log.error(err);
    return reply.status(500).send({ error: '服务器内部错误，已记录；请稍后再试' });
  });

  app.get('/api/health', async () => ({ ok: true, db: opts.db.kind }));
  authRoutes(app, opts);
  adminRoutes(app, opts);
  projectRoutes(app, opts);
  roundRoutes(app, opts);
  recordRoutes(app, opts);
  attachmentRoutes(app, opts);
  datasetRoutes(app, opts);
  formExportRoutes(app, opts);

  if (opts.appDir && existsSync(opts.appDir)) {
    await app.register(fastifyStatic, { root: opts.appDir, index: 'index.html' });
    // The app's routes (/project/…) are client-side: unknown non-API paths get index.html.
    app.setNotFoundHandler((req, reply) => (req.url.startsWith('/api/') ? reply.status(404).send({ error: '没有这个接口' }) : reply.sendFile('index.html')));
  } else {
    app.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: '没有这个接口' }));
  }
  return app;
}
