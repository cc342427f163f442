import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildCatalogIndex } from './catalog-index.js';
import { createDistinctions } from './distinctions.js';
import type { Distinction } from './distinctions.js';
import { fixtureProducts } from './fixture-products.js';
import type { Product } from './product.js';

const index = buildCatalogIndex(fixtureProducts());

/** The rule written out plainly, attribute by attribute, without numbering values or caching. */
function plainDistinctions(ids: number[], partial: boolean): Distinction[] {
  const valueOf = (p: Product, attr: string) =>
    attr === '$name' ? p.name : attr === '$brand' ? (p.brand ?? '') : p.specs[attr];
  const attrs = ['$name', '$brand', ...index.attributeOrder];
  const out: (Distinction & { rank: number })[] = [];
  attrs.forEach((attr, i) => {
    const values = ids.map((id) => valueOf(index.products[id]!, attr));
    if (!partial && values.includes(undefined)) return;
    const distinct = [...new Set(values.filter((v): v is string => v !== undefined))];
    const rank = i === 0 ? 1000 : i === 1 ? 900 : 100 - (i - 2) + distinct.length * 10;
    if (distinct.length > 1) out.push({ attr, values: distinct, rank });
  });
  const name = out.find((d) => d.attr === '$name');
  const brand = out.find((d) => d.attr === '$brand');
  if (name && brand) {
    const pairs = new Set(ids.map((id) => `${index.products[id]!.name}\u0000${index.products[id]!.brand}`));
    const oneToOne = pairs.size === name.values.length && pairs.size === brand.values.length;
    if (oneToOne) {
      brand.rank = 1100;
      brand.labels = brand.values.map((b) => {
        const p = ids.map((id) => index.products[id]!).find((x) => (x.brand ?? '') === b)!;
        return p.name.includes(b) ? p.name : `${b}${p.name}`;
      });
    } else if (brand.values.length > name.values.length) brand.rank = 1100;
  }
  return out.sort((a, b) => b.rank - a.rank).map(({ rank: _rank, ...d }) => d);
}

describe('distinctions', () => {
  it('tells any candidates apart as the plain attribute-by-attribute rule does, asked again or not', () => {
    const distinctions = createDistinctions(index);
    const ids = fc.array(fc.integer({ min: 0, max: index.products.length - 1 }), { maxLength: 40 });
    fc.assert(
      fc.property(ids, fc.boolean(), (candidates, partial) => {
        const expected = plainDistinctions(candidates, partial);
        expect(distinctions(candidates, partial)).toEqual(expected);
        expect(distinctions([...candidates], partial)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
