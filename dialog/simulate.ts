import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseCatalogCsv } from '../catalog/catalog-csv.js';
import { parseCatalogJson } from '../catalog/catalog-file.js';
import { fenToYuan } from '../catalog/product.js';
import type { Product } from '../catalog/product.js';
import { formatRowError } from '../lib/file-rows.js';
import { createDialogEngine } from './dialog-engine.js';
import type { DialogEngine, DialogState, DialogTurn, OrderView, PastOrder } from './dialog-types.js';

export interface SimulateOptions {
  catalogPath: string;
  maxQtyPerLine: number;
  input: Readable;
  output: Writable;
  errors: Writable;
  /** The clock the dialogs run at (fixed, so runs are repeatable). */
  now?: Date;
  /**
   * Dialogs with picture turns (FORMAT.md §6), handled as the chat handles pictures (photo/simulate-pictures.ts):
   * one per dialog, given every turn. Without it a picture turn is an error of its dialog line.
   */
  pictures?: (products: readonly Product[]) => PictureDialog;
}

export type SimulatedTurn = string | { image: string };

/** A dialog whose turns may be pictures: each turn's replies, and the engine turn to keep (null: none). */
export interface PictureDialog {
  turn(
    turn: SimulatedTurn,
    engine: { run(text: string): DialogTurn; probe(text: string): DialogTurn },
  ): Promise<{ replies: string[]; turn: DialogTurn | null }>;
}

interface DialogLine {
  id: string;
  customer: { id: string; name: string; tier?: string };
  history?: PastOrder[];
  turns: SimulatedTurn[];
}

/** Result of one dialog as FORMAT.md §3 writes it (yuan, sale units). */
export async function simulateDialog(
  engine: DialogEngine,
  dialog: DialogLine,
  now: Date,
  pictures?: PictureDialog,
) {
  let state: DialogState | null = null;
  const replies: string[][] = [];
  let order: OrderView | null = null;
  const input = (text: string) => ({ text, customer: dialog.customer, history: dialog.history ?? [], now });
  for (const t of dialog.turns) {
    if (pictures) {
      const step = await pictures.turn(t, {
        run: (text) => engine.handle(state, input(text)),
        probe: (text) => engine.handle(null, input(text)),
      });
      replies.push(step.replies);
      if (step.turn) {
        state = step.turn.state;
        order = step.turn.order;
      }
      continue;
    }
    const turn = engine.handle(state, input(t as string));
    state = turn.state;
    replies.push(turn.replies);
    order = turn.order;
  }
  return {
    id: dialog.id,
    replies,
    order: order && {
      status: order.status,
      lines: order.lines.map((l) => ({
        sku: l.sku,
        qty: l.qty,
        unit: l.unit,
        unitPrice: fenToYuan(l.unitPriceFen),
      })),
      total: fenToYuan(order.totalFen),
    },
  };
}

export async function loadCatalogFile(
  path: string,
): Promise<{ ok: true; products: Product[] } | { ok: false; message: string }> {
  const text = await readFile(path, 'utf8');
  const parsed = /\.csv$/i.test(path) ? parseCatalogCsv(text) : parseCatalogJson(text);
  if (!parsed.ok) return { ok: false, message: parsed.errors.slice(0, 20).map(formatRowError).join('\n') };
  return { ok: true, products: parsed.products };
}

/** Reads dialogs from `input`, writes one result line per dialog; returns the exit code. */
export async function runSimulate(o: SimulateOptions): Promise<number> {
  const catalog = await loadCatalogFile(o.catalogPath);
  if (!catalog.ok) {
    o.errors.write(`catalog ${o.catalogPath} has errors:\n${catalog.message}\n`);
    return 65;
  }
  const engine = createDialogEngine({ products: catalog.products, maxQtyPerLine: o.maxQtyPerLine });
  const now = o.now ?? new Date('2026-01-01T08:00:00Z');
  let code = 0;
  let n = 0;
  for await (const raw of createInterface({ input: o.input, crlfDelay: Infinity })) {
    n += 1;
    if (!raw.trim()) continue;
    let dialog: DialogLine;
    try {
      dialog = JSON.parse(raw) as DialogLine;
      if (typeof dialog.id !== 'string' || !Array.isArray(dialog.turns))
        throw new Error('needs id and turns');
      for (const t of dialog.turns)
        if (typeof t !== 'string' && !(o.pictures && typeof t?.image === 'string'))
          throw new Error('a turn is text, or a picture {"image": path}');
    } catch (err) {
      o.errors.write(`line ${n}: ${(err as Error).message}\n`);
      code = 65;
      continue;
    }
    const pictures =
      o.pictures && dialog.turns.some((t) => typeof t !== 'string')
        ? o.pictures(catalog.products)
        : undefined;
    o.output.write(`${JSON.stringify(await simulateDialog(engine, dialog, now, pictures))}\n`);
  }
  return code;
}
