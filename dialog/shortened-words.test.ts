import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A made-up 钢材 yard: galvanised and seamless pipe by DN or 外径*壁厚, stainless tube round and square (two words
 * that shorten alike), and an indoor fire hydrant valve beside a hose coupling of the same DN.
 */
function steelYard(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const dn of ['DN20', 'DN25'])
    add({ sku: `GALV-${dn}`, name: '镀锌钢管', specs: { 规格: dn }, unit: '根' });
  for (const size of ['20*3', '32*4'])
    add({ sku: `SEAMLESS-${size}`, name: '无缝钢管', specs: { 规格: size }, unit: '根' });
  add({ sku: 'SS-ROUND', name: '不锈钢圆管', specs: { 规格: '25*1.2' }, unit: '根' });
  add({ sku: 'SS-SQUARE', name: '不锈钢方管', specs: { 规格: '25*1.2' }, unit: '根' });
  add({ sku: 'HYDRANT-65', name: '室内消火栓', specs: { 型号: 'SN65', 口径: 'DN65' }, unit: '个' });
  add({ sku: 'COUPLING-65', name: '内扣式接口', specs: { 型号: 'KD65', 口径: 'DN65' }, unit: '个' });
  return list;
}

const yard = createDialogEngine({ products: steelYard(), maxQtyPerLine: 10000 });
const last = (turns: string[]) => lineQtys(talkTo(yard, turns).at(-1));

describe('A product word said shortened the way the trade says it', () => {
  it('reads a word that keeps the first and last character of one catalog word as that word', () => {
    expect(last(['镀锌管 DN25 10根'])).toEqual([['GALV-DN25', 10]]);
    expect(last(['无缝管 20*3的 5根'])).toEqual([['SEAMLESS-20*3', 5]]);
    expect(last(['室内栓65的 10个'])).toEqual([['HYDRANT-65', 10]]);
  });

  it('asks which when the word is said shortened without its spec', () => {
    expect(last(['镀锌管 10根', 'DN20的'])).toEqual([['GALV-DN20', 10]]);
  });

  it('leaves a word that two catalog words shorten to as it is', () => {
    expect(last(['不锈管 25*1.2 8根'])).toEqual([]);
  });
});
