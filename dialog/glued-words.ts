import type { Matcher } from '../catalog/matcher.js';
import { familyOf } from './item-text.js';

/**
 * 小童中童大童 / 大号中号 before a 各: a run of four or more Han characters that cuts into pieces of one length,
 * each read whole as one catalog word of one kind (小童 / 中童 / 大童 of 小童袜 / 中童袜 / 大童袜) naming products
 * apart (no product named by two of them), is those words said glued together — unless the run is itself a
 * catalog word (阻尼铰链). Returns the text with the pieces written apart, or undefined when
 * no run so cuts.
 */
export function withGluedWordsApart(matcher: Matcher, text: string): string | undefined {
  let changed = false;
  const out = text.replace(/\p{Script=Han}{4,}/gu, (run) => {
    const apart = piecesOf(matcher, run);
    if (!apart) return run;
    changed = true;
    return apart.join(' ');
  });
  return changed ? out : undefined;
}

function piecesOf(matcher: Matcher, run: string): string[] | undefined {
  // (阻尼铰链: a catalog word said whole is that word)
  const whole = matcher.analyze(run);
  if (whole.mentions.some((m) => m.text === run)) return undefined;
  for (let size = 2; size * 2 <= run.length; size++) {
    if (run.length % size) continue;
    const pieces = Array.from({ length: run.length / size }, (_, k) => run.slice(k * size, (k + 1) * size));
    const words = pieces.map((piece) => {
      const a = matcher.analyze(piece);
      const only = a.mentions.length === 1 && !a.unknown.length ? a.mentions[0]! : undefined;
      return only && only.text === piece && only.kind !== 'barcode' ? only : undefined;
    });
    if (words.some((w) => !w)) continue;
    const family = familyOf(words[0]!);
    if (words.some((w) => familyOf(w!) !== family)) continue;
    // (门吸地吸: 地吸 is a kind of 门吸, one item — the words must name products apart)
    const seen = new Set<number>();
    const apart = words.every((w) => {
      const fresh = w!.ids.every((id) => !seen.has(id));
      for (const id of w!.ids) seen.add(id);
      return fresh;
    });
    if (!apart) continue;
    return pieces;
  }
  return undefined;
}
