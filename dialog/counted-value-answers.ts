import type { CatalogIndex } from '../catalog/catalog-index.js';
import { parseChineseNumber } from '../catalog/numerals.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { Choice } from './option-meaning.js';
import { candidatesOf } from './product-questions.js';
import type { TurnWorld } from './turn-world.js';

/** Words around the answer that say nothing about which value (那就 / 要 / 的 / 吧). */
const BEFORE = /^(?:那就|就|那|要|选|是|拿|来)+/;
const AFTER = /(?:吧|呢|啊|呀|那个|那种)+$/;
/** A number, 个 as the counting word the trade puts after a size (8个厚, 4个平方), and 的. */
const COUNTED = /^(\d+|[一二两三四五六七八九十]+)(个)?(的)?$/;
/** A value's leading whole number and what follows it (8mm → 8, mm); never the whole part of a decimal. */
const LEADING = /^0*(\d+)(?![\d.])(.*)$/;

/**
 * 8个的 / 8的 / 两个的 to "要哪个内径？6mm / 8mm / 10mm" once the amount is known: the number names the value it
 * leads (8mm), 个 being the filler the trade says after a size, not a count of 8. Read so only while the question
 * being answered already holds its amount, when the value is one of one attribute among its candidates, and:
 * - never where the options were numbered (回个序号) and the number is the place of another option;
 * - a bare number (8, no 个 or 的) only where no option has that place;
 * - 8个 with no 的 only where none of the candidates is sold in 个 (else it may be a count).
 * Undefined otherwise: the words are read as before (an option's place, a quantity).
 */
export function countedValue(world: TurnWorld, state: ConversationState, bare: string): Choice | undefined {
  const q = state.questions[0];
  if (q?.kind !== 'which_product' || q.parked || !q.request.quantity) return undefined;
  const said = COUNTED.exec(bare.replace(BEFORE, '').replace(AFTER, ''));
  if (!said) return undefined;
  const number = /\d/.test(said[1]!) ? Number(said[1]) : parseChineseNumber(said[1]!);
  if (number === undefined || number <= 0) return undefined;
  const counted = said[2] !== undefined;
  const marked = said[3] !== undefined;
  const ids = candidatesOf(world, q);
  const index = world.matcher.index;
  if (counted && !marked && ids.some((id) => index.units[id]!.has('个'))) return undefined;
  const picked = valueLedBy(index, ids, number);
  if (!picked) return undefined;
  const places = q.offered?.values ?? [];
  const placed = places[number - 1];
  // (回个序号就行：1. 1mm 2. 3mm 3. 5mm — 3 is the third option, whatever value it leads)
  if (placed !== undefined && placed !== picked.value && (q.asked >= 2 || (!counted && !marked)))
    return undefined;
  if (!counted && !marked && placed !== undefined) return undefined;
  return picked;
}

/**
 * The one value, of one attribute, whose leading whole number is `number` among the candidates, when it leaves
 * some of them out; undefined when none or values of two attributes are led by it.
 */
function valueLedBy(index: CatalogIndex, ids: number[], number: number): Choice | undefined {
  const products = ids.map((id) => index.products[id]!);
  let picked: Choice | undefined;
  for (const attribute of new Set(products.flatMap((p) => Object.keys(p.specs)))) {
    for (const value of new Set(products.map((p) => p.specs[attribute] ?? ''))) {
      const read = LEADING.exec(normalizeTerm(value));
      // (8*10 / 8-10: a value of two numbers is no size the one number names)
      if (!read || Number(read[1]) !== number || /[\d*×xX\-~/]/.test(read[2]!)) continue;
      if (picked && (picked.attribute !== attribute || picked.value !== value)) return undefined;
      picked = { attribute, value };
    }
  }
  if (!picked) return undefined;
  const { attribute, value } = picked;
  return products.every((p) => p.specs[attribute] === value) ? undefined : picked;
}
