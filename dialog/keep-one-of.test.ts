import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * X只要一箱 / X只要一种就行 said of two lines that X names: one of them stays, and which one is asked (numbered); the
 * answer takes the other off, and every line X does not name stays exactly as it was.
 */
function balloonShop(): Product[] {
  return [
    testProduct({ sku: 'BL-AL', name: '铝膜气球 数字款', aliases: ['气球', '铝膜气球'], unit: '包' }),
    testProduct({ sku: 'BL-LX', name: '乳胶气球 马卡龙色', aliases: ['气球', '乳胶气球'], unit: '包' }),
    testProduct({ sku: 'PUMP', name: '手动打气筒', aliases: ['打气筒'], unit: '个' }),
  ];
}

function candleShop(): Product[] {
  return [
    testProduct({ sku: 'TL', name: '茶蜡蜡烛', aliases: ['蜡烛', '茶蜡'], unit: '盒' }),
    testProduct({ sku: 'PL', name: '香薰柱蜡', aliases: ['蜡烛', '柱蜡'], unit: '盒' }),
    testProduct({ sku: 'LIGHTER', name: '点火枪', unit: '把' }),
  ];
}

function lensShop(): Product[] {
  const lens = (sku: string, brand: string) =>
    testProduct({ sku, name: `${brand}防蓝光镜片`, brand, aliases: ['镜片'], unit: '副' });
  return [
    lens('ESS', '依视路'),
    lens('MY', '明月'),
    testProduct({ sku: 'CLOTH', name: '超细纤维眼镜布', aliases: ['眼镜布'], unit: '包' }),
  ];
}

const trades = [
  {
    trade: 'party balloons',
    shop: balloonShop,
    order: '铝膜气球 1包 乳胶气球 1包 打气筒 2个',
    only: '气球只要一包',
    answer: '乳胶的',
    kept: 'BL-LX',
    gone: 'BL-AL',
    other: ['PUMP', 2],
  },
  {
    trade: 'candles',
    shop: candleShop,
    order: '茶蜡 1盒 柱蜡 1盒 点火枪 3把',
    only: '蜡烛只要一种就行',
    answer: '柱蜡',
    kept: 'PL',
    gone: 'TL',
    other: ['LIGHTER', 3],
  },
  {
    trade: 'spectacle lenses',
    shop: lensShop,
    order: '依视路镜片 1副 明月镜片 1副 眼镜布 5包',
    only: '镜片只要一副',
    answer: '明月的',
    kept: 'MY',
    gone: 'ESS',
    other: ['CLOTH', 5],
  },
];

describe('Keeping one of the lines a word names', () => {
  it.each(trades)('asks which one stays, leaving every line as it is ($trade)', ({ shop, order, only }) => {
    const engine = createDialogEngine({ products: shop() });
    const turns = talkTo(engine, [order, only]);
    expect(turns[1]!.replies.join('\n')).toMatch(/留哪一个/);
    expect(lineQtys(turns[1])).toEqual(lineQtys(turns[0]));
  });

  it.each(trades)('takes the other off when the customer names the one ($trade)', (t) => {
    const engine = createDialogEngine({ products: t.shop() });
    const turns = talkTo(engine, [t.order, t.only, t.answer, '确认']);
    expect(turns[3]!.order?.status).toBe('confirmed');
    const lines = lineQtys(turns[3]);
    expect(lines.map(([sku]) => sku)).toContain(t.kept);
    expect(lines.map(([sku]) => sku)).not.toContain(t.gone);
    expect(lines).toContainEqual(t.other);
  });

  it.each(trades)('is answered by a removal of the other ($trade)', (t) => {
    const engine = createDialogEngine({ products: t.shop() });
    const goneWord = t.answer === '柱蜡' ? '茶蜡' : t.gone === 'BL-AL' ? '铝膜的' : '依视路的';
    const turns = talkTo(engine, [t.order, t.only, `${goneWord}不要了`, '确认']);
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[3]).map(([sku]) => sku)).toEqual(
      lineQtys(turns[0])
        .map(([sku]) => sku)
        .filter((sku) => sku !== t.gone),
    );
  });
});
