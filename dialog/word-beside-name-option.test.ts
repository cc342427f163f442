import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up laundry shop: clothes pegs in three kinds under one alias, sold by the 包 of 20. */
function laundryShop(): Product[] {
  return [
    ['PEG-PT', '木质普通晾衣夹', '普通款'],
    ['PEG-FF', '木质加厚防风晾衣夹', '加厚防风'],
    ['PEG-JH', '木质加厚晾衣夹', '加厚款'],
    ['PEG-ET', '儿童晾衣夹', '儿童款'],
  ].map(([sku, name, kind]) =>
    testProduct({
      sku: sku!,
      name: name!,
      aliases: ['晾衣夹', '夹子'],
      specs: { 款式: kind!, 包装: '20个/包' },
      unit: '包',
      conversions: { 个: 0.05 },
    }),
  );
}

/** A made-up party supplies shop: paper cups in three kinds, sold by the 条 of 50. */
function partyShop(): Product[] {
  return [
    ['CUP-CG', '一次性常规纸杯'],
    ['CUP-JH', '一次性加厚纸杯'],
    ['CUP-ZK', '双层中空纸杯'],
  ].map(([sku, name]) =>
    testProduct({
      sku: sku!,
      name: name!,
      aliases: ['纸杯'],
      specs: { 容量: '250ml' },
      unit: '条',
      conversions: { 个: 0.02, 箱: 20 },
    }),
  );
}

const laundry = createDialogEngine({ products: laundryShop() });
const party = createDialogEngine({ products: partyShop() });

/**
 * 普通晾衣夹 / 常规纸杯: a plain word said right beside the product word (one the catalog reads as no product word
 * alone, such as 普通 or 常规) that is part of some options' names settles them: one option holding it is taken,
 * two are asked between, never the others. Quantities in the small unit are then converted.
 */
describe('A word beside the product word that only some options hold picks those options', () => {
  it.each([
    ['普通晾衣夹要300个', laundry, [['PEG-PT', 15]]],
    ['晾衣夹 普通的 5包', laundry, [['PEG-PT', 5]]],
    ['常规纸杯 1000个', party, [['CUP-CG', 20]]],
    ['纸杯常规的 3条', party, [['CUP-CG', 3]]],
  ] as const)('%s', (text, engine, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });

  it('asks between the two options that hold the word, never the others', () => {
    const said = talkTo(laundry, ['加厚的晾衣夹 4包']);
    const reply = said[0]!.replies.join('');
    expect(lineQtys(said[0])).toEqual([]);
    expect(reply).toContain('防风');
    expect(reply).not.toContain('儿童');
    expect(reply).not.toContain('普通');
  });

  it('leaves the options as they are when the word is in none of them', () => {
    const said = talkTo(party, ['一般纸杯 3条']);
    expect(lineQtys(said[0])).toEqual([]);
  });
});
