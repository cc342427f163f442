import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up guitar-string counter: phosphor-bronze and nickel strings by gauge, picks by thickness. */
function stringShop(): Product[] {
  const strings = (sku: string, material: string, gauge: string) =>
    testProduct({
      sku,
      name: `达达里奥吉他弦 ${material} ${gauge}`,
      brand: '达达里奥',
      aliases: ['吉他弦', '琴弦'],
      specs: { 材质: material, 规格: gauge },
      unit: '套',
    });
  return [
    strings('GS-PB-10', '磷铜', '010-047'),
    strings('GS-PB-12', '磷铜', '012-053'),
    strings('GS-NI-10', '镀镍', '010-046'),
    testProduct({
      sku: 'PK-071',
      name: '邓禄普拨片 0.71mm',
      brand: '邓禄普',
      aliases: ['拨片'],
      specs: { 厚度: '0.71mm' },
      unit: '片',
    }),
  ];
}

/** A made-up aquarium counter: filter media by the bag and heaters by power. */
function aquariumShop(): Product[] {
  return [
    testProduct({
      sku: 'AQ-HT-100',
      name: '森森加热棒 100W',
      brand: '森森',
      aliases: ['加热棒'],
      specs: { 功率: '100W', 材质: '石英' },
      unit: '支',
    }),
    testProduct({
      sku: 'AQ-HT-200',
      name: '森森加热棒 200W',
      brand: '森森',
      aliases: ['加热棒'],
      specs: { 功率: '200W', 材质: '石英' },
      unit: '支',
    }),
    testProduct({
      sku: 'AQ-TURTLE',
      name: '乌龟饲料 300g',
      aliases: ['乌龟粮', '龟粮'],
      specs: { 重量: '300g' },
      unit: '罐',
    }),
    testProduct({
      sku: 'AQ-RING',
      name: '森森陶瓷环 500g',
      brand: '森森',
      aliases: ['陶瓷环', '滤材'],
      specs: { 重量: '500g' },
      unit: '袋',
    }),
  ];
}

/** A made-up badminton counter: shuttles by speed, rackets by weight class, grips. */
function badmintonShop(): Product[] {
  return [
    testProduct({
      sku: 'SH-76',
      name: '亚狮龙羽毛球 76速',
      brand: '亚狮龙',
      aliases: ['羽毛球'],
      specs: { 速度: '76速', 毛片: '鹅毛' },
      unit: '筒',
    }),
    testProduct({
      sku: 'SH-77',
      name: '亚狮龙羽毛球 77速',
      brand: '亚狮龙',
      aliases: ['羽毛球'],
      specs: { 速度: '77速', 毛片: '鹅毛' },
      unit: '筒',
    }),
    testProduct({
      sku: 'GR-1',
      name: '尤尼克斯手胶 AC102',
      brand: '尤尼克斯',
      aliases: ['手胶'],
      specs: { 型号: 'AC102' },
      unit: '条',
    }),
  ];
}

const status = (turn: { order: { status: string } | null } | undefined) => turn?.order?.status ?? 'none';

describe('An item given with an amount whose value was not found is kept open, never dropped', () => {
  it('asks about a string set in a gauge the catalog lacks at the confirmation (guitar strings)', () => {
    const engine = createDialogEngine({ products: stringShop() });
    const turns = talkTo(engine, ['磷铜弦 011-052 10套 邓禄普拨片0.71 50片', '确认']);
    expect(status(turns[1])).toBe('draft');
    expect(turns[1]!.replies.join('\n')).toMatch(/011-052/);
  });

  it('asks about a heater in a power the catalog lacks (aquarium)', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['石英棒 300W 5支 森森陶瓷环 3袋', '确认']);
    expect(status(turns[1])).toBe('draft');
    expect(turns[1]!.replies.join('\n')).toMatch(/300W/i);
  });

  it('asks about shuttles of a speed the catalog lacks, and confirms the rest once let go (badminton)', () => {
    const engine = createDialogEngine({ products: badmintonShop() });
    const turns = talkTo(engine, ['鹅毛球 78速 20筒 尤尼克斯手胶 10条', '确认', '那个不要了', '确认']);
    expect(status(turns[1])).toBe('draft');
    expect(turns[1]!.replies.join('\n')).toMatch(/78速/);
    expect(status(turns[3])).toBe('confirmed');
    expect(lineQtys(turns[3])).toEqual([['GR-1', 10]]);
  });
});

describe('An item of values alone that the catalog lacks is honestly refused', () => {
  it('confirms the rest when the item named no product, only a value the shop lacks (aquarium)', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['300W 5支 森森陶瓷环 3袋', '确认']);
    expect(status(turns[1])).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['AQ-RING', 3]]);
  });

  it('confirms the rest when the item said a value no product has and no product word (badminton)', () => {
    const engine = createDialogEngine({ products: badmintonShop() });
    const turns = talkTo(engine, ['78速 20筒 尤尼克斯手胶 10条', '确认']);
    expect(status(turns[1])).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['GR-1', 10]]);
  });
});

describe('An item whose product word and value the shop sells is kept open past the words around it', () => {
  it('asks about it instead of confirming when chatter beside the item made it "没有" (aquarium)', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['冬天要保温 乌龟加热棒200W的拿2支', '森森陶瓷环 3袋', '确认']);
    expect(status(turns[2])).not.toBe('confirmed');
  });
});

describe('An edit with an amount that names no line is kept open, never confirmed past', () => {
  it('asks which line a reorder change means when its words name none (guitar strings)', () => {
    const engine = createDialogEngine({ products: stringShop() });
    const history = [{ lines: [{ sku: 'GS-PB-10', qty: 10 }] }];
    const turns = talkTo(engine, ['跟上次一样 尼龙的加到20套', '确认'], { history });
    expect(status(turns[1])).toBe('draft');
    expect(turns[1]!.replies.join('\n')).toMatch(/尼龙/);
  });

  it('confirms once the customer makes the edit on a line it names (aquarium)', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['森森加热棒 100W 5支', '200W的改成8支', '确认', '加热棒改成8支', '确认']);
    expect(status(turns[2])).toBe('draft');
    expect(status(turns[4])).toBe('confirmed');
    expect(lineQtys(turns[4])).toEqual([['AQ-HT-100', 8]]);
  });

  it('never takes a reduction naming a sibling off the line, and lets it go with 算了 (badminton)', () => {
    const engine = createDialogEngine({ products: badmintonShop() });
    const turns = talkTo(engine, ['亚狮龙羽毛球 76速 10筒', '77速的少2筒', '确认', '算了', '确认']);
    expect(status(turns[2])).toBe('draft');
    expect(status(turns[4])).toBe('confirmed');
    expect(lineQtys(turns[4])).toEqual([['SH-76', 10]]);
  });

  it('reads an amount followed by 再加 as the edit, and the words after it as a new item (guitar strings)', () => {
    const engine = createDialogEngine({ products: stringShop() });
    const turns = talkTo(engine, ['磷铜吉他弦 010-047 10套', '吉他弦改成5套 再加拨片0.71 30片', '确认']);
    expect(status(turns[2])).toBe('confirmed');
    expect(lineQtys(turns[2]).sort()).toEqual([
      ['GS-PB-10', 5],
      ['PK-071', 30],
    ]);
  });
});

describe('A price asked with 多少 and a unit is no reduction', () => {
  it('edits no line on 价多少一支 (aquarium)', () => {
    const engine = createDialogEngine({ products: aquariumShop() });
    const turns = talkTo(engine, ['森森加热棒 100W 5支', '加热棒批发价多少一支', '确认']);
    expect(lineQtys(turns[2])).toEqual([['AQ-HT-100', 5]]);
  });

  it('edits no line on 多少一筒 (badminton)', () => {
    const engine = createDialogEngine({ products: badmintonShop() });
    const turns = talkTo(engine, ['亚狮龙羽毛球 76速 10筒', '77速的多少一筒', '确认']);
    expect(lineQtys(turns[2])).toEqual([['SH-76', 10]]);
  });

  it('edits no line on 琴弦多少一套 (guitar strings)', () => {
    const engine = createDialogEngine({ products: stringShop() });
    const turns = talkTo(engine, ['磷铜吉他弦 010-047 10套', '琴弦多少一套', '确认']);
    expect(lineQtys(turns[2])).toEqual([['GS-PB-10', 10]]);
  });
});
