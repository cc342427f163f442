import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up bearing counter: one size sealed with rubber, with metal shields and open, and an SKF in its own codes. */
function bearingShop(): Product[] {
  const list: Product[] = [];
  const add = (sku: string, brand: string, seal: string) =>
    list.push(
      testProduct({
        sku,
        name: `${brand}深沟球轴承`,
        brand,
        aliases: ['轴承', '深沟球'],
        specs: { 型号: '6305', 密封: seal },
        unit: '个',
      }),
    );
  add('W-2RS', '万向', '2RS');
  add('W-ZZ', '万向', 'ZZ');
  add('W-OPEN', '万向', '开式');
  add('S-2RSH', 'SKF', '2RSH');
  add('S-2Z', 'SKF', '2Z');
  return list;
}

const engine = createDialogEngine({ products: bearingShop(), maxQtyPerLine: 10000 });
const first = (text: string) => lineQtys(talkTo(engine, [text], { name: '马师傅' })[0]);

describe('Bearing seals in the trade words', () => {
  it('reads 胶盖 / 两面胶盖 as rubber seals (2RS, SKF 2RSH)', () => {
    expect(first('万向6305 两面胶盖 20个')).toEqual([['W-2RS', 20]]);
    expect(first('万向6305胶盖的 20个')).toEqual([['W-2RS', 20]]);
    expect(first('SKF 6305 双面胶盖 4个')).toEqual([['S-2RSH', 4]]);
  });

  it('reads 两个RS / 双RS as 2RS', () => {
    expect(first('万向的6305两个rs的要二十个')).toEqual([['W-2RS', 20]]);
    expect(first('万向6305 双RS 20个')).toEqual([['W-2RS', 20]]);
  });

  it('reads 铁盖 / 两面铁盖 as metal shields (ZZ, SKF 2Z)', () => {
    expect(first('万向6305铁盖的 30个')).toEqual([['W-ZZ', 30]]);
    expect(first('万向6305 两面铁盖 30个')).toEqual([['W-ZZ', 30]]);
    expect(first('SKF 6305 铁盖 2个')).toEqual([['S-2Z', 2]]);
  });

  it('reads 开式 / 开口 as the open bearing', () => {
    expect(first('万向6305 开式 10个')).toEqual([['W-OPEN', 10]]);
    expect(first('万向6305 开口的 10个')).toEqual([['W-OPEN', 10]]);
  });
});

/** The same counter with a brand that sells both spellings of the rubber seal as two products. */
function twoSpellingShop(): Product[] {
  const both = ['2RS', '2RSH'].map((seal) =>
    testProduct({
      sku: `N-${seal}`,
      name: '恩斯克深沟球轴承',
      brand: '恩斯克',
      aliases: ['轴承'],
      specs: { 型号: '6305', 密封: seal },
      unit: '个',
    }),
  );
  return [...bearingShop(), ...both];
}

describe('Seal codes across brands', () => {
  it("reads one brand's seal code as another brand's code for the same seal (2RS = SKF's 2RSH, ZZ = 2Z)", () => {
    expect(first('SKF 6305 2RS 4个')).toEqual([['S-2RSH', 4]]);
    expect(first('SKF6305-2RS 4个')).toEqual([['S-2RSH', 4]]);
    expect(first('SKF 6305-ZZ 2个')).toEqual([['S-2Z', 2]]);
    expect(first('万向6305-2Z 30个')).toEqual([['W-ZZ', 30]]);
    expect(first('万向 6305 2RSH 20个')).toEqual([['W-2RS', 20]]);
  });

  it('keeps the two spellings apart where one brand sells both', () => {
    const engine = createDialogEngine({ products: twoSpellingShop(), maxQtyPerLine: 10000 });
    const said = (text: string) => lineQtys(talkTo(engine, [text])[0]);
    expect(said('恩斯克6305 2RS 10个')).toEqual([['N-2RS', 10]]);
    expect(said('恩斯克6305 2RSH 10个')).toEqual([['N-2RSH', 10]]);
  });
});
