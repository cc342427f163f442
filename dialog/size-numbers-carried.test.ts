import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up lab-glass counter: glass tubes by 外径 and 壁厚. */
function labGlassShop(): Product[] {
  const tube = (sku: string, outer: string, wall: string) =>
    testProduct({
      sku,
      name: '高硼硅玻璃管',
      aliases: ['玻璃管'],
      specs: { 外径: outer, 壁厚: wall },
      unit: '根',
    });
  return [tube('GT-10-1', '10mm', '1mm'), tube('GT-12-1.5', '12mm', '1.5mm'), tube('GT-16-2', '16mm', '2mm')];
}

/** A made-up leather-craft counter: leather strips by 宽度 and 厚度. */
function leatherShop(): Product[] {
  const strip = (sku: string, width: string, thick: string) =>
    testProduct({
      sku,
      name: '植鞣皮条',
      aliases: ['皮条'],
      specs: { 宽度: width, 厚度: thick },
      unit: '条',
    });
  return [strip('LS-20-3', '20mm', '3mm'), strip('LS-25-3', '25mm', '3mm'), strip('LS-30-4', '30mm', '4mm')];
}

/** A made-up drinking-straw counter: straws by 直径 and 长度. */
function strawShop(): Product[] {
  const straw = (sku: string, diameter: string, length: string) =>
    testProduct({
      sku,
      name: '纸吸管',
      aliases: ['吸管'],
      specs: { 直径: diameter, 长度: length },
      unit: '包',
    });
  return [
    straw('ST-6-197', '6mm', '197mm'),
    straw('ST-8-210', '8mm', '210mm'),
    straw('ST-12-230', '12mm', '230mm'),
  ];
}

const trades = [
  { trade: 'lab glass', shop: labGlassShop, said: '10*1', sku: 'GT-10-1', name: '高硼硅玻璃管' },
  { trade: 'leather craft', shop: leatherShop, said: '25*3', sku: 'LS-25-3', name: '植鞣皮条' },
  { trade: 'drinking straws', shop: strawShop, said: '8*210', sku: 'ST-8-210', name: '纸吸管' },
];

describe('A size whose every number one product carries', () => {
  for (const { trade, shop, said, sku, name } of trades) {
    it(`is never said to be lacking (${trade})`, () => {
      const engine = createDialogEngine({ products: shop() });
      const [turn] = talkTo(engine, [`${said} 5个`]);
      const reply = turn!.replies.join('');
      expect(reply).not.toMatch(/没有(?!完全对得上)/);
      expect(reply).toContain(name);
      expect((turn!.order?.lines ?? []).every((l) => l.sku === sku)).toBe(true);
    });
  }
});
