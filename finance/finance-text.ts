/**
 * Every Chinese sentence the finance core shows to the back office (import messages and match reasons), kept in
 * one place so wording and tone are reviewed together.
 */
import type { StatementSummary } from './statement-types.js';

const yuan = (fen: number) => (fen / 100).toFixed(2);
const list = (items: readonly string[]) => items.join('、');

const layoutNames: Record<StatementSummary['layout'], string> = {
  'income-and-expense-columns': '收入、支出分列',
  'signed-amount': '单列金额（正数收入、负数支出）',
  'amount-and-direction': '金额列加借贷方向列',
};

/** Messages of the statement reader. */
export const statementText = {
  headerNotRecognised: (found: readonly string[]) =>
    `无法识别流水表头：找到的列为「${found.length ? list(found) : '（空）'}」；` +
    '需要一个日期列（交易日期、记账日期或交易时间）和一个金额列' +
    '（收入金额、贷方发生额、交易金额(收入)，或带正负号的交易金额、金额）。未导入任何数据。',
  csvBroken: (line: number | undefined) =>
    `文件不是可读的 CSV${line !== undefined ? `（第 ${line} 行附近引号不成对）` : ''}。`,
  xlsxBroken: '无法打开 Excel 文件：文件已损坏或不完整，请从网银重新导出后再导入。',
  notAStatement: (what: string) =>
    `这不是 CSV 或 Excel（.xlsx）文件，看起来是${what}。请在网银里把流水导出为 CSV 或 Excel 后再导入。`,
  noTransactions: '文件里找到了表头，但下面没有一笔流水。未导入任何数据。',
  xlsxNoSheet: 'Excel 文件里没有工作表。',
  oldExcel: '这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入。',
  emptyFile: '文件是空的。',
  badDate: (cell: string) => `日期「${cell}」不是有效日期`,
  badAmount: (problem: 'amount' | 'both') =>
    problem === 'both' ? '收入和支出两列同时有金额，无法判断方向' : '金额不是有效数字',
  badRow: (line: number, fileLine: number, problem: string) =>
    `流水第 ${line} 笔（文件第 ${fileLine} 行）：${problem}`,
  badRowsStop: (count: number) =>
    `有 ${count} 笔流水无法读取，未做任何匹配。核对后可加 --allow-bad-rows 跳过这些行继续。`,
  badRowsSkipped: (count: number) => `已跳过 ${count} 笔无法读取的流水。`,
  summary: (summary: StatementSummary) => {
    const source =
      summary.source.format === 'xlsx'
        ? `Excel（工作表「${summary.source.sheet}」）`
        : `CSV（${summary.source.encoding === 'gbk' ? 'GBK' : summary.source.encoding === 'utf-16' ? 'UTF-16' : 'UTF-8'}，${summary.source.separator === 'tab' ? '制表符' : '逗号'}分隔）`;
    const period = summary.firstDate ? `${summary.firstDate} 至 ${summary.lastDate}` : '无交易';
    return (
      `已识别：${summary.bank ?? '未标明银行'}，${layoutNames[summary.layout]}，${source}；` +
      `${summary.accountHolder ? `户名 ${summary.accountHolder}；` : ''}日期 ${period}；` +
      `收入 ${summary.incomeRows} 笔，支出 ${summary.expenseRows} 笔（已跳过），` +
      `${summary.zeroRows ? `零金额 ${summary.zeroRows} 笔，` : ''}合计行 ${summary.summaryLines} 行（已忽略）` +
      `${summary.otherLines ? `，其他说明行 ${summary.otherLines} 行` : ''}` +
      `${summary.badRows ? `，无法读取 ${summary.badRows} 笔` : ''}。`
    );
  },
};

/** Reasons the matcher gives for each decision, one per kind of situation (FORMAT.md §6). */
export const matchText = {
  interest: '银行结息，不是客户付款',
  ownAccount: (holder: string) => `本单位账户（${holder}）之间的转账，不是客户付款`,
  payerOrderConflict: (payer: string, orders: readonly string[]) =>
    `付款人${payer}是另一客户的付款人，附言中的单号 ${list(orders)} 不属于该客户，需人工确认`,
  orderNotOpen: (orders: readonly string[]) =>
    `附言中的单号 ${list(orders)} 不在未结清订单中（已付清或不存在），需人工核对`,
  orderAmbiguous: (text: string) => `附言「${text}」可对应多张订单，需人工确认`,
  outOfWindow: (order: string) => `附言含订单号 ${order}，但付款日期不在该单的对账期内，需人工确认`,
  orderSettled: (order: string, overFen: number, shortFen: number) =>
    `附言含订单号 ${order}` +
    (overFen > 0
      ? `，多付 ${yuan(overFen)} 元记预收`
      : shortFen > 0
        ? `，少付 ${yuan(shortFen)} 元在手续费容差内，结清`
        : '，金额相符'),
  partPayment: (order: string, remainingFen: number) =>
    `附言含订单号 ${order}，部分付款，该单尚欠 ${yuan(remainingFen)} 元`,
  severalOrders: (orders: readonly string[], overFen: number) =>
    `附言含订单号 ${list(orders)}，一次付清` + (overFen > 0 ? `，多付 ${yuan(overFen)} 元记预收` : ''),
  severalOrdersShort: (orders: readonly string[]) =>
    `附言含多张订单 ${list(orders)}，金额不足以付清全部或不属同一客户/不在对账期内，需人工分配`,
  knownPayer: (payer: string, order: string, shortFen: number) =>
    `付款人${payer}为已知客户，金额与其未结订单 ${order} 唯一相符` +
    (shortFen > 0 ? `（少 ${yuan(shortFen)} 元，在手续费容差内）` : ''),
  paysAllOpen: (payer: string, orders: readonly string[]) =>
    `付款人${payer}为已知客户，金额正好等于其全部未结订单 ${list(orders)} 之和`,
  customerInRemark: (customer: string, inner: string) => `附言写明客户「${customer}」；${inner}`,
  amountAmbiguous: (payer: string, orders: readonly string[]) =>
    `付款人${payer}为已知客户，但金额可对应 ${list(orders)} 中不止一种组合，需人工确认`,
  amountOutOfWindow: (payer: string, order: string) =>
    `付款人${payer}为已知客户，金额与 ${order} 相符，但付款日期不在该单的对账期内，需人工确认`,
  knownPayerNoAmount: (payer: string) => `付款人${payer}为已知客户，但金额与其未结订单都不相符`,
  amountOnly: (payer: string | null, orders: readonly string[]) =>
    `${payer ? `付款人「${payer}」不在客户付款人名单中` : '付款人未知'}，金额与 ${list(orders)} 相符，需人工确认`,
  unknownPayer: (payer: string | null) =>
    `${payer ? `付款人「${payer}」不在客户付款人名单中` : '付款人未知'}，金额无对应订单`,
  ambiguousPayer: (name: string) => `「${name}」同时是多个客户的付款人，不能认定`,
};
