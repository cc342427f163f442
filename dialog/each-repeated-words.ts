import type { Mention } from '../catalog/mention-scan.js';

/**
 * DM M5和DM M10 各5吨, TA C1和TA C2.5 各2吨: a word of a value said again before each of the others (the DM of every
 * mortar model) is shared by them, not one of the alternatives a 各 spreads over. Returns the list without it when
 * it is said as often as the rest and shares a product with each of them; else the list as it was.
 */
export function withoutRepeatedWord(list: Mention[]): Mention[] {
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const repeated = list.filter((m) => counts.get(m.text)! >= 2);
  const rest = list.filter((m) => counts.get(m.text) === 1);
  if (!repeated.length || rest.length < 2 || repeated.length !== rest.length) return list;
  if (new Set(repeated.map((m) => m.text)).size !== 1) return list;
  // (the M10 of DM M10 may also be another product's DP M10: the repeated word need only share a product with it)
  const reaches = (m: Mention, o: Mention) => {
    const ids = new Set(m.ids);
    return o.ids.some((id) => ids.has(id));
  };
  return repeated.every((m) => rest.every((o) => reaches(m, o))) ? rest : list;
}
