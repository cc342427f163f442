import type { ConversationState } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import type { ItemText } from './item-text.js';
import { candidatesOf, refine } from './product-questions.js';
import type { WhichProduct } from './product-questions.js';
import { narrowByMeasures } from './said-measures.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

/** 石膏板用的 / 配水泵的 / 给空调接的: what a product is for. */
const PURPOSE_WORDS = /(?:上用的|用的|配的|专用的?|接的|适用|适合|给|配|用)/g;

/**
 * 石膏板用的 25长的 to "自攻钉要哪一种？石膏板自攻钉 3.5*25 / 石膏板自攻钉 3.5*35 / 钻尾自攻钉": the product the answer
 * says the one asked about is for (石膏板, a product of its own) is written in the names of some of the candidates:
 * those are meant, narrowed further by what else the answer says (25). Undefined when the answer says no purpose,
 * or the word is in no candidate's name, or in all of them.
 */
export function answerByPurpose(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const q = state.questions[0];
  if (q?.kind !== 'which_product' || q.parked || !earlier.questionsBefore?.includes(q)) return undefined;
  if (item.quantity || !new RegExp(PURPOSE_WORDS.source).test(item.text)) return undefined;
  const m = world.matcher;
  const ids = candidatesOf(world, q);
  const heads = item.analysis.mentions.filter(
    (x) => (x.kind === 'head' || x.kind === 'partial') && !x.ids.some((id) => ids.includes(id)),
  );
  if (!heads.length) return undefined;
  let kept = ids.filter((id) => heads.every((x) => m.index.products[id]!.name.includes(x.text)));
  if (!kept.length || kept.length === ids.length) return undefined;
  let rest = item.text;
  for (const x of heads) rest = rest.replace(x.text, ' ');
  rest = rest.replace(PURPOSE_WORDS, ' ').trim();
  if (rest) {
    const analysis = m.analyze(rest);
    const narrowed = analysis.mentions.length ? (m.narrow(kept, analysis) ?? kept) : kept;
    kept = narrowByMeasures(m.index, kept, narrowed.length ? narrowed : kept, rest);
  }
  const names = new Set(kept.map((id) => m.index.products[id]!.name));
  const choice =
    kept.length === 1
      ? { attribute: '$sku', value: m.index.products[kept[0]!]!.sku }
      : names.size === 1
        ? { attribute: '$name', value: [...names][0]! }
        : undefined;
  if (!choice) return undefined;
  const next: WhichProduct = { ...q, chosen: [...q.chosen, choice], asked: 0 };
  delete next.offered;
  return refine(world, state, q, next);
}
