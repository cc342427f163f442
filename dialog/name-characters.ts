import type { Analysis } from '../catalog/analysis-types.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import { STOP_CHARS } from '../catalog/stop-words.js';
import { isHan, normalizeTerm } from '../catalog/text-normalize.js';

const NOT_TELLING = /[零〇一二两三四五六七八九十百千万个种款样]/;

/**
 * 软的 to "远东RVV护套软线 / 熊猫BVVB扁护套线": a character standing alone in an answer, that no catalog word took,
 * keeps the candidates whose name or aliases hold it when only some do (护套软线); when the names tell none apart,
 * those whose spec values hold it (卧的 → B3卧式 beside B5立式法兰) when the answer says nothing else. Stop words, numerals and
 * characters inside longer unknown words tell nothing; `ids` come back as they are when no character tells them
 * apart.
 */
export function narrowByNameCharacters(index: CatalogIndex, ids: number[], analysis: Analysis): number[] {
  if (ids.length < 2) return ids;
  const text = analysis.text;
  const covered = new Array<boolean>(text.length).fill(false);
  for (const m of analysis.mentions)
    for (let i = m.start; i < m.start + m.text.length; i++) covered[i] = true;
  for (const q of analysis.quantities) for (let i = q.start; i < q.end; i++) covered[i] = true;
  const loose = (i: number) => {
    const ch = text[i];
    return !!ch && !covered[i] && isHan(ch) && !STOP_CHARS.has(ch);
  };
  const saysOnlyCharacters = !analysis.mentions.length && !analysis.quantities.length;
  let out = ids;
  for (let i = 0; i < text.length; i++) {
    if (!loose(i) || loose(i - 1) || loose(i + 1) || NOT_TELLING.test(text[i]!)) continue;
    const ch = text[i]!;
    const byName = out.filter((id) => {
      const p = index.products[id]!;
      return [p.name, ...p.aliases].some((word) => normalizeTerm(word).includes(ch));
    });
    // 卧的 to candidates that are all 电机: the character of a value's own word (B3卧式 beside B5立式法兰), when it
    // is all the answer says (403白线50个 is an item of its own, never 线 of 股线)
    const hits =
      (byName.length && byName.length < out.length) || !saysOnlyCharacters
        ? byName
        : out.filter((id) => Object.values(index.products[id]!.specs).some((v) => v.includes(ch)));
    if (hits.length && hits.length < out.length) out = hits;
  }
  return out;
}
