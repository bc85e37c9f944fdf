import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { binaryDocument } from '../../src/io/binaryKind';
import { loadFiles } from '../../src/io/load';

const zip = async (entries: string[]) => {
  const z = new JSZip();
  for (const e of entries) z.file(e, '<x/>');
  return z.generateAsync({ type: 'uint8array' });
};
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('binaryDocument', () => {
  it('names an Excel workbook by its xl/ entries, whatever its file name, and says how it is read (not that it cannot be)', async () => {
    const xlsx = await zip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(binaryDocument('目标表.xlsx', xlsx)).toBe('是 Excel 工作簿（.xlsx），请在“数据”页选择或拖入此文件（或用命令行 import-table / report 读取），其中的绩效目标表、实际值和执行数会被读取；文件未导入');
    expect(binaryDocument('表.docx', await zip(['word/document.xml']))).toBe('是 Word 文档（.docx），请在“数据”页选择或拖入此文件（或用命令行 import-table / report 读取），其中的绩效目标表、实际值和执行数会被读取；文件未导入');
    expect(binaryDocument('旧表.xls', OLE2)).toBe('是 Excel 97–2003 工作簿（.xls），目前不能直接读取：请在 Excel 中“另存为” .xlsx 或 CSV UTF-8（逗号分隔）后载入，或复制表格内容粘贴到“粘贴绩效目标表”；文件未导入');
    expect(binaryDocument('目标表.csv', xlsx)).toContain('是 Excel 工作簿');
  });

  it('tells Word, PowerPoint, a plain zip, Office 97–2003 and PDF apart', async () => {
    expect(binaryDocument('表.docx', await zip(['word/document.xml']))).toContain('是 Word 文档（.docx）');
    expect(binaryDocument('会.pptx', await zip(['ppt/presentation.xml']))).toContain('是 PowerPoint 演示文稿');
    expect(binaryDocument('a.zip', await zip(['a.csv']))).toBe('是压缩包（zip），请解压后载入其中的文件；文件未导入');
    expect(binaryDocument('旧表.xls', OLE2)).toContain('是 Excel 97–2003 工作簿（.xls）');
    expect(binaryDocument('旧表.doc', OLE2)).toContain('是 Word 97–2003 文档（.doc）');
    expect(binaryDocument('x.pdf', new TextEncoder().encode('%PDF-1.7\n'))).toContain('是 PDF 文件');
  });

  it('leaves text alone, in any encoding', () => {
    expect(binaryDocument('a.csv', new TextEncoder().encode('项目名称,日期\n'))).toBeNull();
    expect(binaryDocument('a.csv', 'PK\u0003\u0004 as text')).toBeNull();
    expect(binaryDocument('a.csv', new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBeNull();
  });

  it('makes the loader name the file with that message and load the rest', async () => {
    const r = loadFiles([{ name: '目标表.xlsx', content: await zip(['xl/workbook.xml']) }, { name: 'p.json', content: '{"projects":[{"name":"甲","year":2024}]}' }]);
    expect(r.problems.map((p) => [p.code, p.source?.file])).toEqual([['binary-file', '目标表.xlsx']]);
    expect(r.files.map((f) => [f.name, f.kind, f.errors])).toEqual([['目标表.xlsx', 'unknown', 1], ['p.json', 'projects-json', 0]]);
    expect(r.dataset.projects).toHaveLength(1);
  });
});
