// GET /api/dataset: the data set in the user's scope (../scopedData) as columns (io/compactDataset,
// format columns-1, what the app reads: a province's 300,000 indicators as a few arrays) or, with
// ?format=objects, the domain's own shape (scripts, curl, tests that look inside). The answer is
// encoded and compressed here, not by @fastify/compress, so that the bytes can be kept per data
// version (../datasetCache): a repeated request costs one small query and the send.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { authOf, type ServerOptions } from '../context';
import { badRequest, forbidden } from '../http';
import { COMPACT_FORMAT, encodeDataset } from '../../io/compactDataset';
import { datasetInScope, projectsInScope, type ProjectPart } from '../scopedData';
import { readDataVersions, scopeKey, shared, VersionedCache } from '../datasetCache';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
type Encoding = 'br' | 'gzip' | 'identity';

/** br, else gzip, else none, as the Accept-Encoding header allows (a q=0 refuses that coding). */
export function pickEncoding(header: string | undefined): Encoding {
  const accepted = new Set((header ?? '').split(',').map((t) => t.trim().split(';')).filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? '')).map(([name]) => name.trim().toLowerCase()));
  return accepted.has('br') ? 'br' : accepted.has('gzip') || accepted.has('*') ? 'gzip' : 'identity';
}

// Quality 5, not brotli's default 11, which costs seconds on a province's data set.
const encode = (json: string, enc: Encoding): Promise<Buffer> | Buffer =>
  enc === 'br' ? brotli(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) : enc === 'gzip' ? gzip(json) : Buffer.from(json);

// An uncompressed province answer is hundreds of megabytes: kept only below this size.
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

export function datasetRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;
  // The projects as loaded change only on import: kept across record writes (a few scopes only).
  const parts = new VersionedCache<Promise<ProjectPart>>(3);
  const answers = new VersionedCache<Promise<Buffer>>(24);

  app.get<{ Querystring: { format?: string } }>('/api/dataset', { compress: false }, async (req, reply) => {
    const { user, scope } = authOf(req);
    if (user.role === 'admin') throw forbidden('管理员不查看项目数据');
    const format = req.query.format ?? COMPACT_FORMAT;
    if (format !== COMPACT_FORMAT && format !== 'objects') throw badRequest(`不认识的数据格式「${String(format).slice(0, 40)}」（可用：${COMPACT_FORMAT}、objects）`);
    const enc = pickEncoding(req.headers['accept-encoding']);
    // Read before the data (../datasetCache): what is kept under a label is never older than it.
    const v = await readDataVersions(db);
    const key = scopeKey(scope);
    const bytes = await shared(answers, `${key}|${format}|${enc}`, `${v.projects}.${v.forms}`, async () => {
      const part = await shared(parts, key, String(v.projects), () => projectsInScope(db, scope));
      const data = await datasetInScope(db, scope, part);
      return encode(JSON.stringify(format === COMPACT_FORMAT ? { ...data, format, dataset: encodeDataset(data.dataset) } : data), enc);
    }, (b) => b.length <= MAX_KEPT_BYTES);
    reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (enc !== 'identity') reply.header('content-encoding', enc);
    return reply.send(bytes);
  });
}
