/**
 * The trade lexicon read the other way round: for a word a customer said, the other words of the lexicon's groups
 * that hold it (小孩 → 儿童, 小孩子, 小朋友). Built once from the lexicon. Pure.
 */
import { normalizeTerm } from './text-normalize.js';
import { TRADE_LEXICON } from './trade-lexicon-groups.js';
import type { TradeWordGroup } from './trade-word-group.js';

const kinByLexicon = new WeakMap<readonly TradeWordGroup[], Map<string, string[]>>();

/** The other true synonyms of `word` in the lexicon's groups (normalised); empty when it is in none. */
export function lexiconKin(
  word: string,
  lexicon: readonly TradeWordGroup[] = TRADE_LEXICON,
): readonly string[] {
  let kin = kinByLexicon.get(lexicon);
  if (!kin) {
    kin = new Map();
    for (const group of lexicon) {
      const words = [...new Set(group.words.map(normalizeTerm))];
      for (const w of words) {
        const list = kin.get(w) ?? [];
        for (const other of words) if (other !== w && !list.includes(other)) list.push(other);
        kin.set(w, list);
      }
    }
    kinByLexicon.set(lexicon, kin);
  }
  return kin.get(normalizeTerm(word)) ?? [];
}
