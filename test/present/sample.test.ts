// 示例数据 on the deck: which data is the bundled sample (present/sample), and the .pptx saying so on
// its cover and in the footer of every slide — from the CLI on data/ and from buildPptx.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import JSZip from 'jszip';
import { buildDeck } from '../../src/present/deck';
import { hasSampleData } from '../../src/present/sample';
import { buildPptx } from '../../src/io/pptx/deck';
import { loadFiles } from '../../src/io/load';
import { main } from '../../src/cli/main';
import { bundledDataset, bundledReport } from '../domain/flagged.data';

const data = (name: string) => readFileSync(join(process.cwd(), 'data', name));

/** Text of every slide, in slide order. */
async function slideTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|'));
}

describe('which data is 示例数据', () => {
  it('the bundled files are; the same projects with actuals of a unit\'s own file are not', () => {
    expect(hasSampleData(bundledDataset())).toBe(true);
    // The spend file alone (no 备注 column in the dataset): known by its file name.
    expect(hasSampleData(loadFiles([{ name: 'projects.json', content: data('projects.json') }, { name: 'data/sample-spend.csv', content: data('sample-spend.csv') }]).dataset)).toBe(true);
    // The same rows with the 备注 changed, from a file of another name: a unit's own figures.
    const own = data('sample-actuals.csv').toString('utf-8').replaceAll(',示例数据', ',');
    const loaded = loadFiles([{ name: 'projects.json', content: data('projects.json') }, { name: '1-7月实际值.csv', content: own }]).dataset;
    expect(loaded.actuals.length).toBeGreaterThan(100);
    expect(hasSampleData(loaded)).toBe(false);
    expect(hasSampleData({ actuals: [], spend: [] })).toBe(false);
  });
});

describe('a deck of 示例数据', () => {
  const b = bundledReport('2024-06-30');

  it('carries the mark only when asked', () => {
    expect(buildDeck(b.data, b.report, { sample: true }).sample).toEqual({ label: '示例数据', detail: '示例数据：目标取自真实的2024年目标表，实际值与执行数为虚构，仅供演示' });
    expect(buildDeck(b.data, b.report, { sample: true, lang: 'en' }).sample?.label).toBe('SAMPLE DATA');
    expect(buildDeck(b.data, b.report).sample).toBeUndefined();
  });

  it('says so on the .pptx cover and in the footer of every slide; a deck of a unit\'s data does not', async () => {
    const marked = await slideTexts(await buildPptx(buildDeck(b.data, b.report, { sample: true }), new Map()));
    expect(marked).toHaveLength(8);
    expect(marked[0]).toContain('示例数据|');
    expect(marked[0]).toContain('实际值与执行数为虚构，仅供演示');
    for (const slide of marked.slice(1)) expect(slide).toMatch(/\|示例数据\|2024年半年绩效目标执行监控\|\d \/ 8$/);
    const plain = await slideTexts(await buildPptx(buildDeck(b.data, b.report), new Map()));
    expect(plain.filter((t) => t.includes('示例数据'))).toEqual([]);
  });
});

describe('npm run cli -- deck on the bundled files', () => {
  let err = '';
  beforeEach(() => {
    err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('marks the deck 示例数据 and says so; the same figures as a unit\'s own file are not marked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'im-sample-'));
    const out = join(dir, 'sample.pptx');
    expect(await main(['deck', 'data', '--as-of', '2024-06-30', '--out', out])).toBe(0);
    expect(err).toContain('提示：数据含内置示例数据');
    const texts = await slideTexts(readFileSync(out));
    expect(texts[0]).toContain('示例数据');
    expect(texts.slice(1).every((t) => t.includes('|示例数据|'))).toBe(true);

    writeFileSync(join(dir, 'projects.json'), data('projects.json'));
    writeFileSync(join(dir, 'actuals.csv'), data('sample-actuals.csv').toString('utf-8').replaceAll(',示例数据', ','));
    const own = join(dir, 'own.pptx');
    err = '';
    expect(await main(['deck', join(dir, 'projects.json'), join(dir, 'actuals.csv'), '--as-of', '2024-06-30', '--out', own])).toBe(0);
    expect(err).not.toContain('示例数据');
    expect((await slideTexts(readFileSync(own))).filter((t) => t.includes('示例数据'))).toEqual([]);
  });
});
