import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up water-tank counter: plastic tanks by the tonnes they hold, written 1T / 2T / 5T. */
function tankShop(): Product[] {
  const tank = (sku: string, tonnes: string, shape: string) =>
    testProduct({
      sku,
      name: '塑料水塔',
      category: '水塔',
      aliases: ['水塔', '储水罐'],
      specs: { 容量: tonnes, 形状: shape },
      unit: '个',
    });
  return [
    tank('ST-1-L', '1T', '立式'),
    tank('ST-2-L', '2T', '立式'),
    tank('ST-5-L', '5T', '立式'),
    tank('ST-2-W', '2T', '卧式'),
  ];
}

/** A made-up forklift dealer: trucks by their lifting capacity (3t / 3.5t) and the mast height in 米. */
function forkliftShop(): Product[] {
  const truck = (sku: string, capacity: string, mast: string) =>
    testProduct({
      sku,
      name: '内燃叉车',
      category: '叉车',
      aliases: ['叉车', '柴油叉车'],
      specs: { 载重: capacity, 门架: mast },
      unit: '台',
    });
  return [truck('CC-3-3', '3t', '3米'), truck('CC-3-4', '3t', '4.5米'), truck('CC-35-3', '3.5t', '3米')];
}

/** A made-up weighing-scale counter (3T, 10T) beside sand sold by the 吨, which no value spells. */
function scaleShop(): Product[] {
  const scale = (sku: string, capacity: string) =>
    testProduct({
      sku,
      name: '电子地磅',
      category: '地磅',
      aliases: ['地磅', '汽车衡'],
      specs: { 量程: capacity },
      unit: '台',
    });
  return [
    scale('DB-3', '3T'),
    scale('DB-10', '10T'),
    testProduct({
      sku: 'HS-1',
      name: '河沙',
      category: '砂石',
      specs: { 粒度: '中砂' },
      unit: '吨',
      unitAliases: ['T', 't'],
    }),
  ];
}

describe('A value in tonnes said in any spelling of its unit', () => {
  it('reads 2吨 as the catalog 2T (the capacity, not a quantity)', () => {
    const engine = createDialogEngine({ products: tankShop() });
    expect(lineQtys(talkTo(engine, ['2吨立式水塔 3个'])[0])).toEqual([['ST-2-L', 3]]);
  });

  it('reads a capacity said in Chinese numerals (五吨的, 两吨卧式) as the value', () => {
    const engine = createDialogEngine({ products: tankShop() });
    expect(lineQtys(talkTo(engine, ['水塔 五吨的 来一个'])[0])).toEqual([['ST-5-L', 1]]);
    expect(lineQtys(talkTo(engine, ['水塔 两吨卧式 2个'])[0])).toEqual([['ST-2-W', 2]]);
  });

  it('takes a capacity in 吨 as the answer to the capacity question', () => {
    const engine = createDialogEngine({ products: tankShop() });
    const turns = talkTo(engine, ['立式水塔 4个', '一吨的']);
    expect(turns[0]!.replies.join('')).toContain('容量');
    expect(lineQtys(turns[1])).toEqual([['ST-1-L', 4]]);
  });

  it('reads 3.5吨 and 三吨 beside a length in 米 on a lowercase 3.5t / 3t catalog', () => {
    const engine = createDialogEngine({ products: forkliftShop() });
    expect(lineQtys(talkTo(engine, ['叉车 3.5吨的 1台'])[0])).toEqual([['CC-35-3', 1]]);
    expect(lineQtys(talkTo(engine, ['三吨叉车 4.5米门架 2台'])[0])).toEqual([['CC-3-4', 2]]);
  });

  it('leaves 吨 a quantity for goods sold by the 吨, and a capacity the catalog lacks is asked about', () => {
    const engine = createDialogEngine({ products: scaleShop() });
    expect(lineQtys(talkTo(engine, ['河沙 五吨'])[0])).toEqual([['HS-1', 5]]);
    expect(lineQtys(talkTo(engine, ['地磅 十吨的 1台'])[0])).toEqual([['DB-10', 1]]);
    const lacking = talkTo(engine, ['地磅 5吨的 1台']);
    expect(lineQtys(lacking[0])).toEqual([]);
  });
});
