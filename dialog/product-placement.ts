import type { QuantityToken } from '../catalog/mention-scan.js';
import type { Product } from '../catalog/product.js';
import { canonicalUnit, caseUnitFactor, pieceIsSaleUnit, sameSinglePiece } from '../catalog/units.js';
import type { ConversationState, LineAmountSaid, SaidQuantity } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { idOf } from './turn-world.js';
import type { TurnWorld } from './turn-world.js';

/** A quantity token of the catalog analysis as the conversation keeps it. */
export function saidOf(token: QuantityToken): SaidQuantity {
  return {
    value: token.value,
    ...(token.unit && { unit: token.unit }),
    ...(token.plus && { plus: token.plus }),
    text: token.raw,
    ...(token.invalid && { invalid: true }),
  };
}

/**
 * Sale units for a quantity said in some unit (两吨 of a 50 kg bag is 40袋; 一箱零6瓶 of a 24-bottle case is 30), or
 * undefined when the product is not sold in that unit or the amount is not whole.
 */
export function toSaleUnits(world: TurnWorld, p: Product, q: SaidQuantity): number | undefined {
  const part = (value: number, unit: string | undefined): number | undefined => {
    if (!unit) return value;
    const factor = unitFactor(world, p, unit);
    return factor === undefined ? undefined : value * factor;
  };
  const first = part(q.value, q.unit);
  const second = q.plus ? part(q.plus.value, q.plus.unit) : 0;
  if (first === undefined || second === undefined) return undefined;
  const total = first + second;
  const rounded = Math.round(total);
  return Math.abs(total - rounded) < 1e-6 ? rounded : undefined;
}

function unitFactor(world: TurnWorld, p: Product, unit: string): number | undefined {
  const id = idOf(world, p.sku);
  const units = id === undefined ? undefined : world.matcher.index.units[id]!;
  const own = units?.get(unit);
  if (own !== undefined) return own;
  const saleUnit = canonicalUnit(p.unit);
  if (sameSinglePiece(unit, saleUnit)) return 1;
  if (unit === '个' && units && pieceIsSaleUnit([p.name, p.category ?? '', ...p.aliases], saleUnit, units))
    return 1;
  return units ? caseUnitFactor(unit, units) : undefined;
}

interface PlaceOptions {
  fresh: boolean;
  /** The line this one takes the place of (a correction). */
  replaces?: string;
  /** Adds to the line's quantity instead of setting it. */
  adds?: boolean;
  /** What the product's own line already holds when `replaces` merges another line into it. */
  alongside?: number;
  /** The amount as said, in a unit other than the sale unit (kept on the line). */
  said?: LineAmountSaid;
}

/** 米白的换成白的 with 白 on the draft: the quantity the merged line keeps beside the one placed. */
export function mergedAlongside(state: ConversationState, sku: string, replaces: string | undefined): number {
  if (!replaces || replaces === sku) return 0;
  return state.lines.find((l) => l.sku === sku)?.quantity ?? 0;
}

/**
 * The actions that put `quantity` of a product on the draft, or the question to ask instead: how many (none
 * said, or one that is no amount or not whole in the sale unit), whether to take what is in stock, or a note
 * (out of stock, too many).
 */
export function placeProduct(
  world: TurnWorld,
  state: ConversationState,
  p: Product,
  quantity: SaidQuantity | undefined,
  options: PlaceOptions,
): Action[] {
  const pack = quantity && !options.replaces ? packOrdered(world, p, quantity) : undefined;
  if (pack)
    return pack.flatMap((member) => placeProduct(world, state, member.product, member.quantity, options));
  const existing = state.lines.find((l) => l.sku === p.sku);
  const alongside = mergedAlongside(state, p.sku, options.replaces);
  if (!quantity) {
    if (existing && !options.replaces) return [{ kind: 'focus', sku: p.sku }, { kind: 'acknowledge' }];
    const old = options.replaces ? state.lines.find((l) => l.sku === options.replaces) : undefined;
    if (old) return placeTotal(world, p, old.quantity, { ...options, fresh: false, alongside });
    return [{ kind: 'ask', question: { kind: 'quantity', sku: p.sku, asked: 0 } }];
  }
  if (quantity.invalid) return askQuantityAgain(p, { problem: 'no_amount' });
  const units = toSaleUnits(world, p, quantity);
  if (units === undefined) return askQuantityAgain(p, { problem: 'not_whole', said: quantity.text });
  const adds = options.adds && existing;
  const total = adds ? existing.quantity + units : units;
  const said = adds || alongside ? undefined : amountSaid(world, p, quantity);
  return placeTotal(world, p, total, { ...options, alongside, ...(said && { said }) });
}

/**
 * A来3手 where a 手 is one of each size (an assortment pack, catalog/assortment-packs.ts): the quantity of the pack
 * as that many of each member in its sale unit; undefined when the unit is no pack word of the product.
 */
function packOrdered(
  world: TurnWorld,
  p: Product,
  quantity: SaidQuantity,
): { product: Product; quantity: SaidQuantity }[] | undefined {
  const id = idOf(world, p.sku);
  const index = world.matcher.index;
  const pack = id === undefined ? undefined : index.assortments.get(id);
  if (!pack || pack.word !== quantity.unit || quantity.plus || index.units[id!]!.has(pack.word))
    return undefined;
  return pack.members.map((member) => ({
    product: index.products[member]!,
    quantity: { value: quantity.value, text: quantity.text, ...(quantity.invalid && { invalid: true }) },
  }));
}

/** Puts a total in sale units, or asks about stock, or notes why not. */
export function placeTotal(world: TurnWorld, p: Product, total: number, options: PlaceOptions): Action[] {
  if (!Number.isFinite(total) || total <= 0) return askQuantityAgain(p, { problem: 'no_amount' });
  if (total > world.maxQuantityPerLine)
    return [
      {
        kind: 'note',
        note: { kind: 'too_many', sku: p.sku, quantity: total, max: world.maxQuantityPerLine },
      },
    ];
  const drop: Action[] =
    options.replaces && options.replaces !== p.sku ? [{ kind: 'remove', sku: options.replaces }] : [];
  // merged into the product's own line, the two quantities together must be in stock
  const wanted = total + (options.alongside ?? 0);
  if (wanted > p.stock) {
    if (p.stock <= 0) return [{ kind: 'note', note: { kind: 'out_of_stock', sku: p.sku } }];
    return [
      ...drop,
      {
        kind: 'ask',
        question: { kind: 'stock', sku: p.sku, wanted, available: Math.floor(p.stock), asked: 0 },
      },
    ];
  }
  return [
    {
      kind: 'put',
      sku: p.sku,
      quantity: total,
      fresh: options.fresh,
      ...(options.replaces && { replaces: options.replaces }),
      ...(options.said && { said: options.said }),
    },
  ];
}

/** 3箱: an amount said in one of the product's units other than its sale unit, kept as said; else undefined. */
function amountSaid(world: TurnWorld, p: Product, quantity: SaidQuantity): LineAmountSaid | undefined {
  if (!quantity.unit || quantity.plus) return undefined;
  const factor = unitFactor(world, p, quantity.unit);
  return factor === undefined || factor === 1 ? undefined : { value: quantity.value, unit: quantity.unit };
}

function askQuantityAgain(
  p: Product,
  why: { problem: 'no_amount' } | { problem: 'not_whole'; said: string },
): Action[] {
  return [{ kind: 'ask', question: { kind: 'quantity', sku: p.sku, asked: 0, ...why } }];
}
