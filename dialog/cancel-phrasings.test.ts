import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up stone yard: granite slabs by the 片, kerbs by the 米, marble by the 平方. */
function stoneYard(): Product[] {
  return [
    testProduct({
      sku: 'SLAB',
      name: '芝麻灰花岗岩板',
      aliases: ['芝麻灰'],
      specs: { 规格: '600*600' },
      unit: '片',
    }),
    testProduct({ sku: 'KERB', name: '花岗岩路沿石', aliases: ['路沿石'], unit: '米' }),
    testProduct({ sku: 'MARBLE', name: '爵士白大理石', aliases: ['大理石'], unit: '平方' }),
  ];
}

const engine = createDialogEngine({ products: stoneYard() });

describe('letting the whole order go, with the reason said around it', () => {
  it('cancels the order when the customer lets it go and says why in words that name nothing sold', () => {
    const forms = [
      '算了 工程停了 先不要了',
      '算了 客户那边还有货 先不要了 取消',
      '算了 先不要了 下回再说',
      '不要了 工地暂停 以后再说吧',
      // the person called is no part of it
      '不要了老板 工程先停了',
      '美女 算了 下回再说',
    ];
    for (const form of forms) {
      const turns = talkTo(engine, ['芝麻灰 40片 路沿石 100米', form]);
      expect([form, turns[1]!.order?.status]).toEqual([form, 'cancelled']);
      expect(turns[1]!.events.map((e) => e.type)).toEqual(['cancelled']);
      expect(turns[1]!.replies.join('')).not.toContain('我们店里没有');
    }
  });

  it('cancels the order when the message says the order (这单) is off, even naming what replaces it', () => {
    const turns = talkTo(engine, ['芝麻灰 40片', '算了 业主说改用大理石了 这单先取消']);
    expect(turns[1]!.order?.status).toBe('cancelled');
  });

  it('takes off only the line named, and never cancels for 这个不要了 among several lines', () => {
    const named = talkTo(engine, ['芝麻灰 40片 路沿石 100米', '算了 路沿石不要了']);
    expect(lineQtys(named[1])).toEqual([['SLAB', 40]]);
    expect(named[1]!.order?.status).toBe('draft');
    const unnamed = talkTo(engine, ['芝麻灰 40片 路沿石 100米', '这个不要了']);
    expect(unnamed[1]!.order?.status).toBe('draft');
    expect(unnamed[1]!.replies.join('')).toContain('要去掉哪一个');
  });
});

describe('a letting go that is no cancel', () => {
  it('cancels nothing when the customer says nothing more is wanted, or changes a line', () => {
    for (const form of ['不要了 就这些', '算了 换成大理石', '算了 芝麻灰改成30片']) {
      const turns = talkTo(engine, ['芝麻灰 40片', form]);
      expect([form, turns[1]!.events.map((e) => e.type)]).toEqual([form, []]);
    }
    const changed = talkTo(engine, ['芝麻灰 40片', '算了 芝麻灰改成30片']);
    expect(lineQtys(changed[1])).toEqual([['SLAB', 30]]);
  });
});

/** Made-up counters where a request is refused for its spec: a glass shop, a rope maker, a tile-adhesive dealer. */
function refusingShops(): Product[] {
  return [
    testProduct({ sku: 'GLASS', name: '钢化玻璃', aliases: ['钢化'], specs: { 厚度: '8mm' }, unit: '平方' }),
    testProduct({ sku: 'ROPE', name: '尼龙绳', aliases: ['绳子'], specs: { 直径: '10mm' }, unit: '卷' }),
    testProduct({
      sku: 'GLUE',
      name: '瓷砖胶',
      aliases: ['瓷砖粘结剂'],
      specs: { 规格: '20kg' },
      unit: '袋',
    }),
  ];
}

describe('cancelling right after the shop said it lacks the spec', () => {
  it('cancels the request, though nothing is on the draft', () => {
    const shop = createDialogEngine({ products: refusingShops() });
    for (const [ask, cancel] of [
      ['钢化玻璃 12mm 20平方', '算了 不要了 取消吧'],
      ['尼龙绳 16mm的 5卷', '那取消吧'],
      ['瓷砖胶 50kg 10袋', '算了 取消'],
    ] as const) {
      const turns = talkTo(shop, [ask, cancel]);
      expect([ask, turns[1]!.order?.status]).toEqual([ask, 'cancelled']);
      expect(turns[1]!.replies.join('')).not.toContain('没太看明白');
    }
  });
});
