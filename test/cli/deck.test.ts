import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';

let err = '';
beforeEach(() => {
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

/** Text of every slide, in slide order. */
async function slideTexts(file: string): Promise<{ texts: string[]; images: string[]; tables: number }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
  return {
    texts: xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|')),
    images: Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n)),
    tables: xml.filter((x) => x.includes('<a:tbl>')).length,
  };
}

describe('npm run cli -- deck', () => {
  it('writes a 16:9 deck: cover, summary, flagged list, one slide per project, charts as images, figures and tables as text', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'im-deck-')), '半年.pptx');
    expect(await main(['deck', 'data', '--as-of', '2024-06-30', '--out', out])).toBe(0);
    expect(err).toContain('已生成');
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('cx="12192000" cy="6858000"'); // 13.333 × 7.5 in
    const { texts, images, tables } = await slideTexts(out);
    expect(texts).toHaveLength(8); // 9 flagged at 14 pt: two slides of the list
    expect(texts[0]).toContain('2024年半年绩效目标执行监控');
    expect(texts[1]).toContain('总体情况');
    expect(texts[1]).toMatch(/99\|指标\|88\|达标\|4\|预警\|5\|滞后/);
    expect(texts[2]).toContain('预警指标');
    expect(texts[2]).toContain('等保测评及安全运维服务成果');
    expect(texts[2]).toContain('制度保障：等保测评机构招标流程延长');
    expect(tables).toBe(2);
    expect(texts.slice(4).map((t) => t.split('|')[0])).toEqual(['“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维']);
    expect(texts[5]).toContain('26.0%|预算执行率');
    expect(texts[5]).toContain('主要偏差原因');
    // 省政务办 has two indicators not yet reported: its slide counts them (a seventh figure).
    expect(texts[7]).toMatch(/\|0\|预警\|1\|滞后\|2\|待填报/);
    expect(images.length).toBe(2 + 4); // a project slide has one chart: its 量化指标
  }, 120_000);

  it('makes the deck of the target tables alone (no actual, no spend: the start of a year) — it exited 3 on an ECharts error', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'im-deck-')), '年初.pptx');
    expect(await main(['deck', 'data/seed-tables.txt', '--as-of', '2024-06-30', '--out', out])).toBe(0);
    expect(err).toContain('已生成');
    expect(err).not.toContain('内部错误');
    const { texts, images } = await slideTexts(out);
    expect(texts).toHaveLength(7);
    expect(texts[1]).toMatch(/4\|项目\|99\|指标\|0\|达标\|0\|预警\|0\|滞后\|99\|待填报/);
    // The empty flagged list says why it is empty; the project slides' charts are images of their empty state.
    expect(texts[2]).toContain('预警指标');
    expect(texts[2]).toContain('尚无实际值：截至 6月30日 没有已填报的指标');
    expect(texts[3]).toMatch(/^“一企来办”平台运营运维费\|/);
    expect(texts[3]).toContain('—|预算执行率');
    expect(images.length).toBe(2 + 4);
    // Every chart image carries the alt text of its chart, the PNGs are real and not blank.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slide4 = await zip.file('ppt/slides/slide4.xml')!.async('string');
    expect(slide4).toContain('descr="量化指标达成情况"');
    for (const name of images) {
      const png = await zip.file(name)!.async('uint8array');
      expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5_000);
    }
  }, 120_000);

  it('needs --out', async () => {
    expect(await main(['deck', 'data', '--as-of', '2024-06-30'])).toBe(2);
    expect(err).toContain('--out');
  });
});
