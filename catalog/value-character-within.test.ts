import { describe, expect, it } from '@jest/globals';
import type { Product } from './product.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { lineQtys, talkTo, testProduct } from '../dialog/dialog-test-kit.js';

/**
 * Made-up counters of two trades where one product's colours are shades (漂白, 纯黑, 深蓝, 浅蓝) and others' are
 * plain (白色, 黑色): a towel counter, an umbrella counter; ribbons in 粉红 and 玫红 only.
 */
function shops(): Product[] {
  const product = (sku: string, name: string, colour: string, unit: string) =>
    testProduct({ sku, name, specs: { 颜色: colour }, unit });
  return [
    product('TOWEL-WHT', '纯棉毛巾', '漂白', '条'),
    product('TOWEL-GRY', '纯棉毛巾', '深灰', '条'),
    product('BATH-WHT', '浴巾', '白色', '条'),
    product('FOLD-BLK', '折叠伞', '纯黑', '把'),
    product('FOLD-NAVY', '折叠伞', '深蓝', '把'),
    product('FOLD-SKY', '折叠伞', '浅蓝', '把'),
    product('LONG-BLK', '长柄伞', '黑色', '把'),
    product('LONG-RED', '长柄伞', '红色', '把'),
    product('RIBBON-PINK', '丝带', '粉红', '卷'),
    product('RIBBON-ROSE', '丝带', '玫红', '卷'),
  ];
}

const engine = createDialogEngine({ products: shops() });

describe('a colour said plainly, of products that have it only as a shade', () => {
  it.each([
    [
      '毛巾 灰的20条 白的30条',
      [
        ['TOWEL-GRY', 20],
        ['TOWEL-WHT', 30],
      ],
    ],
    [
      '浴巾5条 毛巾白的10条',
      [
        ['BATH-WHT', 5],
        ['TOWEL-WHT', 10],
      ],
    ],
    [
      '折叠伞深蓝的5把 黑的10把',
      [
        ['FOLD-NAVY', 5],
        ['FOLD-BLK', 10],
      ],
    ],
  ])('reads %s as the shade they have', (said, lines) => {
    const [turn] = talkTo(engine, [said]);
    expect(lineQtys(turn)).toEqual(lines);
  });

  it('asks which shade when the products have two (折叠伞蓝的 of 深蓝 and 浅蓝)', () => {
    const turns = talkTo(engine, ['折叠伞蓝的10把', '确认']);
    expect(lineQtys(turns[1])).toEqual([]);
  });

  it('never reads another colour that holds the character (丝带红的 of 粉红 and 玫红)', () => {
    const turns = talkTo(engine, ['丝带红的3卷', '确认']);
    expect(lineQtys(turns[1])).toEqual([]);
  });
});
