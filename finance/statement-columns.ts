/**
 * The column names Chinese banks use in statement exports (FORMAT.md §2), and how a header row is recognised.
 * Names are compared after {@link headerKey}: full-width folded, spaces removed, a unit such as `(元)` and an
 * English caption such as `[ Transaction Date ]` dropped.
 */

/** What a statement column holds. */
export type ColumnRole =
  | 'date'
  | 'time'
  | 'income'
  | 'expense'
  | 'signedAmount'
  | 'direction'
  | 'payerName'
  | 'payerAccount'
  | 'remark'
  | 'balance'
  | 'serial';

/** Date columns, most preferred first: the transaction date, then the booking date only when no other. */
const dateNames = ['交易日期', '交易时间', '交易日', '日期', '发生日期', '记账日期', '入账日期', '记账时间'];

const namesByRole: Record<Exclude<ColumnRole, 'date'>, readonly string[]> = {
  time: ['时间', '交易时刻'],
  income: [
    '收入金额',
    '收入',
    '贷方发生额',
    '贷方金额',
    '存入金额',
    '交易金额(收入)',
    '记账金额(收入)',
    '贷方',
    '收入额',
    '转入金额',
    '存入',
  ],
  expense: [
    '支出金额',
    '支出',
    '借方发生额',
    '借方金额',
    '交易金额(支出)',
    '记账金额(支出)',
    '借方',
    '支出额',
    '转出金额',
    '取出金额',
    '取出',
  ],
  signedAmount: ['交易金额', '金额', '发生额', '交易额'],
  direction: [
    '借贷',
    '借贷标志',
    '收支',
    '收/支',
    '借/贷',
    '借贷方向',
    '收支标志',
    '收支方向',
    '交易方向',
    '借贷标识',
  ],
  payerName: [
    '对方户名',
    '对方名称',
    '对方账户名称',
    '对方账户名',
    '对手户名',
    '交易对方',
    '对手信息',
    '对方单位',
    '对方单位名称',
    '对手方户名',
    '对手方名称',
    '付款人名称',
    '收/付方名称',
  ],
  payerAccount: ['对方账号', '对方账户', '对方卡号/账号', '对手账号', '对方卡号', '对手方账号', '付款人账号'],
  remark: [
    '摘要',
    '附言',
    '用途',
    '备注',
    '交易摘要',
    '客户摘要',
    '交易附言',
    '交易详情',
    '交易类型',
    '交易名称',
    '交易用途',
    '摘要/附言',
    '交易备注',
    '业务摘要',
    '交易说明',
    '附加信息',
  ],
  balance: ['余额', '账户余额', '当前余额', '交易后余额', '联机余额', '本次余额'],
  serial: ['交易流水号', '流水号', '凭证号', '交易序号', '交易参考号', '柜员流水号', '业务流水号', '日志号'],
};

const roleOfName = new Map<string, ColumnRole>();
dateNames.forEach((name) => roleOfName.set(name, 'date'));
for (const [role, names] of Object.entries(namesByRole)) {
  for (const name of names) roleOfName.set(name, role as ColumnRole);
}

/** The names a reader needs, for the message that refuses a header (a few of each). */
export const neededColumnsText = {
  date: dateNames.slice(0, 3),
  amount: ['收入金额', '贷方发生额', '交易金额(收入)', '交易金额', '金额'],
};

/** A header cell reduced to the form the name tables use. */
export function headerKey(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/[[(]\s*[A-Za-z][A-Za-z .'/&-]*[\])]/g, '')
    .replace(/[A-Za-z][A-Za-z .'/&-]*$/, '')
    .replace(/\s+/g, '')
    .replace(/^\*+/, '')
    .replace(/[:：]$/, '')
    .replace(/\((元|人民币|RMB|CNY)\)$/i, '');
}

/** The role of one header cell, or undefined when the name is not one banks use. */
export function roleOf(cell: string): ColumnRole | undefined {
  return roleOfName.get(headerKey(cell));
}

/** Where each kind of column sits in a recognised header (indexes into the row's cells). */
export interface ColumnMap {
  /** Date columns, most preferred first. */
  dates: number[];
  times: number[];
  income: number[];
  expense: number[];
  signedAmount: number[];
  direction: number[];
  payerName: number[];
  payerAccount: number[];
  remark: number[];
  balance: number[];
  serial: number[];
}

/** Maps a header row's cells to roles; a row is a header when it has a date column and an amount column. */
export function mapColumns(cells: readonly string[]): ColumnMap {
  const map: ColumnMap = {
    dates: [],
    times: [],
    income: [],
    expense: [],
    signedAmount: [],
    direction: [],
    payerName: [],
    payerAccount: [],
    remark: [],
    balance: [],
    serial: [],
  };
  const roles: Record<ColumnRole, keyof ColumnMap> = {
    date: 'dates',
    time: 'times',
    income: 'income',
    expense: 'expense',
    signedAmount: 'signedAmount',
    direction: 'direction',
    payerName: 'payerName',
    payerAccount: 'payerAccount',
    remark: 'remark',
    balance: 'balance',
    serial: 'serial',
  };
  cells.forEach((cell, index) => {
    const role = roleOf(cell);
    if (role) map[roles[role]].push(index);
  });
  const rank = (index: number) => dateNames.indexOf(headerKey(cells[index] ?? ''));
  map.dates.sort((a, b) => rank(a) - rank(b));
  return map;
}

/** True when the mapped row names a date column and an income, expense or amount column. */
export function isHeader(map: ColumnMap): boolean {
  return map.dates.length > 0 && map.income.length + map.expense.length + map.signedAmount.length > 0;
}

/** How many cells of the row have a role: used to pick the separator and the likeliest header. */
export function recognisedCount(map: ColumnMap): number {
  return Object.values(map).reduce((sum: number, list: number[]) => sum + list.length, 0);
}
