/**
 * A size said as a*b where the catalog holds a and b in two attributes: a tube's 外径 25mm and 壁厚 1.0mm said as
 * 25*1.0, a batten's 厚度 4cm and 宽度 6cm as 4*6, an O-ring's 内径 and 线径 as 30*3.1. Each pair of a product's
 * values that are one number (and its unit) gives a `dim:` key of the two numbers as the catalog writes them, in the
 * order its attributes are listed and the other way round. The keys are weak (catalog-index.ts): they answer a size
 * only where no product named holds it in one value (a gasket's 规格 20*30 stays the 20*30 said). Pure.
 */

import type { Product } from './product.js';

/** A value that is one number and at most a short unit: 25mm, 1.0mm, 4cm, 6米, 2.4. */
const ONE_NUMBER = /^(\d+(?:\.\d+)?)\s*(?:[a-zA-Z]{1,3}|\p{Script=Han}{1,2})?$/u;

/** The number of a value that is one number and its unit (25mm → 25); undefined for any other value. */
export function oneNumberOf(value: string): number | undefined {
  const said = ONE_NUMBER.exec(value.trim());
  return said ? Number(said[1]) : undefined;
}

/**
 * The `dim:` keys of every pair of a product's one-number values, in both orders, and of every three in the order
 * its attributes are listed; none for fewer than two.
 */
export function joinedAttributeKeys(specs: Readonly<Record<string, string>>): string[] {
  const numbers: number[] = [];
  for (const value of Object.values(specs)) {
    const number = oneNumberOf(value);
    if (number !== undefined) numbers.push(number);
  }
  const keys: string[] = [];
  for (let i = 0; i < numbers.length; i++)
    for (let j = i + 1; j < numbers.length; j++) {
      keys.push(`dim:${numbers[i]}*${numbers[j]}`);
      if (numbers[i] !== numbers[j]) keys.push(`dim:${numbers[j]}*${numbers[i]}`);
      // three sides in the order the catalog lists them (an oil seal's 内径*外径*厚度 said 35*52*8)
      for (let k = j + 1; k < numbers.length; k++) keys.push(`dim:${numbers[i]}*${numbers[j]}*${numbers[k]}`);
    }
  return keys;
}

/**
 * Whether a size of a product came with another of its sizes: across its family, the products of `other` = `was`
 * (two or more of them: one product is no evidence) hold one value of `attr` only (every tube of 外径 38 is 1.2
 * thick, while 25 is 1.0 or 1.2), rather than several (a motor of 4极 comes in every power, a batten of each width
 * in 4米 and 6米).
 */
export function sizeGoesWith(family: readonly Product[], attr: string, other: string, was: string): boolean {
  const values = new Set<string | undefined>();
  let products = 0;
  for (const product of family) {
    if (product.specs[other] !== was) continue;
    products += 1;
    values.add(product.specs[attr]);
    if (values.size > 1) return false;
  }
  return products >= 2;
}
