// GET /api/dataset as the app reads it: as columns (io/compactDataset, format columns-1, the
// default), compressed with brotli or gzip when the client accepts it — the same data set, the same
// versions, reviews and attachments as the domain's shape (?format=objects), in fewer bytes.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signedIn, startHarness, type Client, type Harness } from './harness';
import { decodeDataset } from '../../src/io/compactDataset';

describe.each(DB_KINDS)('the data set sent compactly (%s)', (kind) => {
  let h: Harness;
  let dept: Client;

  beforeAll(async () => {
    h = await startHarness(kind);
    dept = await signedIn(h, 'demo-department');
  });
  afterAll(() => h.close());

  const get = (url: string, encoding?: string) => h.app.inject({ url, headers: { cookie: dept.cookie, ...(encoding ? { 'accept-encoding': encoding } : {}) } });

  it('answers the same data as columns, brotli or gzip as accepted', async () => {
    const plain = await get('/api/dataset?format=objects');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = plain.json();
    expect(expected.dataset.indicators.length).toBe(99);
    for (const [url, accept, encoding, inflate] of [['/api/dataset', 'br, gzip', 'br', brotliDecompressSync], ['/api/dataset?format=columns-1', 'gzip', 'gzip', gunzipSync]] as const) {
      const r = await get(url, accept);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-encoding']).toBe(encoding);
      const body = JSON.parse(inflate(r.rawPayload).toString('utf8'));
      expect(body.format).toBe('columns-1');
      expect(body.dataset.format).toBe('columns-1');
      expect(decodeDataset(body.dataset)).toStrictEqual(expected.dataset);
      expect([body.versions, body.reviews, body.attachments]).toEqual([expected.versions, expected.reviews, expected.attachments]);
      expect(r.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    }
  });

  it('refuses a format it does not know', async () => {
    const r = await get('/api/dataset?format=rows-9');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ error: '不认识的数据格式「rows-9」（可用：columns-1、objects）' });
  });
});
