// Recognises files that are not text by their first bytes, so that a spreadsheet or Word file is
// named as such instead of being decoded as text and refused as "无法识别文件内容". Accepts any
// bytes; recognises: ZIP-based Office files (.xlsx/.xlsm by an `xl/` entry, .docx by `word/`,
// .pptx by `ppt/`, else a plain zip), OLE2 compound files (.xls/.doc of Office 97–2003), PDF.
// .xlsx/.xlsm and .docx are read before the loader (io/xlsx/expand, io/tableFiles) when a user
// chooses or drops them, or names them to the CLI; one reaching the loader directly (a data link)
// is refused saying how to load it. .xls/.doc of Office 97–2003 are not read: the message says what to do.

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const OPEN_HERE = '请在“数据”页选择或拖入此文件（或用命令行 import-table / report 读取），其中的绩效目标表、实际值和执行数会被读取；文件未导入';
const SAVE_AS = '目前不能直接读取：请在 Excel 中“另存为” .xlsx 或 CSV UTF-8（逗号分隔）后载入，或复制表格内容粘贴到“粘贴绩效目标表”';

/** What the file is and what to do, or null for text (to be decoded as usual). */
export function binaryDocument(name: string, content: Uint8Array | string): string | null {
  if (typeof content === 'string' || content.length < 4) return null;
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(content, ZIP)) {
    // Entry names stand in the local headers near the start: enough to tell the Office formats apart.
    const head = new TextDecoder('latin1').decode(content.subarray(0, 64 * 1024));
    if (/xl\//.test(head) || ext === 'xlsx' || ext === 'xlsm') return `是 Excel 工作簿（.${ext === 'xlsm' ? 'xlsm' : 'xlsx'}），${OPEN_HERE}`;
    if (/word\//.test(head) || ext === 'docx') return `是 Word 文档（.docx），${OPEN_HERE}`;
    if (/ppt\//.test(head) || ext === 'pptx') return '是 PowerPoint 演示文稿（.pptx），不是数据文件；文件未导入';
    return '是压缩包（zip），请解压后载入其中的文件；文件未导入';
  }
  if (startsWith(content, OLE2)) {
    if (ext === 'doc') return `是 Word 97–2003 文档（.doc），目前不能直接读取：请在 Word 中“另存为” .docx 后载入，或复制其中的表格粘贴到“粘贴绩效目标表”；文件未导入`;
    return `是 Excel 97–2003 工作簿（.${ext === 'xls' ? 'xls' : ext || 'xls'}），${SAVE_AS}；文件未导入`;
  }
  if (startsWith(content, PDF)) return '是 PDF 文件，不能读取其中的表格：请从原表另存为 CSV 或复制表格文本；文件未导入';
  return null;
}
