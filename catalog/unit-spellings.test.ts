import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>) =>
  testProduct({ sku, name, specs, unit: '个', stock: 100 });

describe('A unit said another way than the catalog writes it', () => {
  /** A made-up parts counter: motors in kW, capacitors in μF/V, resistors in kΩ. */
  const parts = createMatcher([
    product('M15', '电机', { 功率: '1.5kW' }),
    product('C100', '电解电容', { 规格: '100μF/25V' }),
    product('R10K', '电阻', { 阻值: '10kΩ', 封装: '0805' }),
  ]);
  /** A made-up fluids counter: coolant by freezing point in ℃, alcohol by strength in %. */
  const fluids = createMatcher([
    product('AF35', '防冻液', { 冰点: '-35℃' }),
    product('AF25', '防冻液', { 冰点: '-25℃' }),
    product('AL95', '酒精', { 浓度: '95%' }),
    product('AL35', '酒精', { 浓度: '35%' }),
  ]);

  it('writes a unit in Chinese or a short letter as the catalog spells it', () => {
    expect(parts.analyze('1.5千瓦的电机').text).toBe('1.5kw的电机');
    expect(parts.analyze('100微法 25伏电容').text).toBe('100μf 25v电容');
    expect(parts.analyze('100uf 25v').text).toBe('100μf 25v');
    expect(parts.analyze('10k 0805 电阻').text).toBe('10kω 0805 电阻');
    expect(parts.analyze('10千欧的电阻').text).toBe('10kω的电阻');
  });

  it('reads 度 as the unit the catalog carries with that number, and a minus or 零下 as part of the value', () => {
    expect(fluids.analyze('-35度的 5桶').text).toBe('-35°c的 5桶');
    expect(fluids.analyze('零下25度的').text).toBe('-25°c的');
    expect(fluids.analyze('95度的酒精').text).toBe('95%的酒精');
  });

  it('leaves 度 as said when the catalog carries the number in both units, or in neither', () => {
    const both = createMatcher([
      product('T', '温控器', { 温度: '35℃' }),
      product('A', '酒精', { 浓度: '35%' }),
    ]);
    expect(both.analyze('35度的').text).toBe('35度的');
    expect(fluids.analyze('50度的').text).toBe('50度的');
  });

  it('never takes the start of a longer unit or word: 5毫升 is no 5 mm, 5kg no 5 kΩ', () => {
    const mixed = createMatcher([
      product('B', '石膏板', { 厚度: '5mm' }),
      product('R', '电阻', { 阻值: '5kΩ' }),
    ]);
    expect(mixed.analyze('5毫升').text).toBe('5毫升');
    expect(mixed.analyze('5kg').text).toBe('5kg');
    expect(mixed.analyze('5毫的石膏板').text).toBe('5mm的石膏板');
  });
});

describe('A unit the trade says its own way is the catalog unit, never a product word', () => {
  /** A made-up power-bank counter: capacity in mAh. */
  const powerBanks = createMatcher([
    product('PB10', '充电宝', { 容量: '10000mAh', 接口: 'Type-C' }),
    product('PB20', '充电宝', { 容量: '20000mAh', 接口: 'Type-C' }),
  ]);
  /** A made-up UPS and standby-battery counter: batteries in V and Ah, UPS by kW. */
  const standby = createMatcher([
    product('B7', '铅酸蓄电池', { 电压: '12V', 容量: '7Ah' }),
    product('B38', '铅酸蓄电池', { 电压: '12V', 容量: '38Ah' }),
    product('U3', 'UPS电源', { 功率: '3kW' }),
    product('U10', 'UPS电源', { 功率: '10kW' }),
  ]);
  /** A made-up generator-set yard: gensets by kW and phase. */
  const gensets = createMatcher([
    product('G5S', '柴油发电机组', { 功率: '5kW', 相数: '单相' }),
    product('G5T', '柴油发电机组', { 功率: '5kW', 相数: '三相' }),
    product('G30', '柴油发电机组', { 功率: '30kW', 相数: '三相' }),
  ]);

  it('reads 毫安 / 毫安时 / ma as mAh', () => {
    expect(powerBanks.analyze('10000毫安的充电宝 20个').text).toBe('10000mah的充电宝 20个');
    expect(powerBanks.analyze('充电宝20000ma').text).toBe('充电宝20000mah');
    expect(powerBanks.analyze('20000毫安时').text).toBe('20000mah');
  });

  it('reads 安 / 安时 / a as Ah and 伏 as V', () => {
    expect(standby.analyze('12伏38安的蓄电池').text).toBe('12v38ah的蓄电池');
    expect(standby.analyze('蓄电池12v7a 10只').text).toBe('蓄电池12v7ah 10只');
    expect(standby.analyze('38安时').text).toBe('38ah');
  });

  it('reads 千瓦, k and N个千瓦 as kW', () => {
    expect(standby.analyze('10k的ups').text).toBe('10kw的ups');
    expect(gensets.analyze('5个千瓦的发电机').text).toBe('5kw的发电机');
    expect(gensets.analyze('30千瓦发电机组').text).toBe('30kw发电机组');
  });

  it('writes a unit of two characters the catalog spells one way even for a number it lacks, so it is asked about', () => {
    expect(powerBanks.analyze('5000毫安的充电宝').text).toBe('5000mah的充电宝');
    expect(gensets.analyze('8千瓦的发电机').text).toBe('8kw的发电机');
    // a single character stays as said for a number the catalog lacks (安装 is no unit)
    expect(standby.analyze('5安装').text).toBe('5安装');
  });

  it('reads 220的 / 220V as 单相 and 380的 / 380伏 as 三相 where the catalog tells products apart by phase', () => {
    expect(gensets.analyze('5kw 380的 2台').text).toBe('5kw 三相的 2台');
    expect(gensets.analyze('5千瓦220v').text).toBe('5kw单相');
    expect(gensets.analyze('380伏的').text).toBe('三相的');
    // a catalog that carries the voltage itself keeps it
    const welders = createMatcher([
      product('W1', '电焊机', { 电压: '220V', 相数: '单相' }),
      product('W3', '电焊机', { 电压: '380V', 相数: '三相' }),
    ]);
    expect(welders.analyze('380的电焊机').text).toBe('380的电焊机');
  });
});

describe('A 个 between a number and a unit of measure is no count', () => {
  it('reads 36个方 / 20个平方 of an area as 36方 (carpet, artificial turf)', () => {
    const floorCover = createMatcher([
      testProduct({
        sku: 'CP',
        name: '办公地毯',
        specs: { 规格: '50*50cm' },
        unit: '片',
        stock: 999,
        conversions: { 方: 4, 平方: 4 },
      }),
      testProduct({
        sku: 'TF',
        name: '人造草坪',
        specs: { 草高: '30mm' },
        unit: '平方',
        stock: 999,
      }),
    ]);
    expect(floorCover.analyze('办公地毯 36个方').text).toBe('办公地毯 36方');
    expect(floorCover.analyze('人造草坪20个平方').text).toBe('人造草坪20平方');
    expect(floorCover.analyze('办公地毯 36个').text).toBe('办公地毯 36个');
  });

  it('keeps 个 before a catalog word that starts with a unit character (3个方管, 2个米黄的)', () => {
    const yard = createMatcher([
      product('FG', '方管', { 规格: '40*40' }),
      testProduct({
        sku: 'T',
        name: '抛光砖',
        specs: { 色号: '米黄' },
        unit: '片',
        stock: 9,
        conversions: { 方: 2 },
      }),
    ]);
    expect(yard.analyze('3个方管').text).toBe('3个方管');
    expect(yard.analyze('2个米黄的').text).toBe('2个米黄的');
  });
});
