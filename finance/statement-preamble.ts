import { cleanCell } from './statement-cells.js';
import type { TableRow } from './statement-table.js';

const holderLabel = /^(?:账户户名|账户名称|账户名|户名|单位名称|客户名称|公司名称)\s*[:：]?\s*(.*)$/;

/** Cuts a value where the next label of the same cell begins (`户名：X 账号：Y`). */
function beforeNextLabel(value: string): string {
  return value.split(/\s+(?=\S*[:：])|\s{2,}|\t/)[0]!.trim();
}

/** The account holder named on a line above the header: `户名：X`, `账户户名：X`, or `户名,X` in two cells. */
export function findAccountHolder(preamble: readonly TableRow[]): string | null {
  for (const row of preamble) {
    const cells = row.cells.map(cleanCell);
    for (let index = 0; index < cells.length; index++) {
      const match = holderLabel.exec(cells[index]!.normalize('NFKC'));
      if (!match) continue;
      const inline = beforeNextLabel(match[1]!);
      if (inline) return inline;
      const next = cells.slice(index + 1).find((cell) => cell !== '');
      if (next) return beforeNextLabel(next.normalize('NFKC'));
    }
  }
  return null;
}

const banks: [RegExp, string][] = [
  [/工商银行|ICBC/i, '中国工商银行'],
  [/农业银行|ABC\b/, '中国农业银行'],
  [/建设银行|CCB\b/, '中国建设银行'],
  [/交通银行|BOCOM/i, '交通银行'],
  [/招商银行|CMB\b/, '招商银行'],
  [/邮政储蓄|邮储/, '中国邮政储蓄银行'],
  [/浦发|浦东发展/, '上海浦东发展银行'],
  [/中信银行/, '中信银行'],
  [/民生银行/, '中国民生银行'],
  [/兴业银行/, '兴业银行'],
  [/平安银行/, '平安银行'],
  [/光大银行/, '中国光大银行'],
  [/华夏银行/, '华夏银行'],
  [/广发银行/, '广发银行'],
  [/农商银行|农村商业银行|农信/, '农村商业银行'],
  [/中国银行|BANK OF CHINA/i, '中国银行'],
];

/** Headers and titles that only one bank's exports carry. */
const bankMarks: [RegExp, string][] = [
  [/明细查询文件下载|交易国家或地区简称/, '中国工商银行'],
  [/客户摘要/, '招商银行'],
  [/日\s*志\s*号/, '中国农业银行'],
];

/** The bank an export names above its header (its title or 开户行), or whose own header it uses; else null. */
export function findBank(preamble: readonly TableRow[], header: readonly string[]): string | null {
  const text = preamble.map((row) => row.cells.map(cleanCell).join(' ')).join('\n');
  for (const [pattern, name] of banks) if (pattern.test(text)) return name;
  const marks = `${text}\n${header.join(' ')}`;
  for (const [pattern, name] of bankMarks) if (pattern.test(marks)) return name;
  return null;
}
