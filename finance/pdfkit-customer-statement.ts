import { readFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import { moneyText as formatYuan } from './yuan.js';
import type { CustomerStatement } from './customer-statement.js';

/** The printable 对账单 cannot be made: the CJK font is missing or unreadable. */
export class StatementFontError extends Error {
  constructor(readonly fontPath: string) {
    super(`the 对账单 font ${fontPath} cannot be read`);
    this.name = 'StatementFontError';
  }
}

/** Where the CJK font is: a .ttc with the face to use (Debian's fonts-noto-cjk), or a .ttf/.otf. */
export interface StatementFont {
  path: string;
  /** The face inside a font collection, e.g. `NotoSansCJKsc-Regular`. */
  face?: string;
}

/** A font setting `path` or `path#Face` (a face inside a .ttc collection). */
export function fontAt(setting: string): StatementFont {
  const hash = setting.lastIndexOf('#');
  return hash > 0 ? { path: setting.slice(0, hash), face: setting.slice(hash + 1) } : { path: setting };
}

/** Debian's fonts-noto-cjk, Simplified Chinese face. */
export const DEBIAN_NOTO_CJK: StatementFont = {
  path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  face: 'NotoSansCJKsc-Regular',
};

const COLUMNS = [
  { title: '日期', width: 55, align: 'left' as const },
  { title: '单据', width: 105, align: 'left' as const },
  { title: '摘要', width: 170, align: 'left' as const },
  { title: '应收增加', width: 60, align: 'right' as const },
  { title: '收款/冲减', width: 60, align: 'right' as const },
  { title: '余额', width: 65, align: 'right' as const },
];

const money = (fen: number) => (fen ? formatYuan(fen) : '');

/**
 * Renders 对账单 as A4 PDFs with the CJK font embedded (only the glyphs used, so a statement stays small). The
 * font file is read once, on first use.
 */
export function createStatementPdfRenderer(font: StatementFont = DEBIAN_NOTO_CJK) {
  let bytes: Promise<Buffer> | undefined;
  const fontBytes = () => {
    bytes ??= readFile(font.path).catch(() => {
      bytes = undefined;
      throw new StatementFontError(font.path);
    });
    return bytes;
  };

  return async function render(statement: CustomerStatement, shopName: string | null): Promise<Buffer> {
    const data = await fontBytes();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 40,
      info: { Title: `对账单 ${statement.customer.name}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    if (font.face) doc.registerFont('cjk', data, font.face);
    else doc.registerFont('cjk', data);
    doc.font('cjk');
    const left = doc.page.margins.left;
    const bottom = doc.page.height - doc.page.margins.bottom;
    doc.fontSize(16).text(`${shopName ? `${shopName} ` : ''}对账单`, { align: 'center' });
    doc.moveDown(0.3).fontSize(10);
    doc.text(`客户：${statement.customer.name}    期间：${statement.from} 至 ${statement.to}`);
    doc.text(`期初余额：${formatYuan(statement.openingFen)}`);
    doc.moveDown(0.5);
    const row = (cells: string[], bold = false) => {
      doc.fontSize(bold ? 9.5 : 9);
      const height =
        Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: COLUMNS[i]!.width - 4 }))) + 4;
      if (doc.y + height > bottom) {
        doc.addPage();
        header();
      }
      const y = doc.y;
      let x = left;
      cells.forEach((cell, i) => {
        doc.text(cell, x + 2, y + 2, { width: COLUMNS[i]!.width - 4, align: COLUMNS[i]!.align });
        x += COLUMNS[i]!.width;
      });
      doc
        .moveTo(left, y + height)
        .lineTo(x, y + height)
        .lineWidth(0.3)
        .stroke('#999999');
      doc.x = left;
      doc.y = y + height;
    };
    const header = () =>
      row(
        COLUMNS.map((c) => c.title),
        true,
      );
    header();
    for (const line of statement.lines) {
      row([
        line.day,
        line.document,
        line.description,
        money(line.debitFen),
        money(line.creditFen),
        formatYuan(line.balanceFen),
      ]);
    }
    row(['合计', '', '', money(statement.totals.debitFen), money(statement.totals.creditFen), ''], true);
    doc.moveDown(0.8).fontSize(10);
    const closing =
      statement.closingFen >= 0
        ? `期末应付：${formatYuan(statement.closingFen)}`
        : `期末预收：${formatYuan(-statement.closingFen)}`;
    doc.text(closing, left);
    if (statement.committedFen > 0)
      doc.text(`另有已确认未发货：${formatYuan(statement.committedFen)}（发货后计入应收）`, left);
    doc.moveDown(1).fontSize(9).text('如有出入，请在收到后 7 天内告知，谢谢！', left);
    doc.end();
    return done;
  };
}
