import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 粮油 counter: blended oil (调和油, a word with 和 inside) in 5L and 1.8L, peanut oil, rice by the 袋 in
 * two kinds with little 长粒香 left, flour, and a 和面机 (dough mixer, 和 again).
 */
function oilCounter(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const size of ['5L', '1.8L'])
    add({
      sku: `BLEND-${size}`,
      name: '金龙鱼食用调和油',
      brand: '金龙鱼',
      aliases: ['调和油'],
      specs: { 容量: size },
      unit: '桶',
    });
  add({
    sku: 'PEANUT-5L',
    name: '鲁花花生油',
    brand: '鲁花',
    aliases: ['花生油'],
    specs: { 容量: '5L' },
    unit: '桶',
  });
  for (const [kind, stock] of [
    ['长粒香', 4],
    ['珍珠米', 200],
  ] as const)
    add({
      sku: `RICE-${kind}`,
      name: `${kind}大米`,
      aliases: ['大米'],
      specs: { 品种: kind, 重量: '25kg' },
      unit: '袋',
      stock,
    });
  add({ sku: 'FLOUR', name: '香雪面粉', aliases: ['面粉'], specs: { 重量: '25kg' }, unit: '袋' });
  add({ sku: 'MIXER', name: '和面机', aliases: ['搅面机'], specs: {}, unit: '台', stock: 3 });
  return list;
}

function engine() {
  const products = oilCounter();
  return createDialogEngine({ products, matcher: createMatcher(products) });
}

describe('Edits phrased the way customers phrase them', () => {
  it('never splits a removal at the 和 inside a product word (调和油不要了 / 和面机不要了)', () => {
    const first = talkTo(engine(), ['金龙鱼调和油5L 3桶 鲁花花生油 2桶 面粉 5袋', '调和油不要了']);
    expect(lineQtys(first[1])).toEqual([
      ['PEANUT-5L', 2],
      ['FLOUR', 5],
    ]);
    const second = talkTo(engine(), ['和面机 1台 面粉 5袋', '和面机不要了']);
    expect(lineQtys(second[1])).toEqual([['FLOUR', 5]]);
    // a real join still names two lines: 调和油和花生油都不要了
    const both = talkTo(engine(), ['金龙鱼调和油5L 3桶 鲁花花生油 2桶 面粉 5袋', '调和油和花生油都不要了']);
    expect(lineQtys(both[1])).toEqual([['FLOUR', 5]]);
  });

  it('keeps only the lines named after 只要 / 只留, settling the question which line to take off', () => {
    const said = talkTo(engine(), [
      '金龙鱼调和油 5L 3桶 1.8L 6桶 鲁花花生油 2桶',
      '调和油不要了 只要花生油',
      '确认',
    ]);
    expect(said[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(said[2])).toEqual([['PEANUT-5L', 2]]);
    const kept = talkTo(engine(), ['金龙鱼调和油 5L 3桶 鲁花花生油 2桶 面粉 5袋', '只留面粉']);
    expect(lineQtys(kept[1])).toEqual([['FLOUR', 5]]);
  });

  it('takes 那换X的 in answer to "only 4 left" as all of the amount in the sibling X', () => {
    const turns = talkTo(engine(), ['长粒香大米 10袋', '那换珍珠米的', '确认']);
    expect(turns[0]!.replies.join('')).toMatch(/只有4袋/);
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2])).toEqual([['RICE-珍珠米', 10]]);
  });

  it('splits the amount on 先拿N 剩下的换X / 有多少拿多少 其余的换X', () => {
    const taken = talkTo(engine(), ['长粒香大米 10袋', '先拿4袋 剩下的换珍珠米']);
    expect(lineQtys(taken[1])).toEqual([
      ['RICE-长粒香', 4],
      ['RICE-珍珠米', 6],
    ]);
    const rest = talkTo(engine(), ['长粒香大米 10袋', '其余的换珍珠米的']);
    expect(lineQtys(rest[1])).toEqual([
      ['RICE-长粒香', 4],
      ['RICE-珍珠米', 6],
    ]);
  });

  it('reads 再来N个X 和M个Y as two items, not one line named "X 和 Y"', () => {
    const turns = talkTo(engine(), ['鲁花花生油 2桶 再来5袋面粉 和1台和面机']);
    expect(lineQtys(turns[0])).toEqual([
      ['PEANUT-5L', 2],
      ['FLOUR', 5],
      ['MIXER', 1],
    ]);
    const spaced = talkTo(engine(), ['鲁花花生油 2桶', '再来3袋面粉 6桶调和油1.8L']);
    expect(lineQtys(spaced[1])).toEqual([
      ['PEANUT-5L', 2],
      ['FLOUR', 3],
      ['BLEND-1.8L', 6],
    ]);
  });
});
