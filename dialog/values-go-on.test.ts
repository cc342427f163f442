import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * Values said after an item, with their own count, go on with that item's product where it comes in them (铁丝网1.2米的
 * 20卷 1.5米的20卷), even where the values alone name another product exactly (a fence panel 1.5米 high). Made-up
 * fencing and curtain-fabric counters.
 */
function shops(): Product[] {
  const list: Product[] = [];
  const add = (p: Parameters<typeof testProduct>[0]) => list.push(testProduct(p));
  for (const width of ['1.2', '1.5'])
    add({
      sku: `MESH-${width}`,
      name: '镀锌铁丝网',
      aliases: ['铁丝网'],
      specs: { 规格: `${width}米*30米` },
      unit: '卷',
    });
  add({ sku: 'PANEL-1.5', name: '护栏网片', aliases: ['护栏'], specs: { 高度: '1.5米' }, unit: '片' });
  for (const width of ['1.5', '2.8'])
    add({
      sku: `BLACKOUT-${width}`,
      name: '遮光窗帘布',
      aliases: ['遮光布'],
      specs: { 规格: `${width}米*50米` },
      unit: '米',
    });
  add({ sku: 'VOILE-2.8', name: '白纱', specs: { 幅宽: '2.8米' }, unit: '米' });
  for (const bore of ['4分', '6分'])
    add({
      sku: `HOSE-${bore}`,
      name: '花园水管',
      aliases: ['水管'],
      specs: { 规格: `${bore}*20米` },
      unit: '卷',
    });
  add({ sku: 'VALVE-6', name: '铜球阀', aliases: ['球阀'], specs: { 规格: '6分' }, unit: '个' });
  return list;
}

const engine = createDialogEngine({ products: shops(), maxQtyPerLine: 100000 });
const talk = (text: string) => lineQtys(talkTo(engine, [text])[0]);

describe('values after an item go on with its product', () => {
  it('fencing: 1.5米 is the mesh roll of that width, not the 1.5米 fence panel', () => {
    expect(talk('铁丝网1.2米的20卷 1.5米的20卷')).toEqual([
      ['MESH-1.2', 20],
      ['MESH-1.5', 20],
    ]);
  });

  it('curtain fabric: 2.8米 is the blackout cloth of that width, not the voile', () => {
    expect(talk('遮光布1.5米的 100米 2.8米的 200米')).toEqual([
      ['BLACKOUT-1.5', 100],
      ['BLACKOUT-2.8', 200],
    ]);
  });

  it('values the product does not come in still name the other product', () => {
    expect(talk('铁丝网1.2米的20卷 护栏1.5米的 30片')).toEqual([
      ['MESH-1.2', 20],
      ['PANEL-1.5', 30],
    ]);
  });
});
