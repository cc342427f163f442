import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildCatalogIndex, intersectSorted, unionOfIds } from './catalog-index.js';
import { testProduct } from './catalog-test-kit.js';

const sortedIds = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max }), { maxLength: 400 }).map((xs) => xs.sort((x, y) => x - y));

describe('intersectSorted', () => {
  it('gives the ids both sorted lists share, in order, whatever their sizes', () => {
    fc.assert(
      fc.property(sortedIds(2000), sortedIds(500), (a, b) => {
        const inB = new Set(b);
        const expected = a.filter((x) => inB.has(x));
        expect(intersectSorted(a, b)).toEqual(expected);
        expect(intersectSorted(b, a)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only the ids below n when the other list is every id from 0 to n-1', () => {
    fc.assert(
      fc.property(sortedIds(600), fc.integer({ min: 0, max: 500 }), (a, n) => {
        const range = Array.from({ length: n }, (_, i) => i);
        const expected = a.filter((x) => x < n);
        expect(intersectSorted(a, range)).toEqual(expected);
        expect(intersectSorted(range, a)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the few ids of a short list in a long one', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => i * 3);
    expect(intersectSorted([0, 4, 9, 29_997, 30_000], long)).toEqual([0, 9, 29_997]);
    expect(intersectSorted([], long)).toEqual([]);
  });
});

describe('unionOfIds', () => {
  it('gives every id of the lists once, ascending, whether a few ids or most of the catalog', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 3000 })
          .chain((size) =>
            fc.tuple(
              fc.constant(size),
              fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 600 }), { maxLength: 6 }),
            ),
          ),
        ([size, lists]) => {
          const expected = [...new Set(lists.flat())].sort((x, y) => x - y);
          expect(unionOfIds(lists, size)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('buildCatalogIndex', () => {
  it("keeps every character of the catalog's names, values and units, and no other", () => {
    const index = buildCatalogIndex([
      testProduct({
        sku: 'F-1',
        name: '鱼竿 碳素',
        brand: '光威',
        specs: { 长度: '3.6米' },
        unit: '支',
        unitAliases: ['根'],
        conversions: { 箱: 10 },
      }),
    ]);
    for (const ch of '鱼竿碳素光威长度3.6米支根箱') expect(index.chars.has(ch)).toBe(true);
    for (const ch of '是要的') expect(index.chars.has(ch)).toBe(false);
  });
});
