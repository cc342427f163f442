import ExcelJS from 'exceljs';
import type { CustomerStatement } from './customer-statement.js';

const yuan = (fen: number) => fen / 100;

/** The 对账单 as an Excel workbook (amounts in yuan with two decimals), for finance and customers who reconcile in Excel. */
export async function statementWorkbook(
  statement: CustomerStatement,
  shopName: string | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('对账单');
  sheet.columns = [
    { header: '日期', key: 'day', width: 12 },
    { header: '单据', key: 'document', width: 22 },
    { header: '订单号', key: 'order', width: 18 },
    { header: '摘要', key: 'description', width: 48 },
    { header: '应收增加', key: 'debit', width: 14, style: { numFmt: '#,##0.00' } },
    { header: '收款/冲减', key: 'credit', width: 14, style: { numFmt: '#,##0.00' } },
    { header: '余额', key: 'balance', width: 14, style: { numFmt: '#,##0.00' } },
  ];
  sheet.insertRow(1, [
    `${shopName ? `${shopName} ` : ''}对账单：${statement.customer.name}，${statement.from} 至 ${statement.to}`,
  ]);
  sheet.insertRow(2, ['期初余额', '', '', '', '', '', yuan(statement.openingFen)]);
  for (const line of statement.lines) {
    sheet.addRow({
      day: line.day,
      document: line.document,
      order: line.orderNumber ?? '',
      description: line.description,
      debit: line.debitFen ? yuan(line.debitFen) : null,
      credit: line.creditFen ? yuan(line.creditFen) : null,
      balance: yuan(line.balanceFen),
    });
  }
  sheet.addRow({
    day: '合计',
    debit: yuan(statement.totals.debitFen),
    credit: yuan(statement.totals.creditFen),
  });
  sheet.addRow({ day: '期末余额', balance: yuan(statement.closingFen) });
  if (statement.committedFen) sheet.addRow({ day: '已确认未发货', balance: yuan(statement.committedFen) });
  sheet.getRow(3).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
