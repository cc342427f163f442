import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up counters of three trades: photo frames, drums and bicycle rims, sized in 寸 written with a point. */
function shops(): Product[] {
  const sized = (sku: string, name: string, category: string, size: string, unit: string) =>
    testProduct({ sku, name, category, specs: { 尺寸: size }, unit });
  return [
    sized('XK-55', '实木相框', '相框', '5.5寸', '个'),
    sized('XK-60', '实木相框', '相框', '6.0寸', '个'),
    sized('XK-70', '实木相框', '相框', '7.0寸', '个'),
    sized('JG-12', '军鼓', '鼓', '12.0寸', '只'),
    sized('JG-14', '军鼓', '鼓', '14.0寸', '只'),
    sized('CQ-24', '铝合金车圈', '车圈', '24.0寸', '个'),
    sized('CQ-26', '铝合金车圈', '车圈', '26.0寸', '个'),
  ];
}

describe('A size answered without the point the catalog writes it with (6寸 for 6.0寸, 五寸半 for 5.5寸)', () => {
  it('takes 6寸的 as the 6.0寸 option, never "没有6寸的" (photo frames)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['相框 20个', '6寸的']);
    expect(turns[1]!.replies.join('')).not.toContain('没有');
    expect(lineQtys(turns[1])).toEqual([['XK-60', 20]]);
  });

  it('reads 五寸半 as 5.5寸 (photo frames)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['五寸半的相框 10个']);
    expect(lineQtys(turns[0])).toEqual([['XK-55', 10]]);
  });

  it('takes a size in Chinese numerals said with the item (drums)', () => {
    const engine = createDialogEngine({ products: shops() });
    const turns = talkTo(engine, ['十四寸军鼓 2只']);
    expect(lineQtys(turns[0])).toEqual([['JG-14', 2]]);
  });

  it('takes a size said before the question is asked and as an answer (bicycle rims)', () => {
    const engine = createDialogEngine({ products: shops() });
    expect(lineQtys(talkTo(engine, ['26寸车圈 4个'])[0])).toEqual([['CQ-26', 4]]);
    const turns = talkTo(engine, ['车圈 4个', '24寸']);
    expect(lineQtys(turns[1])).toEqual([['CQ-24', 4]]);
  });
});
