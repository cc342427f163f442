/**
 * Unit words customers order in. A catalog names its own units (sale unit, aliases, conversions); these are the
 * common count units on top, so `10个` is read as a quantity even for a product sold in 套. Pure.
 */

/** Count and packing units of the wholesale trade (no spec units such as 平方 / mm / kg here). */
export const COMMON_UNITS = [
  '个',
  '只',
  '件',
  '箱',
  '袋',
  '包',
  '捆',
  '卷',
  '盘',
  '根',
  '条',
  '支',
  '桶',
  '片',
  '块',
  '套',
  '盒',
  '张',
  '瓶',
  '罐',
  '组',
  '筒',
  '扎',
  '提',
  '把',
  '对',
  '双',
  '台',
  '颗',
  '粒',
  '托',
  '吨',
  '打',
  '副',
  '听',
  '米',
  '樘',
  '付',
  '车',
  '斤',
  '公斤',
  '千克',
  '方',
  '立方',
  '平米',
  '平方米',
];

/** Words that mean the same unit: 公斤 = kg = 千克. */
const UNIT_SYNONYMS: Record<string, string> = {
  kg: '公斤',
  千克: '公斤',
  平方米: '平米',
  立方: '方',
  付: '副',
};

export function canonicalUnit(word: string): string {
  return UNIT_SYNONYMS[word] ?? word;
}

/** Classifiers for one single piece: a product sold by one of them can be counted in any other (10个 of a 套). */
const PIECE_UNITS = new Set([
  '个',
  '只',
  '支',
  '条',
  '根',
  '块',
  '片',
  '颗',
  '粒',
  '套',
  '把',
  '张',
  '台',
  '枚',
]);

export function sameSinglePiece(a: string, b: string): boolean {
  return PIECE_UNITS.has(a) && PIECE_UNITS.has(b);
}

/**
 * 来个自然堂套盒, 两个油桶: 个 counts whole sale units of a product that is itself one of its sale unit (its name,
 * category or an alias ends with the unit's word: a 套盒 sold by the 盒) and holds nothing counted in a smaller unit
 * (no 瓶 of a 箱, no 片 of a 盒) — where 个 could mean what is inside, it stays unread and is asked about.
 */
export function pieceIsSaleUnit(
  names: readonly string[],
  saleUnit: string,
  units: ReadonlyMap<string, number>,
): boolean {
  if (PIECE_UNITS.has(saleUnit) || units.has('个')) return false;
  for (const factor of units.values()) if (factor < 1) return false;
  return names.some((name) => name.endsWith(saleUnit));
}

/** 件 and 箱 are the same case in the wholesale trade. */
export const CASE_WORDS = ['箱', '件'];

/** 包 and 袋 are the same bag where a product names only one of them (48包 of a case of 24袋). */
const BAG_WORDS = ['包', '袋'];

/**
 * Sale units in one 件 of a product that names only its 箱 (or the other way round), or in one 包 of a product that
 * names only its 袋 (or the other way round), from the product's own unit
 * table (unit word → sale units); undefined for any other unit.
 */
export function caseUnitFactor(unit: string, units: Map<string, number>): number | undefined {
  for (const words of [CASE_WORDS, BAG_WORDS]) {
    if (!words.includes(unit)) continue;
    for (const other of words) if (other !== unit && units.has(other)) return units.get(other);
  }
  return undefined;
}
