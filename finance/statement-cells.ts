/**
 * Reading single statement cells: amounts, dates, times, the 借贷 direction and the counterparty. Every function
 * is total: it says "none" or "invalid" instead of throwing.
 */

/** Trims spaces, tabs and no-break spaces, and unwraps the `="…"` that some exports write to keep text as text. */
export function cleanCell(cell: string | undefined): string {
  if (!cell) return '';
  const trimmed = cell.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/g, '');
  const wrapped = /^="(.*)"$/.exec(trimmed);
  const text = wrapped ? wrapped[1]!.trim() : trimmed;
  // Some banks fill empty cells with a run of dashes (`----------`).
  return /^[-—]{3,}$/.test(text) ? '' : text;
}

/** An amount cell: nothing in it, a signed amount in fen, or text that is not an amount. */
export type AmountCell = { kind: 'none' } | { kind: 'amount'; fen: number } | { kind: 'invalid' };

const noAmount = new Set(['', '-', '--', '—', '——', '/']);

/** `+10,000.00`, `-1,000.00`, `¥1234.5`, `(12.00)`: yuan with up to two decimals (more only when zeros). */
export function parseAmount(cell: string): AmountCell {
  let text = cleanCell(cell).normalize('NFKC').replace(/\s+/g, '');
  if (noAmount.has(text)) return { kind: 'none' };
  let negative = false;
  const inParentheses = /^\((.*)\)$/.exec(text);
  if (inParentheses) {
    negative = true;
    text = inParentheses[1]!;
  }
  text = text.replace(/^(RMB|CNY)/i, '').replace(/(元|RMB|CNY)$/i, '');
  const sign = /^([+-])?[¥￥]?([+-])?(.*)$/.exec(text)!;
  if (sign[1] === '-' || sign[2] === '-') negative = !negative;
  const digits = sign[3]!;
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(digits)) return { kind: 'invalid' };
  const [whole, fraction = ''] = digits.replace(/,/g, '').split('.');
  if (!/^\d{0,2}0*$/.test(fraction)) return { kind: 'invalid' };
  const fen = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return { kind: 'invalid' };
  return { kind: 'amount', fen: negative ? -fen : fen };
}

/** A date as read from a cell, with the time when the cell holds one. */
export interface CellDate {
  date: string;
  time: string | null;
}

const pad = (n: string) => n.padStart(2, '0');

function validDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** `2026-12-01`, `2026/12/1`, `20261201`, `2026年12月1日`, `2026.12.01`, each optionally with a time after it. */
export function parseDate(cell: string): CellDate | null {
  const text = cleanCell(cell).normalize('NFKC');
  const match =
    /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?:(?:\s+|T|-|\s*,\s*)(.*))?$/.exec(text);
  if (!match) return null;
  const date = validDate(match[1]!, match[2] ?? match[4]!, match[3] ?? match[5]!);
  if (!date) return null;
  const rest = match[6]?.trim();
  if (!rest) return { date, time: null };
  const time = parseTime(rest.replace(/\.\d+$/, ''));
  return time ? { date, time } : null;
}

/** `09:20:43`, `09.20.43`, `9:20`, `092043`, `92043` (Excel drops the leading zero): a time of day. */
export function parseTime(cell: string): string | null {
  const text = cleanCell(cell).normalize('NFKC');
  const match = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text) ?? /^(\d{1,2})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [hour, minute, second = '00'] = [match[1]!, match[2]!, match[3]];
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return `${pad(hour)}:${minute}:${second}`;
}

/** The money's direction as a 借贷 / 收支 cell says it; undefined when the cell is empty or says something else. */
export function parseDirection(cell: string): 'income' | 'expense' | undefined {
  const text = cleanCell(cell).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  if (/^(贷|收|入|存入|转入|来账|cr$|c$|credit$)/.test(text)) return 'income';
  if (/^(借|支|出|取出|转出|往账|dr$|d$|debit$)/.test(text)) return 'expense';
  return undefined;
}

/** A counterparty cell split into the name and the account number that banks sometimes append to it. */
export interface Counterparty {
  /** The name, or null when the cell names nobody (empty, only an account number, or `--`). */
  name: string | null;
  account: string | null;
}

const accountRun = /^[0-9A-Za-z*]{6,}$/;
const hasAccountCharacter = /[0-9*]/;

/** `北京住房公积金管理中心1111111111` → name and account; `6226******5669` and `--` name nobody. */
export function splitCounterparty(cell: string): Counterparty {
  const text = cleanCell(cell);
  if (noAmount.has(text)) return { name: null, account: null };
  const compact = text.replace(/\s+/g, '');
  if (accountRun.test(compact) && hasAccountCharacter.test(compact)) return { name: null, account: compact };
  const trailing = /^(.*?)\s*([0-9A-Za-z*]{6,})$/.exec(text);
  if (trailing && hasAccountCharacter.test(trailing[2]!) && trailing[1]!.trim()) {
    return { name: trailing[1]!.trim(), account: trailing[2]! };
  }
  return { name: text, account: null };
}

/** The account cell itself: digits and `*`, or null when empty or `--`. */
export function cleanAccount(cell: string): string | null {
  const text = cleanCell(cell).replace(/\s+/g, '');
  return noAmount.has(text) ? null : text;
}
