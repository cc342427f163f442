/**
 * A deterministic stand-in for the dialog engine, used by bot tests to exercise the channels without depending on
 * the real engine's wording. It knows cement only: "水泥 50袋" asks for the grade, "42.5" answers, "确认" confirms,
 * "取消" cancels.
 */
import type { DialogEngine, DialogState, DraftLine, OrderView } from '../../dialog/dialog-types.js';
import type { Product } from '../../catalog/product.js';

export const TINY_PRODUCTS: Product[] = [
  { sku: 'CEM-325', grade: '32.5', priceFen: 2000 },
  { sku: 'CEM-425', grade: '42.5', priceFen: 2500 },
].map((p) => ({
  sku: p.sku,
  name: '水泥',
  aliases: [],
  specs: { 标号: p.grade },
  unit: '袋',
  unitAliases: ['包'],
  conversions: {},
  priceFen: p.priceFen,
  tierPricesFen: {},
  priceBreaks: [],
  stock: 1000,
  active: true,
}));

interface TinyState extends DialogState {
  lines: DraftLine[];
  pendingQty: number | null;
  revision: number;
  status: 'draft' | 'confirmed' | 'cancelled';
}

export const TINY_QUESTION = '水泥要哪个标号？32.5 / 42.5';

export function createTinyEngine(): DialogEngine {
  return {
    handle(prev, input) {
      const s: TinyState = prev
        ? structuredClone(prev as TinyState)
        : { v: 1, lines: [], pendingQty: null, revision: 0, status: 'draft' };
      const replies: string[] = [];
      const events: { type: 'confirmed'; order: OrderView; revision: number }[] = [];
      const text = input.text;
      const grade = /42\.5|425/.test(text) ? '42.5' : /32\.5|325/.test(text) ? '32.5' : null;
      const qty = Number(/(\d+)\s*[袋包]/.exec(text)?.[1] ?? 0);
      const view = (): OrderView => ({
        status: s.status,
        lines: s.lines,
        totalFen: s.lines.reduce((t, l) => t + l.qty * l.unitPriceFen, 0),
      });
      const add = (q: number, g: string) => {
        const p = TINY_PRODUCTS.find((x) => x.specs['标号'] === g) as Product;
        s.lines.push({ sku: p.sku, qty: q, unit: p.unit, unitPriceFen: p.priceFen });
        s.revision += 1;
        s.pendingQty = null;
        replies.push(`好的，${p.sku} ${q}袋，确认的话回复「确认」。`);
      };
      if (/取消/.test(text)) {
        s.status = 'cancelled';
        replies.push('好的，已取消。');
        return { state: s, replies, events: [{ type: 'cancelled' }], order: view() };
      }
      if (/确认/.test(text) && s.lines.length && s.pendingQty === null) {
        s.status = 'confirmed';
        replies.push('好的，已确认。');
        events.push({ type: 'confirmed', order: view(), revision: s.revision });
      } else if (/水泥/.test(text) && qty > 0) {
        if (grade) add(qty, grade);
        else {
          s.pendingQty = qty;
          replies.push(TINY_QUESTION);
        }
      } else if (s.pendingQty !== null && grade) {
        add(s.pendingQty, grade);
      } else {
        replies.push('请问要什么货？');
      }
      return { state: s, replies, events, order: s.lines.length ? view() : null };
    },
  };
}
