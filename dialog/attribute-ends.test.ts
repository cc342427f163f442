import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up power-bank shop: banks by 容量 that also differ in 重量. */
function powerBankShop(): Product[] {
  return [
    testProduct({
      sku: 'BANK-10',
      name: '快充充电宝',
      aliases: ['充电宝'],
      specs: { 容量: '10000mAh', 重量: '200g' },
      unit: '个',
    }),
    testProduct({
      sku: 'BANK-20',
      name: '快充充电宝',
      aliases: ['充电宝'],
      specs: { 容量: '20000mAh', 重量: '350g' },
      unit: '个',
    }),
  ];
}

/** A made-up foam shop: EVA sheets by 密度 (a plain number) and 宽度. */
function foamShop(): Product[] {
  return ['0.5', '0.8'].map((density) =>
    testProduct({
      sku: `EVA-${density}`,
      name: 'EVA泡棉板',
      aliases: ['泡棉板', 'EVA板'],
      specs: { 密度: density, 厚度: '10mm' },
      unit: '张',
    }),
  );
}

/** A made-up window-sill shop: sills by 宽度; gloves named by their size word (大号 / 中号). */
function sillShop(): Product[] {
  return [
    ...['200mm', '250mm'].map((width) =>
      testProduct({
        sku: `SILL-${width}`,
        name: '人造石窗台板',
        aliases: ['窗台板'],
        specs: { 宽度: width },
        unit: '米',
      }),
    ),
    ...['大号 L', '中号 M'].map((size) =>
      testProduct({
        sku: `APRON-${size}`,
        name: '防水围裙',
        aliases: ['围裙'],
        specs: { 尺码: size },
        unit: '条',
      }),
    ),
  ];
}

const banks = createDialogEngine({ products: powerBankShop() });
const foam = createDialogEngine({ products: foamShop() });
const sills = createDialogEngine({ products: sillShop() });

describe('A size word said with the attribute it is about', () => {
  it('reads 大容量的 as the largest 容量, whatever else differs', () => {
    const turns = talkTo(banks, ['充电宝 20个', '大容量的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['BANK-20', 20]]);
  });

  it('reads 密度高的那个 as the highest 密度 of plain numbers', () => {
    const turns = talkTo(foam, ['EVA泡棉板 30张', '密度高的那个', '确认']);
    expect(lineQtys(turns[2])).toEqual([['EVA-0.8', 30]]);
  });

  it('reads 宽的那个 as the widest', () => {
    const turns = talkTo(sills, ['窗台板 12米', '宽的那个', '确认']);
    expect(lineQtys(turns[2])).toEqual([['SILL-250mm', 12]]);
  });

  it('reads 大的 as the option whose value carries 大 (大号 L beside 中号 M)', () => {
    const turns = talkTo(sills, ['防水围裙 10条', '大的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['APRON-大号 L', 10]]);
  });
});
