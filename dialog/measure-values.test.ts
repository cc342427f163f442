import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up household-goods counter whose catalog writes measures the Latin way (1.5m, 500g, 1L, 1.5kW), while its
 * customers say them in Chinese units, compounds (1米5, 一米八) and other units of the same dimension (150公分,
 * 1斤, 1000ml, 1500瓦).
 */
function householdShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const width of ['1.2m', '1.5m', '1.8m'])
    add({ sku: `MAT-${width}`, name: '棕榈床垫', aliases: ['床垫'], specs: { 宽度: width }, unit: '张' });
  for (const length of ['3m', '5m', '7.5m'])
    add({ sku: `TAPE-${length}`, name: '钢卷尺', aliases: ['卷尺'], specs: { 长度: length }, unit: '把' });
  for (const weight of ['500g', '1kg', '2.5kg'])
    add({ sku: `POWDER-${weight}`, name: '洗衣粉', specs: { 净含量: weight }, unit: '袋' });
  for (const volume of ['500ml', '1L', '2L'])
    add({ sku: `LIQUID-${volume}`, name: '洗洁精', specs: { 容量: volume }, unit: '瓶' });
  for (const power of ['1.5kW', '2kW'])
    add({ sku: `HEATER-${power}`, name: '暖风机', specs: { 功率: power }, unit: '台' });
  // 支 is both a towel's yarn count (支数) and the unit pens are sold in
  for (const count of ['21支', '32支'])
    add({ sku: `TOWEL-${count}`, name: '纯棉毛巾', aliases: ['毛巾'], specs: { 支数: count }, unit: '条' });
  add({ sku: 'PEN', name: '中性笔', aliases: ['笔'], unit: '支', conversions: { 盒: 12 } });
  for (const bore of ['DN40', 'DN50', 'DN65'])
    add({ sku: `GATE-${bore}`, name: '铸铁闸阀', aliases: ['闸阀'], specs: { 口径: bore }, unit: '个' });
  for (const count of [1000, 2000])
    add({
      sku: `CUP-${count}`,
      name: `一次性纸杯 ${count}只/箱`,
      aliases: ['纸杯'],
      specs: { 包装: `${count}只/箱` },
      unit: '箱',
      conversions: { 只: 1 / count },
    });
  // a rope's diameter and length share their numbers (10mm, 10m)
  for (const diameter of ['8mm', '10mm'])
    for (const length of ['10m', '20m'])
      add({
        sku: `ROPE-${diameter}-${length}`,
        name: '尼龙绳',
        aliases: ['绳子'],
        specs: { 直径: diameter, 长度: length },
        unit: '卷',
      });
  // 件 is both a knife set's count (件数) and the unit work clothes are sold in
  add({ sku: 'KNIVES-5', name: '不锈钢刀具套装', aliases: ['刀具套装'], specs: { 件数: '5件' }, unit: '套' });
  for (const colour of ['白色', '黑色'])
    add({ sku: `COAT-${colour}`, name: '工作服', specs: { 颜色: colour }, unit: '件' });
  return list;
}

const products = householdShop();
const engine = createDialogEngine({ products, maxQtyPerLine: 10000 });
const talk = (turns: string[]) => talkTo(engine, turns, { name: '王老板' });
const first = (text: string) => talk([text])[0];

describe('Measures said in other units than the catalog writes', () => {
  it('reads 米 and its compounds as the catalog’s m (1米5, 一米八, 1.8米, 2M)', () => {
    expect(lineQtys(first('1米5的床垫 10张'))).toEqual([['MAT-1.5m', 10]]);
    expect(lineQtys(first('床垫一米八 6张'))).toEqual([['MAT-1.8m', 6]]);
    expect(lineQtys(first('1.2米的床垫 4张'))).toEqual([['MAT-1.2m', 4]]);
    expect(lineQtys(first('卷尺5米 20把'))).toEqual([['TAPE-5m', 20]]);
    expect(lineQtys(first('7.5M的卷尺 20把'))).toEqual([['TAPE-7.5m', 20]]);
    expect(first('1米2的床垫 4张')!.replies.join('')).not.toContain('没有');
  });

  it('converts within a dimension: 150公分 and 1800mm are metres, 1斤 is 500g, 1000ml is 1L, 1500瓦 is 1.5kW', () => {
    expect(lineQtys(first('150公分的床垫 3张'))).toEqual([['MAT-1.5m', 3]]);
    expect(lineQtys(first('床垫1800mm 3张'))).toEqual([['MAT-1.8m', 3]]);
    expect(lineQtys(first('洗衣粉1斤装 10袋'))).toEqual([['POWDER-500g', 10]]);
    expect(lineQtys(first('洗衣粉2公斤半的 10袋'))).toEqual([['POWDER-2.5kg', 10]]);
    expect(lineQtys(first('洗衣粉1000克 10袋'))).toEqual([['POWDER-1kg', 10]]);
    expect(lineQtys(first('洗洁精1000ml 12瓶'))).toEqual([['LIQUID-1L', 12]]);
    expect(lineQtys(first('洗洁精2升的 12瓶'))).toEqual([['LIQUID-2L', 12]]);
    expect(lineQtys(first('暖风机1500瓦 2台'))).toEqual([['HEATER-1.5kW', 2]]);
    expect(lineQtys(first('暖风机2千瓦 2台'))).toEqual([['HEATER-2kW', 2]]);
  });

  it('reads a half inch with a decimal point as the pipe size it also is (1.5寸 = 1寸半 = DN40)', () => {
    expect(lineQtys(first('1.5寸闸阀 6个'))).toEqual([['GATE-DN40', 6]]);
    expect(lineQtys(first('闸阀 2.5寸的 4个'))).toEqual([['GATE-DN65', 4]]);
    expect(lineQtys(first('闸阀 2寸半 4个'))).toEqual([['GATE-DN65', 4]]);
  });

  it('reads a value said without its unit as the catalog’s value of that number (1.8的)', () => {
    expect(lineQtys(first('1.8的床垫 5张'))).toEqual([['MAT-1.8m', 5]]);
  });

  it('says no such size only when no value converts to it, and names what there is', () => {
    const reply = first('床垫2米的 3张')!.replies.join('');
    expect(reply).toContain('没有');
    expect(reply).toContain('1.8m');
    expect(lineQtys(first('床垫2米的 3张'))).toEqual([]);
  });
});

describe('A number and unit the catalog writes as a value', () => {
  it('reads 32支 of a towel as its yarn count, not as 32 pieces, however it is placed', () => {
    expect(lineQtys(first('毛巾 32支的 20条'))).toEqual([['TOWEL-32支', 20]]);
    expect(lineQtys(first('32支毛巾 20条'))).toEqual([['TOWEL-32支', 20]]);
    expect(lineQtys(first('毛巾21支 10条'))).toEqual([['TOWEL-21支', 10]]);
  });

  it('keeps a count in that unit a quantity for a product sold in it', () => {
    expect(lineQtys(first('笔 24支'))).toEqual([['PEN', 24]]);
    expect(lineQtys(first('工作服 白色10件 黑色5件'))).toEqual([
      ['COAT-白色', 10],
      ['COAT-黑色', 5],
    ]);
  });
});

describe('A lone number beside a value of the same number', () => {
  it('reads the lone number as the attribute the other value leaves (10的绳子 10米: 10 mm across)', () => {
    expect(lineQtys(first('10的尼龙绳 10米 3卷'))).toEqual([['ROPE-10mm-10m', 3]]);
    expect(lineQtys(first('绳子 长10米 10的 2卷 8的 20米 1卷'))).toEqual([
      ['ROPE-10mm-10m', 2],
      ['ROPE-8mm-20m', 1],
    ]);
  });

  it('still asks, and places nothing, when nothing else is said beside the lone number', () => {
    const turn = first('10的尼龙绳 3卷')!;
    expect(lineQtys(turn)).toEqual([]);
    expect(turn.replies.join('')).toContain('要哪个');
  });
});

describe('A pack said by what it holds', () => {
  it('reads 1000只装 as the product whose 箱 holds 1000, not as 1000 pieces', () => {
    expect(lineQtys(first('纸杯 1000只装的 2箱'))).toEqual([['CUP-1000', 2]]);
    expect(lineQtys(first('2000只装纸杯 3箱'))).toEqual([['CUP-2000', 3]]);
  });

  it('reads the number as a value of its own when no pack holds that many (500瓶装 of the 500ml bottle)', () => {
    expect(lineQtys(first('洗洁精500瓶装的 12瓶'))).toEqual([['LIQUID-500ml', 12]]);
  });
});
