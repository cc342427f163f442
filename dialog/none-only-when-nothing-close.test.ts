import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * "没有" is a claim about the catalog. Made-up shops where a message's words are close to a product the shop sells
 * though no product is spelt so: a sign maker's engraving and its plate fee (雕刻 / 版费, 雕刻版费), a mug printer's
 * transfer and its plate fee (转印 / 版费), a bag-strap stall whose straps are of 皮 while 皮带 is a handbag's
 * strap kind, a phone-accessory counter whose lanyards are of 皮 while 皮绳 is a key ring's, a rainwear stall whose
 * 儿童雨衣 a customer calls 小朋友的雨衣 (the lexicon's synonym), and a lamp-shade stall
 * with a 通用款 said glued to a word the shop does not use. Each is offered or asked about, never "没有", and no
 * order is confirmed without it.
 */
function closeShops(): Product[] {
  return [
    testProduct({ sku: 'SIGN-KT', name: '亚克力招牌', specs: { 颜色: '红色' }, unit: '块' }),
    testProduct({ sku: 'ENGRAVE', name: '激光雕刻加工', aliases: ['雕刻'], unit: '块' }),
    testProduct({ sku: 'ENGRAVE-PLATE', name: '雕刻制版费', aliases: ['版费', '制版费'], unit: '次' }),
    testProduct({ sku: 'MUG', name: '白瓷马克杯', unit: '个' }),
    testProduct({ sku: 'TRANSFER', name: '热转印加工', aliases: ['转印'], unit: '个' }),
    testProduct({ sku: 'TRANSFER-PLATE', name: '热转印制版费', aliases: ['转印版'], unit: '次' }),
    testProduct({ sku: 'BAG', name: '斜挎包', specs: { 肩带: '皮带' }, unit: '个' }),
    testProduct({ sku: 'BAG-CHAIN', name: '斜挎包', specs: { 肩带: '链条' }, unit: '个' }),
    ...['皮', '帆布'].flatMap((material) =>
      ['2cm', '3cm'].map((width) =>
        testProduct({
          sku: `STRAP-${material}-${width}`,
          name: `${material}包带`,
          category: '包带',
          specs: { 材质: material, 宽度: width },
          unit: '条',
        }),
      ),
    ),
    testProduct({ sku: 'KEYRING', name: '钥匙扣', specs: { 款式: '皮绳' }, unit: '个' }),
    ...['皮', '尼龙'].map((material) =>
      testProduct({
        sku: `LANYARD-${material}`,
        name: `手机挂绳`,
        specs: { 材质: material, 长度: '30cm' },
        unit: '条',
      }),
    ),
    ...(
      [
        ['ADULT', '防水雨衣', '成人雨鞋'],
        ['CHILD', '儿童雨衣', '卡通雨鞋'],
      ] as const
    ).flatMap(([who, coat, boot]) =>
      ['S', 'L'].flatMap((size) => [
        testProduct({
          sku: `COAT-${who}-${size}`,
          name: coat,
          category: '雨衣',
          specs: { 尺码: size },
          unit: '件',
        }),
        testProduct({
          sku: `BOOT-${who}-${size}`,
          name: boot,
          category: '雨鞋',
          specs: { 尺码: size },
          unit: '双',
        }),
      ]),
    ),
    ...['通用款', '加厚款'].map((kind) =>
      testProduct({ sku: `SHADE-${kind}`, name: '灯罩', specs: { 款式: kind }, unit: '个' }),
    ),
  ];
}

const engine = createDialogEngine({ products: closeShops() });

function saysNone(replies: string[]): boolean {
  return /没有/.test(replies.join('').replace(/没有完全对得上/g, ''));
}

describe('no "没有" for what the catalog holds close', () => {
  it('offers the plate fee for 雕刻版费 (both words in one product’s name)', () => {
    const turns = talkTo(engine, ['雕刻版费 1次']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
    expect(turns[0]!.replies.join('')).toContain('雕刻制版费');
  });

  it('asks about 转印 and 版费 said together, and confirms nothing without them', () => {
    const turns = talkTo(engine, ['白瓷马克杯100个 单色转印logo 版费一起算上', '确认']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('offers the leather strap for 3cm皮带 (皮 of 材质 + 带 of 包带), though 皮带 is a handbag’s strap', () => {
    const turns = talkTo(engine, ['3cm皮带 10条', '确认']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
    expect(turns[0]!.replies.join('')).toContain('皮包带');
    expect(lineQtys(turns[1])).toEqual([['STRAP-皮-3cm', 10]]);
  });

  it('offers the leather lanyard for 30cm皮绳 (皮 + 绳 of 挂绳), though 皮绳 is a key ring’s', () => {
    const turns = talkTo(engine, ['30cm皮绳 5条']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
    expect(turns[0]!.replies.join('')).toContain('手机挂绳');
  });

  it('asks among the children’s raincoats for 小朋友的雨衣 (儿童 its synonym in the lexicon)', () => {
    const turns = talkTo(engine, ['小朋友的雨衣 10件', '确认']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
    expect(turns[0]!.replies.join('')).toContain('儿童雨衣');
    expect(turns[0]!.replies.join('')).not.toContain('防水雨衣');
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('asks among the adults’ boots for 大人的雨鞋 (成人 its synonym)', () => {
    const turns = talkTo(engine, ['大人的雨鞋 5双']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
    expect(turns[0]!.replies.join('')).toContain('成人雨鞋');
  });

  it('reads 通用的 glued to a word the shop does not use as the 通用款, never "没有"', () => {
    const turns = talkTo(engine, ['吸顶罩通用的 2个']);
    expect(saysNone(turns[0]!.replies)).toBe(false);
  });
});
