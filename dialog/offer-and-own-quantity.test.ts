import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up racking counter: one brand's beams by 系列, and a hook named after one of them. */
function rackingShop(): Product[] {
  const beam = (sku: string, series: string) =>
    testProduct({
      sku,
      name: `天马 货架横梁 ${series} 2米`,
      brand: '天马',
      category: '货架横梁',
      specs: { 系列: series.slice(0, 2), 长度: '2米' },
      unit: '根',
    });
  return [
    beam('BEAM-40', '40主梁'),
    beam('BEAM-50', '50主梁'),
    beam('BEAM-50S', '50副梁'),
    testProduct({ sku: 'HOOK-40', name: '40主梁挂件', category: '挂件', specs: { 系列: '40' }, unit: '个' }),
  ];
}

describe('An item after an offer made in the same message', () => {
  it('is its own line with its own quantity, never the answer to the offer', () => {
    const engine = createDialogEngine({ products: rackingShop() });
    const [offered, taken, open, answered, confirmed] = talkTo(engine, [
      '大横梁 40的 30根 天马 50根',
      '1',
      '确认',
      '50副梁',
      '确认',
    ]);
    expect(lineQtys(offered)).toEqual([]);
    expect(offered!.replies.join('\n')).toMatch(/大横梁/);
    expect(lineQtys(taken)).toEqual([['BEAM-40', 30]]);
    expect(taken!.replies.join('\n')).toMatch(/50根/);
    expect(open!.order?.status).not.toBe('confirmed');
    expect(lineQtys(answered)).toEqual([
      ['BEAM-40', 30],
      ['BEAM-50S', 50],
    ]);
    expect(confirmed!.order?.status).toBe('confirmed');
  });

  it('takes nothing from the words of an item the catalog could not place', () => {
    const engine = createDialogEngine({ products: rackingShop() });
    // 小梁 with 40 borrowed from 大梁 40的 would be the 40 beam; it is asked about instead
    const [offered, taken, confirmed] = talkTo(engine, ['大梁 40的 30根 小梁 天马 50根', '1', '确认']);
    expect(lineQtys(offered)).toEqual([]);
    expect(lineQtys(taken)).toEqual([['BEAM-40', 30]]);
    expect(taken!.replies.join('\n')).toMatch(/50根/);
    expect(lineQtys(confirmed)).toEqual([['BEAM-40', 30]]);
    expect(confirmed!.order?.status).not.toBe('confirmed');
  });
});
