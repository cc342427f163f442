import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Made-up counters whose products differ by how they are mounted or built, said in the value's own word: a
 * ventilation shop's fans (吊式 / 壁挂式 / 落地式), a warehouse-shelving supplier's racks (轻型 / 重型), a furniture
 * maker's wardrobes (实木 / 板式).
 */
function mountingShop(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const mount of ['吊式', '壁挂式', '落地式'])
    add({ sku: `FAN-${mount}`, name: '工业排风扇', aliases: ['排风扇'], specs: { 安装: mount }, unit: '台' });
  for (const kind of ['轻型', '重型'])
    add({ sku: `RACK-${kind}`, name: '仓储货架', aliases: ['货架'], specs: { 类型: kind }, unit: '组' });
  for (const build of ['实木', '板式'])
    add({ sku: `WARD-${build}`, name: '两门衣柜', aliases: ['衣柜'], specs: { 结构: build }, unit: '个' });
  return list;
}

const engine = createDialogEngine({ products: mountingShop(), maxQtyPerLine: 10000 });
const after = (turns: string[]) => lineQtys(talkTo(engine, turns).at(-1));

describe("A value's own character said alone", () => {
  it('answers with the one option whose value holds the character (吊的 → 吊式)', () => {
    expect(after(['排风扇 4台', '吊的'])).toEqual([['FAN-吊式', 4]]);
    expect(after(['排风扇 4台', '落地的吧'])).toEqual([['FAN-落地式', 4]]);
    expect(after(['货架 10组', '轻的'])).toEqual([['RACK-轻型', 10]]);
    expect(after(['衣柜 2个', '实木的'])).toEqual([['WARD-实木', 2]]);
  });

  it('asks again when the character is in no option', () => {
    expect(after(['货架 10组', '铁的'])).toEqual([]);
  });
});
