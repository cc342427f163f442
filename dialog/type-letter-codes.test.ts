import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up travel-goods counter: plug adaptors of types B, C and G (类型), known by codes B10, C10, G10. */
function plugShop(): Product[] {
  return ['B', 'C', 'G'].map((type) =>
    testProduct({
      sku: `ZHCT-${type}`,
      name: '转换插头',
      aliases: ['转换头', '插头', `${type}10`],
      specs: { 类型: type },
      unit: '个',
    }),
  );
}

/**
 * A made-up sewing-machine parts stall: needles of system DB or DP (型号) in sizes 14号 and 16号, each also called
 * by its code (DB14), as V-belts are by theirs (B1500).
 */
function needleShop(): Product[] {
  const needle = (system: string, size: string) =>
    testProduct({
      sku: `ZZ-${system}-${size}`,
      name: '风琴牌机针',
      aliases: ['机针', '缝纫机针', `${system}${size}`],
      specs: { 型号: system, 号数: `${size}号` },
      unit: '盒',
    });
  return [needle('DB', '14'), needle('DB', '16'), needle('DP', '14'), needle('DP', '16')];
}

/** A made-up luggage-hardware wholesaler: rings shaped D or O (形状), each in steel and zinc alloy. */
function ringShop(): Product[] {
  const ring = (shape: string, material: string, code: string) =>
    testProduct({
      sku: `HK-${shape}-${code}`,
      name: '箱包环扣',
      aliases: ['环扣', '扣', `${shape}${code}`],
      specs: { 形状: shape, 材质: material },
      unit: '个',
    });
  return [
    ring('D', '不锈钢', 'G'),
    ring('D', '锌合金', 'X'),
    ring('O', '不锈钢', 'G'),
    ring('O', '锌合金', 'X'),
  ];
}

/** A made-up V-belt corner of a farm-machinery shop: sections B and C (型号) in lengths (内周长), coded B1500. */
function vBeltShop(): Product[] {
  const belt = (section: string, length: string) =>
    testProduct({
      sku: `SJD-${section}${length}`,
      name: '农机三角带',
      aliases: ['三角带', `${section}${length}`],
      specs: { 型号: section, 内周长: `${length}mm` },
      unit: '根',
    });
  return [belt('B', '1400'), belt('B', '1600'), belt('C', '1600'), belt('C', '2200')];
}

describe('a letter type said with 型 after it', () => {
  it.each([
    [plugShop(), 'G型转换插头 20个', 'ZHCT-G', 20],
    [plugShop(), '转换插头 C型的 20个', 'ZHCT-C', 20],
    [plugShop(), 'B型转换头20个', 'ZHCT-B', 20],
    [vBeltShop(), 'B型1600的 要4根', 'SJD-B1600', 4],
    [vBeltShop(), '三角带C型1600 4根', 'SJD-C1600', 4],
    [needleShop(), 'DB型14号机针 10盒', 'ZZ-DB-14', 10],
    [needleShop(), '机针 DP型16号的 10盒', 'ZZ-DP-16', 10],
    [ringShop(), 'D型不锈钢环扣 50个', 'HK-D-G', 50],
    [ringShop(), '环扣 D型的 锌合金 50个', 'HK-D-X', 50],
  ])('is the type the catalog writes as the letter alone (%#)', (products, message, sku, qty) => {
    const engine = createDialogEngine({ products });
    const turns = talkTo(engine, [message as string, '确认']);
    expect(lineQtys(turns[0])).toEqual([[sku, qty]]);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it('answers the question about the type', () => {
    const engine = createDialogEngine({ products: ringShop() });
    const turns = talkTo(engine, ['锌合金环扣 50个', 'D型的', '确认']);
    expect(lineQtys(turns[1])).toEqual([['HK-D-X', 50]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('says the shop has no type it does not sell, never another', () => {
    const engine = createDialogEngine({ products: plugShop() });
    const turns = talkTo(engine, ['D型转换插头 20个', '确认']);
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });
});
