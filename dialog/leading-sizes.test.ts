import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A length said before the product's words, with the count after them (6米钢管200根, 4米的木方 来100根): the length
 * is the product's size even where some siblings are also sold by the 米, and the count stays with its item (it had
 * slid to the next item and every quantity after it moved one item on). Three made-up counters: a timber yard, a
 * PVC pipe counter and a rebar yard.
 */
function shops(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const [len, per] of [
    ['2米', 0.5],
    ['3米', undefined],
    ['4米', 0.25],
  ] as const)
    for (const section of ['4*8', '5*10'])
      add({
        sku: `TIMBER-${section}-${len}`,
        name: '松木方',
        aliases: ['木方'],
        specs: { 截面: section, 长度: len },
        unit: '根',
        conversions: per ? { 米: per } : {},
      });
  for (const len of ['4米', '6米'])
    for (const dn of ['50', '110'])
      add({
        sku: `PVC-${dn}-${len}`,
        name: 'PVC排水管',
        aliases: ['PVC管', '排水管'],
        specs: { 外径: dn, 长度: len },
        unit: '根',
        conversions: len === '4米' ? { 米: 0.25 } : {},
      });
  for (const dn of ['50', '110'])
    add({ sku: `ELBOW-${dn}`, name: 'PVC弯头', aliases: ['弯头'], specs: { 外径: dn }, unit: '个' });
  for (const len of ['9米', '12米'])
    add({
      sku: `REBAR-16-${len}`,
      name: '螺纹钢',
      aliases: ['钢筋'],
      specs: { 直径: '16', 长度: len },
      unit: '根',
      conversions: { 吨: 60 },
    });
  add({ sku: 'WIRE-22', name: '扎丝', specs: { 规格: '22#' }, unit: '公斤' });
  return list;
}

const products = shops();
const engine = createDialogEngine({ products, maxQtyPerLine: 100000 });
const talk = (turns: string[]) => talkTo(engine, turns, { name: '王老板' });

describe('a length before the product, the count after it', () => {
  it('reads the length as the size where the product is also sold by the 米 (timber)', () => {
    expect(lineQtys(talk(['4米4*8木方100根'])[0])).toEqual([['TIMBER-4*8-4米', 100]]);
    expect(lineQtys(talk(['老板 4米的4*8的木方 来100根'])[0])).toEqual([['TIMBER-4*8-4米', 100]]);
  });

  it('keeps every later count with its own item (PVC pipe and elbows)', () => {
    const t = talk(['6米110的PVC管50根 110弯头20个 50弯头30个']);
    expect(lineQtys(t[0])).toEqual([
      ['PVC-110-6米', 50],
      ['ELBOW-110', 20],
      ['ELBOW-50', 30],
    ]);
    expect(lineQtys(talk(['4米50的排水管 来40根 50弯头10个'])[0])).toEqual([
      ['PVC-50-4米', 40],
      ['ELBOW-50', 10],
    ]);
  });

  it('reads it for rebar sold by the 吨 too, and the next item keeps its own count', () => {
    expect(lineQtys(talk(['9米钢筋16的30根 扎丝20公斤'])[0])).toEqual([
      ['REBAR-16-9米', 30],
      ['WIRE-22', 20],
    ]);
  });

  it('leaves a length that is the quantity alone: no count of the product follows', () => {
    const t = talk(['4*8木方 2米的 80米']);
    expect(lineQtys(t[0])).toEqual([['TIMBER-4*8-2米', 40]]);
    // a length before words of another product is no size of that product
    const other = talk(['6米 110弯头20个']);
    expect(lineQtys(other[0])).toContainEqual(['ELBOW-110', 20]);
  });
});
