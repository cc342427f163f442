import type { PlacedText, TextRow } from './text-rows.js';
import { COLUMN_WORDS, type ColumnRole } from './list-words.js';

/** A column of a table, from its header cell. */
export interface Column {
  role: ColumnRole;
  centre: number;
}

/** One body row of a table, its cells' text by column role, in column order. */
export interface TableRow {
  cells: { role: ColumnRole; pieces: PlacedText[] }[];
}

const squeeze = (s: string) => s.replace(/[\s:：|｜]/g, '');

/** Splits a header piece into the column words it is made of (`序号品名` → 序号, 品名), or null. */
function headerWords(text: string): ColumnRole[] | null {
  let rest = squeeze(text);
  const roles: ColumnRole[] = [];
  while (rest) {
    const hit = COLUMN_WORDS.find(([word]) => rest.startsWith(word));
    if (!hit) return null;
    roles.push(hit[1]);
    rest = rest.slice(hit[0].length);
  }
  return roles.length ? roles : null;
}

/**
 * The columns when `row` is a table's header: every piece is made of column words, and they name at least three
 * columns, among them the goods' name and the quantity. A piece holding several words is split evenly.
 */
export function headerColumns(row: TextRow): Column[] | null {
  const columns: Column[] = [];
  for (const piece of row.pieces) {
    const roles = headerWords(piece.text);
    if (!roles) return null;
    const width = (piece.right - piece.left) / roles.length;
    roles.forEach((role, i) => columns.push({ role, centre: piece.left + width * (i + 0.5) }));
  }
  const roles = new Set(columns.map((c) => c.role));
  if (columns.length < 3 || !roles.has('name') || !roles.has('quantity')) return null;
  return columns.sort((a, b) => a.centre - b.centre);
}

/** The column a piece belongs to: the one whose header centre is nearest to the piece's centre. */
function columnOf(piece: PlacedText, columns: readonly Column[]): Column {
  const centre = (piece.left + piece.right) / 2;
  let best = columns[0]!;
  for (const c of columns) if (Math.abs(c.centre - centre) < Math.abs(best.centre - centre)) best = c;
  return best;
}

/** Sorts a body row's pieces into the columns. */
export function tableRow(row: TextRow, columns: readonly Column[]): TableRow {
  const cells: TableRow['cells'] = [];
  for (const column of columns) {
    const pieces = row.pieces.filter((p) => columnOf(p, columns) === column);
    if (pieces.length) cells.push({ role: column.role, pieces });
  }
  return { cells };
}

const GOODS_ROLES: readonly ColumnRole[] = ['name', 'brand', 'spec'];

/**
 * The order line a table row stands for: name, brand and spec in column order, then the quantity with its unit
 * (`普通硅酸盐水泥 海螺P.O42.5 50kg 2吨`). Index, price, amount and remarks columns are left out. `null` for a row
 * without goods (an empty or index-only row).
 */
export function rowLine(row: TableRow): { words: PlacedText[][]; quantity: PlacedText[] } | null {
  const words = row.cells.filter((c) => GOODS_ROLES.includes(c.role)).map((c) => c.pieces);
  if (words.length === 0) return null;
  const quantity = row.cells
    .filter((c) => c.role === 'quantity' || c.role === 'unit')
    .flatMap((c) => c.pieces);
  return { words, quantity };
}
