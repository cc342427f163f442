import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { unitPriceFen } from './draft-view.js';
import { acceptOffer } from './intent-resolution.js';
import { candidatesOf, settleIfOne } from './product-questions.js';
import type { TurnWorld } from './turn-world.js';

/** 便宜的那个就行 / 要最便宜的 / 贵一点的: the answer picks by price, all it says. */
const BY_PRICE =
  /^(?:那|就|要|选|拿|来|给我)*(?:那个|那种)?(?:最|比较)?(便宜|实惠|贵)(?:一点|点|些)?的?(?:那个|那种|那款|那家)?(?:就行|就好|就可以|也行|吧|呢|了)*$/;

/**
 * 便宜的那个就行 to "要哪个牌子？A / B": the cheapest (or dearest, 贵的) of the products the open question is about,
 * at the customer's price, when one is strictly cheaper (dearer) than every other and each option asked is one
 * product; undefined when the words say more than a price end, nothing is asked, an option holds several products
 * (the price would pick a spec nobody asked about) or prices tie (the question stands). Pure.
 */
export function pickByPrice(world: TurnWorld, state: ConversationState, bare: string): Action[] | undefined {
  const said = BY_PRICE.exec(bare);
  const first = state.questions[0];
  if (!said || !first || first.parked) return undefined;
  const dear = said[1] === '贵';
  const index = world.matcher.index;
  const ids =
    first.kind === 'which_product'
      ? candidatesOf(world, first)
      : first.kind === 'offer' && first.skus.length > 1
        ? first.skus.map((sku) => index.bySku.get(sku)).filter((id) => id !== undefined)
        : [];
  // (水 10箱 → 要哪个牌子？ when each brand comes in sizes: the cheapest brand says no size, so nothing is picked)
  const options = first.kind === 'which_product' ? first.offered?.values.length : ids.length;
  if (ids.length < 2 || options !== ids.length) return undefined;
  const priced = ids
    .map((id) => ({ id, fen: unitPriceFen(index.products[id]!, world.customer.tier, 1) }))
    .sort((a, b) => (dear ? b.fen - a.fen : a.fen - b.fen));
  if (priced[0]!.fen === priced[1]!.fen) return undefined;
  const picked = priced[0]!.id;
  if (first.kind === 'offer') return acceptOffer(world, state, first, index.products[picked]!.sku);
  return first.kind === 'which_product' ? settleIfOne(world, state, first, [picked]) : undefined;
}
