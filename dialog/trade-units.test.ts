import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Units and lengths said the trade's way, in three made-up shops of trades no eval set has: a standby-power counter
 * (UPS batteries in V / Ah, gensets in kW and phase), a power-bank wholesaler (mAh) and a floor-covering shop (carpet
 * tiles sold by the piece and by the ㎡, tent poles by length).
 */
function shops(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const ah of ['7Ah', '38Ah', '100Ah'])
    add({
      sku: `BAT-${ah}`,
      name: '铅酸蓄电池',
      aliases: ['电瓶'],
      specs: { 电压: '12V', 容量: ah },
      unit: '只',
    });
  for (const [kw, phase] of [
    ['8kW', '单相'],
    ['8kW', '三相'],
    ['30kW', '三相'],
  ] as const)
    add({
      sku: `GEN-${kw}-${phase}`,
      name: '柴油发电机组',
      aliases: ['发电机'],
      specs: { 功率: kw, 相数: phase },
      unit: '台',
    });
  for (const mah of ['10000mAh', '20000mAh'])
    add({ sku: `PB-${mah}`, name: '移动电源', aliases: ['充电宝'], specs: { 容量: mah }, unit: '个' });
  add({
    sku: 'CARPET',
    name: '方块地毯',
    specs: { 规格: '50*50cm' },
    unit: '片',
    conversions: { 方: 4, 平方: 4, 箱: 20 },
  });
  for (const length of ['2.1m', '2.7m', '3.6m'])
    add({ sku: `POLE-${length}`, name: '帐篷杆', specs: { 长度: length }, unit: '根' });
  return list;
}

const engine = createDialogEngine({ products: shops(), maxQtyPerLine: 10000 });
const talk = (turns: string[]) => talkTo(engine, turns, { name: '王老板' });
const first = (text: string) => talk([text])[0];

describe('Units and lengths said the trade’s way', () => {
  it('reads 12伏38安 / 12v100a as the battery of that V and Ah', () => {
    expect(lineQtys(first('12伏38安的电瓶 4只'))).toEqual([['BAT-38Ah', 4]]);
    expect(lineQtys(first('电瓶12v100a 2只'))).toEqual([['BAT-100Ah', 2]]);
  });

  it('reads 毫安 as mAh and never answers that 毫安 is not sold', () => {
    expect(lineQtys(first('20000毫安的充电宝 50个'))).toEqual([['PB-20000mAh', 50]]);
    expect(first('5000毫安的充电宝 50个')!.replies.join('')).not.toContain('毫安我们店里没有');
  });

  it('reads 8个千瓦 380的 as the three-phase 8 kW genset, and 220的 as single-phase', () => {
    expect(lineQtys(first('8个千瓦的发电机 380的 2台'))).toEqual([['GEN-8kW-三相', 2]]);
    const turns = talk(['发电机8kw 1台', '220的']);
    expect(lineQtys(turns[1])).toEqual([['GEN-8kW-单相', 1]]);
  });

  it('reads 36个方 as 36 ㎡ of carpet, never 36 pieces', () => {
    expect(lineQtys(first('方块地毯 36个方'))).toEqual([['CARPET', 144]]);
  });

  it('reads 2米7 after a product word as 2.7 m, also before an ordering verb', () => {
    expect(lineQtys(first('帐篷杆2米7来4根'))).toEqual([['POLE-2.7m', 4]]);
    expect(lineQtys(first('帐篷杆3米6 5根'))).toEqual([['POLE-3.6m', 5]]);
  });
});
