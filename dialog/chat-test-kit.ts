import type { Product } from '../catalog/product.js';
import { testProduct } from './dialog-test-kit.js';

/** A made-up skateboard counter: decks (also called 板) by length, and pads. */
export function skateShop(): Product[] {
  const deck = (sku: string, length: string) =>
    testProduct({
      sku,
      name: `双翘滑板 ${length}`,
      aliases: ['滑板', '板'],
      specs: { 长度: length },
      unit: '块',
    });
  return [
    deck('SK-31', '31寸'),
    deck('SK-33', '33寸'),
    testProduct({ sku: 'PAD', name: '护具套装', aliases: ['护具'], unit: '套' }),
  ];
}

/** A made-up watch-parts counter: straps (表带) by colour, watch batteries by the box. */
export function watchShop(): Product[] {
  const strap = (sku: string, colour: string) =>
    testProduct({
      sku,
      name: `真皮表带 ${colour}`,
      aliases: ['表带', '表'],
      specs: { 颜色: colour },
      unit: '条',
    });
  return [
    strap('ST-BK', '黑色'),
    strap('ST-BR', '棕色'),
    testProduct({ sku: 'BAT', name: '纽扣电池 377', aliases: ['电池'], unit: '盒' }),
  ];
}

/** A made-up music-shop counter: guitar strings by gauge, and picks. */
export function stringShop(): Product[] {
  const strings = (sku: string, gauge: string) =>
    testProduct({
      sku,
      name: `民谣吉他弦 ${gauge}`,
      aliases: ['吉他弦', '琴弦'],
      specs: { 规格: gauge },
      unit: '套',
    });
  return [
    strings('GS-10', '010'),
    strings('GS-12', '012'),
    testProduct({ sku: 'PICK', name: '赛璐珞拨片', aliases: ['拨片'], unit: '包' }),
  ];
}

/** The three counters with the product each sells alone, said by its word and unit. */
export const chatTrades = [
  { trade: 'skateboards', shop: skateShop, word: '护具', sku: 'PAD', unit: '套' },
  { trade: 'watch parts', shop: watchShop, word: '电池', sku: 'BAT', unit: '盒' },
  { trade: 'guitar strings', shop: stringShop, word: '拨片', sku: 'PICK', unit: '包' },
];
