import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up fertiliser counter: compound fertiliser of two brands, urea of one, by the 50 kg bag. */
function fertiliserShop(): Product[] {
  const bag = (sku: string, name: string, brand: string, aliases: string[], specs: Record<string, string>) =>
    testProduct({ sku, name, brand, aliases, specs, unit: '袋', category: '化肥' });
  return [
    bag('F-SDL-15', '史丹利复合肥', '史丹利', ['复合肥'], { 养分: '15-15-15', 规格: '50kg' }),
    bag('F-SDL-18', '史丹利复合肥', '史丹利', ['复合肥'], { 养分: '18-18-18', 规格: '50kg' }),
    bag('F-JZD-15', '金正大复合肥', '金正大', ['复合肥'], { 养分: '15-15-15', 规格: '50kg' }),
    bag('F-UREA', '心连心尿素', '心连心', ['尿素'], { 含氮: '46%', 规格: '50kg' }),
  ];
}

/** A made-up bicycle-parts counter: inner tubes and tyres by wheel size, chains by speed. */
function bicycleShop(): Product[] {
  return [
    testProduct({
      sku: 'T-26',
      name: '正新内胎 26寸',
      brand: '正新',
      aliases: ['内胎'],
      specs: { 尺寸: '26寸' },
      unit: '条',
    }),
    testProduct({
      sku: 'T-700',
      name: '正新内胎 700C',
      brand: '正新',
      aliases: ['内胎'],
      specs: { 尺寸: '700C' },
      unit: '条',
    }),
    testProduct({
      sku: 'W-26',
      name: '建大外胎 26寸',
      brand: '建大',
      aliases: ['外胎'],
      specs: { 尺寸: '26寸' },
      unit: '条',
    }),
    testProduct({
      sku: 'C-8',
      name: 'KMC链条 8速',
      brand: 'KMC',
      aliases: ['链条'],
      specs: { 速别: '8速' },
      unit: '条',
    }),
  ];
}

/** A made-up disposable-tableware counter: lunch boxes by shape and cups by size, by the case. */
function tablewareShop(): Product[] {
  const box = (sku: string, shape: string, size: string) =>
    testProduct({
      sku,
      name: `打包盒 ${shape} ${size}`,
      aliases: ['打包盒', '餐盒'],
      specs: { 形状: shape, 容量: size },
      unit: '箱',
    });
  return [
    box('B-Y-750', '圆形', '750ml'),
    box('B-Y-1000', '圆形', '1000ml'),
    box('B-F-750', '方形', '750ml'),
    testProduct({
      sku: 'CUP-500',
      name: '奶茶杯 500ml',
      aliases: ['奶茶杯', '杯子'],
      specs: { 容量: '500ml' },
      unit: '箱',
    }),
  ];
}

const status = (turn: { order: { status: string } | null } | undefined) => turn?.order?.status ?? 'none';

describe('Never confirming over an item the engine lost', () => {
  it('asks about a brand and product word that fit nothing together instead of confirming without it', () => {
    const engine = createDialogEngine({ products: fertiliserShop() });
    const [, , confirm] = talkTo(engine, ['史丹利尿素 10袋', '金正大复合肥 15-15-15 20袋', '确认']);
    expect(status(confirm)).toBe('draft');
    const asked = confirm!.replies.join('\n');
    expect(asked).toMatch(/史丹利尿素/);
    expect(asked).toMatch(/尿素|复合肥/);
  });

  it('confirms the rest once the customer lets the lost item go', () => {
    const engine = createDialogEngine({ products: fertiliserShop() });
    const turns = talkTo(engine, [
      '史丹利尿素 10袋',
      '金正大复合肥 15-15-15 20袋',
      '确认',
      '那个不要了',
      '确认',
    ]);
    expect(status(turns[4])).toBe('confirmed');
    expect(lineQtys(turns[4])).toEqual([['F-JZD-15', 20]]);
  });

  it('places the lost item with its own quantity when the customer names one of the closest products', () => {
    const engine = createDialogEngine({ products: bicycleShop() });
    const turns = talkTo(engine, ['建大内胎 26寸 30条', 'KMC链条 8速 10条', '确认', '正新内胎 26寸', '确认']);
    expect(status(turns[2])).toBe('draft');
    expect(turns[2]!.replies.join('\n')).toMatch(/建大内胎/);
    expect(lineQtys(turns[4])).toEqual(
      expect.arrayContaining([
        ['C-8', 10],
        ['T-26', 30],
      ]),
    );
    expect(status(turns[4])).toBe('confirmed');
  });

  it("is settled by one of the closest products placed at the item's own quantity (a replacement)", () => {
    const engine = createDialogEngine({ products: bicycleShop() });
    const turns = talkTo(engine, ['建大内胎 26寸 30条 KMC链条 8速 10条', '那换正新的 26寸内胎 30条', '确认']);
    expect(status(turns[2])).toBe('confirmed');
    expect(lineQtys(turns[2])).toEqual(
      expect.arrayContaining([
        ['C-8', 10],
        ['T-26', 30],
      ]),
    );
  });

  it('is not settled by another product of the same kind ordered with a quantity of its own', () => {
    const engine = createDialogEngine({ products: tablewareShop() });
    const turns = talkTo(engine, ['方形奶茶杯 3箱', '奶茶杯 500ml 2箱', '确认']);
    expect(lineQtys(turns[1])).toEqual([['CUP-500', 2]]);
    expect(status(turns[2])).toBe('draft');
    expect(turns[2]!.replies.join('\n')).toMatch(/方形奶茶杯 3箱.*打包盒 方形 750ml/);
  });

  it('confirms at once when the item held no word of the catalog at all (honestly not sold)', () => {
    const engine = createDialogEngine({ products: bicycleShop() });
    const turns = talkTo(engine, ['茅台 2瓶 KMC链条 8速 10条', '确认']);
    expect(turns[0]!.replies.join('\n')).toMatch(/没有/);
    expect(status(turns[1])).toBe('confirmed');
  });

  it('confirms at once when a word of the item is one the catalog lacks (a kind the shop does not have)', () => {
    const engine = createDialogEngine({ products: fertiliserShop() });
    const turns = talkTo(engine, ['有机肥 10袋 心连心尿素 5袋', '确认']);
    expect(turns[0]!.replies.join('\n')).toMatch(/没有/);
    expect(status(turns[1])).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['F-UREA', 5]]);
  });

  it('lets the item go after it was asked about twice at a confirmation', () => {
    const engine = createDialogEngine({ products: fertiliserShop() });
    const turns = talkTo(engine, ['史丹利尿素 10袋 金正大复合肥 15-15-15 20袋', '确认', '确认', '确认']);
    expect(status(turns[1])).toBe('draft');
    expect(status(turns[2])).toBe('draft');
    expect(status(turns[3])).toBe('confirmed');
  });
});
