import type { Product } from '../catalog/product.js';
import type {
  ConversationState,
  DraftLineState,
  LineAmountSaid,
  PendingLineChange,
  SaidQuantity,
} from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { notFoundActions, resolveItem } from './item-resolution.js';
import { mergedAlongside, placeProduct, placeTotal, toSaleUnits } from './product-placement.js';
import { askWhichProduct } from './product-questions.js';
import { idOf, productOf } from './turn-world.js';
import { unreadCorrectionCandidates } from './unread-correction.js';
import type { TurnWorld } from './turn-world.js';

/** Applies a change to one draft line: remove it, set or adjust its quantity, or replace it by another product. */
export function changeLine(
  world: TurnWorld,
  state: ConversationState,
  sku: string,
  change: PendingLineChange,
): Action[] {
  const p = productOf(world, sku);
  const line = state.lines.find((l) => l.sku === sku);
  if (!p || !line) return [];
  switch (change.kind) {
    case 'remove':
      return [{ kind: 'remove', sku }];
    case 'set_quantity':
      return placeProduct(world, state, p, change.quantity, { fresh: false });
    case 'add_quantity': {
      const units = toSaleUnits(world, p, change.quantity);
      if (units === undefined) return placeProduct(world, state, p, change.quantity, { fresh: false });
      return placeTotal(world, p, line.quantity + change.sign * units, { fresh: false });
    }
    case 'replace':
      return replaceLine(world, state, sku, change.request.text, change.request.quantity);
    case 'keep': {
      const others = change.among.filter(
        (other) => other !== sku && state.lines.some((l) => l.sku === other),
      );
      const units = change.quantity && toSaleUnits(world, p, change.quantity);
      const amount =
        change.quantity && units !== line.quantity
          ? placeProduct(world, state, p, change.quantity, { fresh: false })
          : [];
      return [
        ...others.map((other): Action => ({ kind: 'remove', sku: other })),
        ...amount,
        { kind: 'focus', sku },
      ];
    }
  }
}

/**
 * 不对 是4平方的 / 蓝的改成黄绿双色: the product the words name in place of the line, looked for around the line's
 * own product (its family first, then what it shares with it); the quantity is the one said, or the line's own
 * (carried over to the new product's unit when they differ).
 */
export function replaceLine(
  world: TurnWorld,
  state: ConversationState,
  sku: string,
  text: string,
  quantity: SaidQuantity | undefined,
): Action[] {
  const m = world.matcher;
  const line = state.lines.find((l) => l.sku === sku);
  const old = productOf(world, sku);
  if (!line || !old) return [];
  const analysis = m.analyze(text);
  const item = { text, analysis, also: false, ...(quantity && { quantity: toToken(quantity) }) };
  const r = resolveItem(world, item, analysis, sku);
  const res = r.result;
  const unread = res.kind === 'matched' && unreadCorrectionCandidates(world, old, item, res.product);
  if (res.kind === 'ambiguous' || unread) {
    const said = quantity ?? { value: line.quantity, unit: old.unit, text: `${line.quantity}${old.unit}` };
    // (the line's own values are not leaned on when words beside them were not read: only an answer settles it)
    return askWhichProduct({ text, quantity: said, ...(!unread && { leansOn: sku }) }, unread || r.ids, sku);
  }
  if (res.kind === 'matched') {
    if (res.product.sku === sku) {
      return quantity
        ? placeProduct(world, state, old, quantity, { fresh: false })
        : [{ kind: 'focus', sku }, { kind: 'acknowledge' }];
    }
    if (quantity) return placeProduct(world, state, res.product, quantity, { fresh: false, replaces: sku });
    const carried = carryQuantity(world, old, line, res.product);
    if (carried === undefined)
      return [
        { kind: 'remove', sku },
        ...placeProduct(world, state, res.product, undefined, { fresh: false }),
      ];
    const alongside = mergedAlongside(state, res.product.sku, sku);
    const said = !alongside && line.said && saidIn(world, res.product, line.said) === carried;
    return placeTotal(world, res.product, carried, {
      fresh: false,
      replaces: sku,
      alongside,
      ...(said && { said: line.said }),
    });
  }
  return notFoundActions(world, res, r.ids, { text });
}

/**
 * 其中4箱换成1000ml的: `portion` of the line becomes the product the words name (looked for around the line's
 * product, as in a replacement) and the line keeps the rest; all of the line, or more, is a plain replacement.
 */
export function splitLine(
  world: TurnWorld,
  state: ConversationState,
  sku: string,
  text: string,
  portion: SaidQuantity,
): Action[] {
  const line = state.lines.find((l) => l.sku === sku);
  const old = productOf(world, sku);
  if (!line || !old) return [];
  const units = toSaleUnits(world, old, portion);
  if (units === undefined || units >= line.quantity) return replaceLine(world, state, sku, text, portion);
  const analysis = world.matcher.analyze(text);
  const item = { text, analysis, also: false, quantity: toToken(portion) };
  const r = resolveItem(world, item, analysis, sku);
  const keep: Action = { kind: 'put', sku, quantity: line.quantity - units, fresh: false };
  if (r.result.kind === 'matched') {
    const p = r.result.product;
    if (p.sku === sku) return [{ kind: 'focus', sku }, { kind: 'acknowledge' }];
    const placed = placeProduct(world, state, p, portion, { fresh: false, adds: true });
    return placed.some((a) => a.kind === 'put') ? [keep, ...placed] : placed;
  }
  if (r.result.kind === 'ambiguous') {
    const asked = askWhichProduct({ text, quantity: portion, leansOn: sku }, r.ids);
    return [keep, ...asked];
  }
  return notFoundActions(world, r.result, r.ids, { text });
}

/**
 * A line's quantity in another product's sale unit: the same number when both sell in the same unit, else through
 * a unit both know (5箱 of 24-can cases to 5箱 of a case-sold product); undefined when there is none.
 */
export function carryQuantity(
  world: TurnWorld,
  from: Product,
  line: DraftLineState,
  to: Product,
): number | undefined {
  // 3箱 of a 40-to-the-case product corrected to one of 20 to the case: 3箱 still, when the other is sold so
  const said = line.said && saidIn(world, to, line.said);
  if (said) return said;
  const quantity = line.quantity;
  if (from.unit === to.unit) return quantity;
  const fromUnits = world.matcher.index.units[idOf(world, from.sku)!]!;
  const toUnits = world.matcher.index.units[idOf(world, to.sku)!]!;
  const shared = [...fromUnits].filter(([unit]) => toUnits.has(unit)).sort((a, b) => b[1] - a[1]);
  for (const [unit, factor] of shared) {
    const count = quantity / factor;
    if (Number.isInteger(count)) {
      const total = count * toUnits.get(unit)!;
      if (Number.isInteger(total)) return total;
    }
  }
  return undefined;
}

/** An amount kept as said (3箱) in a product's sale units, undefined when it is not sold so or not whole. */
function saidIn(world: TurnWorld, p: Product, said: LineAmountSaid): number | undefined {
  return toSaleUnits(world, p, { ...said, text: `${said.value}${said.unit}` });
}

function toToken(q: SaidQuantity) {
  return {
    start: 0,
    end: 0,
    value: q.value,
    raw: q.text,
    ...(q.unit && { unit: q.unit }),
    ...(q.plus && { plus: q.plus }),
    ...(q.invalid && { invalid: true }),
  };
}
