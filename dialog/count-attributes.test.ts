import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A number said with the character of an attribute named "<character>数" is that attribute's value (32支 = 32S): the
 * count had been read as the quantity and the item's real count (10件) left for no product. Made-up acrylic-yarn and
 * bedding counters, and a thread counter that sells by the 支, where 40支 stays a count.
 */
const yarn: Product[] = ['28S', '32S'].map((count) =>
  testProduct({
    sku: `ACRYLIC-${count}`,
    name: '腈纶纱',
    aliases: ['腈纶'],
    specs: { 支数: count, 颜色: '白' },
    unit: '包',
    unitAliases: ['件'],
  }),
);
const bedding: Product[] = ['40S', '60S'].map((count) =>
  testProduct({
    sku: `SET-${count}`,
    name: '贡缎四件套',
    aliases: ['四件套'],
    specs: { 支数: count },
    unit: '套',
  }),
);
const thread: Product[] = ['40S', '60S'].map((count) =>
  testProduct({
    sku: `THREAD-${count}`,
    name: '涤纶缝纫线',
    aliases: ['缝纫线'],
    specs: { 支数: count },
    unit: '支',
  }),
);

const talk = (products: Product[], text: string) =>
  lineQtys(talkTo(createDialogEngine({ products, maxQtyPerLine: 100000 }), [text])[0]);

describe('a number with the character of a "<character>数" attribute', () => {
  it('reads 32支 as 支数 32S and keeps the count of 件 (acrylic yarn)', () => {
    expect(talk(yarn, '32支腈纶 来10件')).toEqual([['ACRYLIC-32S', 10]]);
    expect(talk(yarn, '28支腈纶纱5件 32支腈纶纱8件')).toEqual([
      ['ACRYLIC-28S', 5],
      ['ACRYLIC-32S', 8],
    ]);
  });

  it('reads 60支 of bedding as 60S', () => {
    expect(talk(bedding, '60支四件套 20套')).toEqual([['SET-60S', 20]]);
  });

  it('leaves 支 a count where a product with the attribute is sold by the 支', () => {
    expect(talk(thread, '60S缝纫线 40支')).toEqual([['THREAD-60S', 40]]);
  });
});

describe('a correction whose values are held by different lines', () => {
  const products = ['40S', '32S'].flatMap((count) =>
    ['紧密纺', '环锭纺'].map((spinning) =>
      testProduct({
        sku: `COTTON-${count}-${spinning}`,
        name: '精梳棉纱',
        aliases: ['棉纱'],
        specs: { 支数: count, 纺纱: spinning },
        unit: '包',
        unitAliases: ['件'],
      }),
    ),
  );
  const engine = createDialogEngine({ products, maxQtyPerLine: 100000 });
  const order = '40支紧密纺棉纱10件 32支环锭纺棉纱8件';

  it('changes the line of what is said before 要, never turns the other line into it (yarn)', () => {
    const turns = talkTo(engine, [order, '不对 32支也要紧密纺的']);
    expect(lineQtys(turns[1])).toEqual([
      ['COTTON-40S-紧密纺', 10],
      ['COTTON-32S-紧密纺', 8],
    ]);
  });

  it('asks which line when nothing says which values are the line’s own', () => {
    const turns = talkTo(engine, [order, '不对 是32支紧密纺的']);
    expect(turns[1]!.replies.join('')).toContain('改哪一个');
    expect(lineQtys(turns[1])).toEqual([
      ['COTTON-40S-紧密纺', 10],
      ['COTTON-32S-环锭纺', 8],
    ]);
  });
});
