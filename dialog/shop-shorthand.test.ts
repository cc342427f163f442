import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tablet counter: screen films by model, a family named with suffix words after the number. */
function tabletShop(): Product[] {
  const film = (sku: string, model: string) =>
    testProduct({
      sku,
      name: `${model} 平板钢化膜`,
      aliases: ['平板膜', '钢化膜', '膜'],
      specs: { 型号: model },
      unit: '张',
      conversions: { 盒: 10 },
    });
  return [
    film('G-S9', 'Galaxy Tab S9'),
    film('G-S9U', 'Galaxy Tab S9 Ultra'),
    film('G-S9P', 'Galaxy Tab S9 Plus'),
    film('I-AIR5', 'iPad Air 5'),
    film('I-PRO11', 'iPad Pro 11'),
    film('M-11', 'MatePad 11'),
    film('M-PRO11', 'MatePad Pro 11'),
  ];
}

/** A made-up tool counter: the brand is written in every name, and one brand's pliers come first. */
function toolShop(): Product[] {
  const tool = (sku: string, brand: string, word: string, size: string) =>
    testProduct({
      sku,
      name: `${brand} ${size} ${word}`,
      brand,
      aliases: [word],
      specs: { 尺寸: size },
      unit: '把',
    });
  return [
    tool('SD-QIAN', '世达', '老虎钳', '8寸'),
    tool('SD-BAN', '世达', '活动扳手', '10寸'),
    tool('SDL-BAN', '史丹利', '活动扳手', '10寸'),
    tool('CC-BAN', '长城', '活动扳手', '10寸'),
  ];
}

/** A made-up hardware counter: hydraulic hinges by a model code with a leading zero, and load ranges that share it. */
function hingeShop(): Product[] {
  const hinge = (sku: string, code: string, load: string) =>
    testProduct({
      sku,
      name: `液压地弹簧 ${code}`,
      aliases: ['地弹簧', '地弹'],
      specs: { 型号: code, 承重: load },
      unit: '个',
    });
  return [hinge('H-035', '035', '20-35kg'), hinge('H-055', '055', '35-55kg')];
}

/** A made-up cable counter: `C to Lightning` names its plugs with a lone letter; `c口线` is the catalog's alias. */
function cableShop(): Product[] {
  const cable = (sku: string, name: string, plug: string, aliases: string[]) =>
    testProduct({
      sku,
      name,
      aliases: ['数据线', '线', ...aliases],
      specs: { 接口: plug, 长度: '1米' },
      unit: '条',
    });
  return [
    cable('TC', '安克 USB转Type-C 数据线 1米', 'Type-C', ['c口线', 'typec线']),
    cable('CL', '安克 C to Lightning 快充线 1米', 'C to Lightning', ['苹果快充线']),
    cable('UL', '安克 USB转Lightning 数据线 1米', 'Lightning', ['苹果线']),
  ];
}

const first = (products: Product[], text: string) => {
  const engine = createDialogEngine({ products, maxQtyPerLine: 10000 });
  return lineQtys(talkTo(engine, [text])[0]);
};
const replies = (products: Product[], text: string) => {
  const engine = createDialogEngine({ products, maxQtyPerLine: 10000 });
  return talkTo(engine, [text])[0]!.replies.join('\n');
};

describe('Model names said the short way', () => {
  const shop = tabletShop();

  it('reads suffix words cut to their first letters (s9u, s9 ultra, s9p)', () => {
    expect(first(shop, 's9u 平板膜 10张')).toEqual([['G-S9U', 10]]);
    expect(first(shop, 's9 ultra的钢化膜 10张')).toEqual([['G-S9U', 10]]);
    expect(first(shop, '平板膜 tab s9p 2盒')).toEqual([['G-S9P', 20]]);
  });

  it('reads the model without suffix words when only its number and family are said (s9, matepad11)', () => {
    expect(first(shop, 's9的膜 5张')).toEqual([['G-S9', 5]]);
    expect(first(shop, 'matepad11 平板膜 5张')).toEqual([['M-11', 5]]);
    expect(first(shop, 'ipad air5 钢化膜 3张')).toEqual([['I-AIR5', 3]]);
  });

  it('asks when a shorthand fits two models (pro11 of an iPad and a MatePad)', () => {
    expect(first(shop, 'pro11 平板膜 5张')).toEqual([]);
    expect(replies(shop, 'pro11 平板膜 5张')).toMatch(
      /iPad Pro 11[\s\S]*MatePad Pro 11|MatePad Pro 11[\s\S]*iPad Pro 11/,
    );
  });

  it('leaves a value said whole with a word glued before it as said (7w白光6500k)', () => {
    const lamp = (sku: string, light: string) =>
      testProduct({
        sku,
        name: `LED筒灯 7W ${light}`,
        aliases: ['筒灯'],
        specs: { 功率: '7W', 光色: light },
        unit: '个',
      });
    const lamps = [lamp('L-W', '白光6500K'), lamp('L-N', '暖光3000K')];
    expect(first(lamps, '筒灯 7W白光6500K 10个')).toEqual([['L-W', 10]]);
    expect(first(lamps, '筒灯7w暖光3000k 6个')).toEqual([['L-N', 6]]);
  });

  it('never reads a quantity as a model number (9张 is nine films)', () => {
    expect(first(shop, 's9u 平板膜 9张')).toEqual([['G-S9U', 9]]);
  });
});

describe('各 after a product word and its brands', () => {
  it('spreads the quantity over the brands, not over the product word they qualify', () => {
    const shop = toolShop();
    expect(first(shop, '老虎钳 世达 3把\n活动扳手 史丹利 长城 各5把')).toEqual([
      ['SD-QIAN', 3],
      ['SDL-BAN', 5],
      ['CC-BAN', 5],
    ]);
    expect(first(shop, '活动扳手 史丹利10寸 长城10寸 各2把')).toEqual([
      ['SDL-BAN', 2],
      ['CC-BAN', 2],
    ]);
  });
});

describe('Model codes with a leading zero', () => {
  const shop = hingeShop();

  it('reads 035 as the code, never as the 35 of a load range', () => {
    expect(first(shop, '地弹簧 035的 10个 055的 5个')).toEqual([
      ['H-035', 10],
      ['H-055', 5],
    ]);
    expect(first(shop, '035地弹 4个')).toEqual([['H-035', 4]]);
  });

  it('keeps asking about a quantity when a later item of the same message names one model with its own', () => {
    const engine = createDialogEngine({ products: shop, maxQtyPerLine: 10000 });
    const [turn] = talkTo(engine, ['地弹簧 10个 055的 5个']);
    expect(lineQtys(turn)).toEqual([['H-055', 5]]);
    expect(turn!.replies.join('\n')).toMatch(/10个/);
    const [, confirmed] = talkTo(engine, ['地弹簧 10个 055的 5个', '确认']);
    expect(confirmed!.order?.status).not.toBe('confirmed');
  });
});

describe('Catalog words split with 的 and lone letters of names', () => {
  const shop = cableShop();

  it('reads c口的线 as the catalog word c口线', () => {
    expect(first(shop, 'c口的线 1米 5条')).toEqual([['TC', 5]]);
    expect(first(shop, 'typec的线 5条')).toEqual([['TC', 5]]);
  });

  it('never takes the lone C of a name as the product (c的线 is asked about)', () => {
    expect(first(shop, 'c的 数据线 1米 5条')).toEqual([]);
  });
});

describe('Code numbers said digit by digit', () => {
  const bearing = (sku: string, code: string) =>
    testProduct({ sku, name: `深沟球轴承 ${code}`, aliases: ['轴承'], specs: { 型号: code }, unit: '个' });
  const shop = [bearing('B-6205', '6205'), bearing('B-6305', '6305'), bearing('B-608', '608')];

  it('reads 六二零五 as 6205 and 六零八 as 608', () => {
    expect(first(shop, '六二零五的轴承 10个')).toEqual([['B-6205', 10]]);
    expect(first(shop, '轴承 六三零五 2个 六零八 5个')).toEqual([
      ['B-6305', 2],
      ['B-608', 5],
    ]);
  });

  it('keeps counted numbers as counts (一百二十个)', () => {
    expect(first(shop, '6205轴承 一百二十个')).toEqual([['B-6205', 120]]);
  });
});
