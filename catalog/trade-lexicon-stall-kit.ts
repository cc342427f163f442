import { describe, expect, it } from '@jest/globals';
import { testProduct } from './catalog-test-kit.js';
import { createMatcher, type MatchResult } from './matcher.js';
import type { Product } from './product.js';

/** A made-up stall of one trade: the words a customer says there and the words it must not read as one product. */
export interface StallCase {
  trade: string;
  products: Product[];
  said: [words: string, sku: string][];
  notSaid: string[];
}

/** The products of a made-up stall, each sold by the 个. */
export function stall(items: [sku: string, name: string, specs?: Record<string, string>][]): Product[] {
  return items.map(([sku, name, specs = {}]) => testProduct({ sku, name, specs, unit: '个' }));
}

function found(result: MatchResult): string | undefined {
  return result.kind === 'matched' ? result.product.sku : undefined;
}

/** One test per stall: every word said is read as its product, every word not said as none. */
export function describeStalls(title: string, cases: StallCase[]): void {
  describe(title, () => {
    for (const { trade, products, said, notSaid } of cases)
      it(`reads the trade's words at ${trade}`, () => {
        const match = createMatcher(products);
        for (const [words, sku] of said) expect([words, found(match(words))]).toEqual([words, sku]);
        for (const words of notSaid) expect([words, found(match(words))]).toEqual([words, undefined]);
      });
  });
}
