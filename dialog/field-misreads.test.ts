import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 五金杂货 counter where the words of a chat and the words of the catalog cross: switches named by
 * 单控 / 双控, paint in 桶 beside PPR 三通, gloves by the 双 sold in 打 of 12 with sizes in letters.
 */
function counter(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [sku, name, aliases] of [
    ['KG-1D', '一开单控开关', ['单开', '一开']],
    ['KG-1S', '一开双控开关', ['双控', '一开双控']],
    ['KG-2D', '二开单控开关', ['双开', '二开']],
  ] as const)
    add({ sku, name, brand: '鸿雁', aliases: [...aliases], specs: { 颜色: '白' }, unit: '个' });
  for (const [litres, stock] of [
    ['5L', 40],
    ['18L', 30],
  ] as const)
    add({
      sku: `QQ-${litres}`,
      name: '净味乳胶漆',
      brand: '嘉宝莉',
      aliases: ['乳胶漆', '墙漆'],
      specs: { 容量: litres, 颜色: '白' },
      unit: '桶',
      stock,
    });
  add({
    sku: 'QQ-18L-MB',
    name: '净味乳胶漆',
    brand: '嘉宝莉',
    aliases: ['乳胶漆', '墙漆'],
    specs: { 容量: '18L', 颜色: '米白' },
    unit: '桶',
    stock: 10,
  });
  for (const mm of ['20', '25'])
    add({ sku: `ST-${mm}`, name: 'PPR三通', aliases: ['三通'], specs: { 外径: `${mm}mm` }, unit: '个' });
  for (const [size, stock] of [
    ['L', 600],
    ['XL', 240],
  ] as const)
    add({
      sku: `GL-${size}`,
      name: '浸胶手套',
      aliases: ['胶手套', '劳保手套'],
      specs: { 尺码: size },
      unit: '双',
      conversions: { 打: 12 },
      stock,
    });
  return list;
}

function engine() {
  const products = counter();
  return createDialogEngine({ products, matcher: createMatcher(products) });
}

describe('Misreads found by reading photographed order lists', () => {
  it('takes 没问题 下单 as a confirmation, not as a product called 问题', () => {
    const turns = talkTo(engine(), ['一开单控开关 10个', '没问题 下单']);
    expect(turns[1]!.replies.join('')).not.toMatch(/问题我们/);
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['KG-1D', 10]]);
  });

  it('reads chit-chat around a confirmation as chat (知道了 / 没关系 / 搞定 / 安排发货)', () => {
    for (const text of ['知道了 确认', '没关系 下单吧', '行 搞定 下单', '收到 安排发货', '没毛病 下单']) {
      const turns = talkTo(engine(), ['一开单控开关 10个', text]);
      expect(turns[1]!.replies.join('')).not.toMatch(/没有/);
      expect([text, turns[1]!.order?.status]).toEqual([text, 'confirmed']);
    }
  });

  it('takes repeated yes-words (嗯嗯 可以 / 对对对 没错 / OK 没问题) as a confirmation', () => {
    for (const text of ['嗯嗯 可以', '对对对 没错', 'OK 没问题']) {
      const turns = talkTo(engine(), ['一开单控开关 10个', text]);
      expect([text, turns[1]!.order?.status]).toEqual([text, 'confirmed']);
    }
  });

  it('reads 单控 as part of the switch name, not as 控', () => {
    const turns = talkTo(engine(), ['鸿雁一开单控 10个']);
    expect(lineQtys(turns[0])).toEqual([['KG-1D', 10]]);
  });

  it('never reads 单控 as the 双控 switch (the one word ending in 控); it asks which single-control one', () => {
    for (const text of ['单控 10个', '单控开关 10个']) {
      const turns = talkTo(engine(), [text]);
      expect([text, lineQtys(turns[0])]).toEqual([text, []]);
      expect(turns[0]!.replies.join('')).toMatch(/一开.*二开|二开.*一开/);
    }
  });

  it('reads 三桶 after a size as three buckets, not as the tee 三通', () => {
    const turns = talkTo(engine(), ['嘉宝莉净味乳胶漆18L三桶']);
    expect(turns[0]!.replies.join('')).not.toMatch(/三通/);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('')).toMatch(/米白|颜色/);
    const answered = talkTo(engine(), ['嘉宝莉净味乳胶漆18L三桶', '米白']);
    expect(lineQtys(answered[1])).toEqual([['QQ-18L-MB', 3]]);
  });

  it('reads a quantity run into a letter size (XL6打) as 6打 of that size', () => {
    const turns = talkTo(engine(), ['浸胶手套XL6打']);
    expect(lineQtys(turns[0])).toEqual([['GL-XL', 72]]);
  });

  it('asks about stock when two lines merged by a change exceed it', () => {
    const turns = talkTo(engine(), ['乳胶漆18L 米白8桶', '18L乳胶漆 25桶 白', '米白的换成白的']);
    expect(lineQtys(turns[1]).sort()).toEqual([
      ['QQ-18L', 25],
      ['QQ-18L-MB', 8],
    ]);
    const reply = turns[2]!.replies.join('');
    expect(reply).toMatch(/只有30桶/);
    expect(turns[2]!.order?.lines.every((l) => l.qty <= 30)).toBe(true);
  });
});

describe('Loose phrasing of edits', () => {
  it('replaces only the part of a line said before 换成 (其中4桶换成5L的), the line keeps the rest', () => {
    const turns = talkTo(engine(), ['嘉宝莉乳胶漆18L 白 10桶', '其中4桶换成5L的']);
    expect(lineQtys(turns[1]).sort()).toEqual([
      ['QQ-18L', 6],
      ['QQ-5L', 4],
    ]);
  });

  it('replaces the whole line when the part said is all of it', () => {
    const turns = talkTo(engine(), ['嘉宝莉乳胶漆18L 白 10桶', '10桶都换成5L的']);
    expect(lineQtys(turns[1])).toEqual([['QQ-5L', 10]]);
  });

  it('still reads 第二个 before 改成 as a line number, not as a part of two', () => {
    const turns = talkTo(engine(), ['嘉宝莉乳胶漆5L 白 3桶\n浸胶手套L 2打', '第一个改成18L的']);
    expect(lineQtys(turns[1]).sort()).toEqual([
      ['GL-L', 24],
      ['QQ-18L', 3],
    ]);
  });
});

/** A made-up 门窗五金 and 水暖 counter: hinges in 寸 × mm, drywall screws by mm, conduit and water pipe in mm. */
function hardware(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [size, thick] of [
    ['4寸', '2.5mm'],
    ['4寸', '3mm'],
    ['5寸', '3mm'],
  ] as const)
    add({
      sku: `HINGE-${size}-${thick}`,
      name: '不锈钢合页',
      aliases: ['合页'],
      specs: { 规格: size, 厚度: thick },
      unit: '片',
      conversions: { 对: 2 },
    });
  add({
    sku: 'HINGE-ZM',
    name: '不锈钢子母合页',
    aliases: ['合页', '子母合页'],
    specs: { 规格: '4寸', 厚度: '3mm', 款式: '子母' },
    unit: '片',
  });
  for (const size of ['3.5*25', '3.5*35'])
    add({ sku: `SCREW-${size}`, name: '干壁钉', aliases: ['石膏板钉'], specs: { 规格: size }, unit: '盒' });
  for (const mm of ['16', '20'])
    add({
      sku: `CONDUIT-${mm}`,
      name: 'PVC穿线管',
      aliases: ['线管'],
      specs: { 管径: `${mm}mm` },
      unit: '根',
    });
  for (const mm of ['20', '25'])
    add({ sku: `PPR-${mm}`, name: 'PPR冷水管', aliases: ['水管'], specs: { 外径: `${mm}mm` }, unit: '根' });
  for (const length of ['80', '100'])
    add({
      sku: `ANCHOR-M10-${length}`,
      name: '膨胀螺丝',
      specs: { 规格: 'M10', 长度: `${length}mm` },
      unit: '个',
    });
  return list;
}

function hardwareEngine() {
  const products = hardware();
  return createDialogEngine({ products, matcher: createMatcher(products) });
}

describe('Sizes the trade writes its own way', () => {
  it('reads a hinge as 4寸2.5厘, 4*3*3 (寸 × 寸 × mm), 100的 … 3厚', () => {
    expect(lineQtys(talkTo(hardwareEngine(), ['4寸2.5厘的合页 10片'])[0])).toEqual([['HINGE-4寸-2.5mm', 10]]);
    expect(lineQtys(talkTo(hardwareEngine(), ['100的不锈钢合页 3厚 20片'])[0])).toEqual([
      ['HINGE-4寸-3mm', 20],
    ]);
    const asked = talkTo(hardwareEngine(), ['合页 4*3*3 20片', '子母的']);
    expect(lineQtys(asked[0])).toEqual([]);
    expect(lineQtys(asked[1])).toEqual([['HINGE-ZM', 20]]);
  });

  it('widens a product word to a sibling name with a modifier inside it when a spec says so', () => {
    const turns = talkTo(hardwareEngine(), ['不锈钢合页 子母的 4寸 20片']);
    expect(lineQtys(turns[0])).toEqual([['HINGE-ZM', 20]]);
  });

  it('reads screws by gauge and inch length (6*1寸 is 3.5*25)', () => {
    expect(lineQtys(talkTo(hardwareEngine(), ['石膏板钉 6*1寸 5盒'])[0])).toEqual([['SCREW-3.5*25', 5]]);
  });

  it('reads 4分 as a 16 mm conduit and as a 20 mm water pipe', () => {
    expect(lineQtys(talkTo(hardwareEngine(), ['4分线管 100根'])[0])).toEqual([['CONDUIT-16', 100]]);
    expect(lineQtys(talkTo(hardwareEngine(), ['4分水管 100根'])[0])).toEqual([['PPR-20', 100]]);
  });

  it('asks about the products sizes fit when the product word is unknown, instead of saying 没有', () => {
    const turns = talkTo(hardwareEngine(), ['铁爪子 M10*100 50个', '好']);
    expect(turns[0]!.replies.join('')).not.toMatch(/没有。/);
    expect(turns[0]!.replies.join('')).toMatch(/膨胀螺丝/);
    expect(lineQtys(turns[1])).toEqual([['ANCHOR-M10-100', 50]]);
  });

  it('never confirms on 等甲方确认了再下', () => {
    const turns = talkTo(hardwareEngine(), ['石膏板钉 3.5*35 5盒', '等甲方确认了再下']);
    expect(turns[1]!.order?.status).toBe('draft');
  });
});

describe('the unit of a number is never taken into a typo correction', () => {
  // a 水暖 counter whose faucets are 铜 and a valve 全铜: the trade lexicon adds 纯铜 beside 全铜, and 寸铜 (cun tong) sounds like 纯铜
  const faucets = (['4分', '6分', '1寸'] as const).map((size) =>
    testProduct({
      sku: `KK-${size}`,
      name: '快开水龙头',
      brand: '法恩莎',
      aliases: ['水龙头'],
      specs: { 口径: size, 材质: '铜' },
      unit: '个',
    }),
  );
  const valve = testProduct({
    sku: 'JF-1',
    name: '三角阀',
    specs: { 口径: '4分', 材质: '全铜' },
    unit: '个',
  });
  const engine = () =>
    createDialogEngine({ products: [...faucets, valve], matcher: createMatcher([...faucets, valve]) });

  it('reads 1寸铜快开水龙头 as the 1寸 faucet in 铜, not as 1 and 纯铜', () => {
    const turns = talkTo(engine(), ['法恩莎1寸铜快开水龙头3个']);
    expect(turns[0]!.replies.join('')).not.toMatch(/没有/);
    expect(lineQtys(turns[0])).toEqual([['KK-1寸', 3]]);
  });
});
