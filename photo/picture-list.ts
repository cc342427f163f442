import type { PictureText } from '../reader/picture-reader.js';
import { lineKind, quantityPattern } from './line-kinds.js';
import type { ListLine, ListReading, SetAsideLine } from './list-types.js';
import { stripListNumbers } from './list-numbers.js';
import { LIST_UNITS, PRICE, TOTAL } from './list-words.js';
import { headerColumns, rowLine, tableRow, type Column } from './table-lines.js';
import { textRows, type PlacedText, type TextRow } from './text-rows.js';

export interface ListOptions {
  /** Units the shop sells in besides the common ones (its catalog's units, aliases and conversions). */
  units?: readonly string[];
}

const lowest = (pieces: readonly PlacedText[]) => Math.min(1, ...pieces.map((p) => p.confidence));
const join = (pieces: readonly PlacedText[]) =>
  pieces
    .map((p) => p.text.trim())
    .filter(Boolean)
    .join(' ');

function lineOf(text: string, pieces: PlacedText[], source: ListLine['source']): ListLine {
  return {
    text,
    confidence: lowest(pieces),
    source,
    pieces: pieces.map((p) => ({ text: p.text, confidence: p.confidence })),
  };
}

/** Joins a quantity cell and a unit cell without a space (`2 吨` → `2吨`), dropping a price that crept in. */
function quantityText(pieces: readonly PlacedText[]): string {
  return join(pieces)
    .replace(PRICE, '')
    .replace(/(\d)\s+(?=\D)/g, '$1')
    .trim();
}

/**
 * Turns what a reader saw on a picture into the lines of an order list, in reading order: pieces on one row joined
 * (a few degrees of tilt and keystone tolerated), a delivery note's table joined per row into `品名 规格 数量单位`,
 * and list numbers, headers, titles, dates, phone numbers, prices, amounts, totals and phone chrome set aside.
 * Every line keeps the reader's confidence. Pure.
 */
export function readList(picture: PictureText, options: ListOptions = {}): ListReading {
  const units = [...LIST_UNITS, ...(options.units ?? [])];
  const quantity = quantityPattern(units);
  const strayBeforeUnit = new RegExp(
    `\\d\\s*[A-Za-z|丨]\\s*(${units.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
  );
  const rows = textRows(picture);
  const headerIndex = rows.findIndex((r) => headerColumns(r));
  const columns: Column[] | null = headerIndex >= 0 ? headerColumns(rows[headerIndex]!) : null;
  const tableLines: { at: number; line: ListLine }[] = [];
  const free: { at: number; row: TextRow; text: string }[] = [];
  const setAside: SetAsideLine[] = [];
  let inTable = false;

  rows.forEach((row, at) => {
    const text = join(row.pieces);
    if (columns && at === headerIndex) {
      inTable = true;
      setAside.push({ text, confidence: lowest(row.pieces), reason: 'form' });
      return;
    }
    if (inTable && columns) {
      if (TOTAL.test(text.replace(/\s+/g, ''))) {
        inTable = false;
        setAside.push({ text, confidence: lowest(row.pieces), reason: 'total' });
        return;
      }
      const goods = rowLine(tableRow(row, columns));
      if (goods) {
        const words = goods.words.map(join).join(' ');
        const quantityPart = quantityText(goods.quantity);
        const previous = tableLines.at(-1);
        const hasIndex = tableRow(row, columns).cells.some((c) => c.role === 'index');
        if (!quantityPart && !hasIndex && previous) {
          // The name or spec wrapped onto a second line of its cell.
          const pieces = [...previous.line.pieces.map((p) => ({ ...p })), ...goods.words.flat()];
          previous.line = { ...previous.line, text: `${previous.line.text} ${words}`, pieces };
          previous.line.confidence = Math.min(previous.line.confidence, lowest(goods.words.flat()));
          return;
        }
        const pieces = [...goods.words.flat(), ...goods.quantity];
        tableLines.push({ at, line: lineOf(`${words} ${quantityPart}`.trim(), pieces, 'table') });
        return;
      }
      setAside.push({ text, confidence: lowest(row.pieces), reason: 'form' });
      return;
    }
    free.push({ at, row, text });
  });

  const height = Math.max(1, picture.height);
  const items: { at: number; text: string; row: TextRow }[] = [];
  for (const { at, row, text } of free) {
    const kind = lineKind(text, { height: row.middle / height, confidence: lowest(row.pieces) }, quantity);
    if (kind.kind === 'item') items.push({ at, text: kind.text, row });
    else if (kind.reason === 'note' && !columns && strayBeforeUnit.test(text))
      // A number, a stray letter, a unit: an order line whose quantity was misread (1顶 read as 1J顶). It goes on
      // as a line, so that it is matched against the catalog or asked about, never dropped unseen.
      items.push({ at, text, row });
    else
      setAside.push({
        text,
        confidence: lowest(row.pieces),
        reason: columns ? formReason(kind.reason) : kind.reason,
      });
  }
  const unnumbered = stripListNumbers(items.map((i) => i.text));
  const listLines = items.map((item, i) => ({
    at: item.at,
    line: lineOf(unnumbered[i]!.trim(), item.row.pieces, 'list'),
  }));
  const lines = [...tableLines, ...listLines].sort((a, b) => a.at - b.at).map((l) => l.line);
  return { lines, setAside, table: columns !== null };
}

/** Around a delivery note's table, text without a quantity is the form's own (its shop name, signatures). */
function formReason(reason: SetAsideLine['reason']): SetAsideLine['reason'] {
  return reason === 'note' ? 'form' : reason;
}
