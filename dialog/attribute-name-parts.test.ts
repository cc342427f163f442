import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up window-blind shop: roller blinds by 窗口尺寸 (the window opening). */
function blindShop(): Product[] {
  return ['1200*1500', '1500*1800'].map((size) =>
    testProduct({
      sku: `BLIND-${size}`,
      name: '遮光卷帘',
      aliases: ['卷帘'],
      specs: { 窗口尺寸: size, 颜色: '米白' },
      unit: '幅',
    }),
  );
}

/** A made-up tent shop: tents by 帐篷尺寸 and 适用人数, tarps by 展开尺寸. */
function tentShop(): Product[] {
  return [
    ...['2*1.5', '2*2'].map((size) =>
      testProduct({
        sku: `TENT-${size}`,
        name: '速开露营帐篷',
        aliases: ['帐篷'],
        specs: { 展开尺寸: size },
        unit: '顶',
      }),
    ),
  ];
}

/** A made-up aquarium shop: tanks by 缸体长度 and glass thickness. */
function aquariumShop(): Product[] {
  return ['60cm', '80cm', '100cm'].map((length) =>
    testProduct({
      sku: `TANK-${length}`,
      name: '超白鱼缸',
      aliases: ['鱼缸'],
      specs: { 缸体长度: length },
      unit: '个',
    }),
  );
}

const blinds = createDialogEngine({ products: blindShop() });
const tents = createDialogEngine({ products: tentShop() });
const tanks = createDialogEngine({ products: aquariumShop() });

describe('A shortened attribute name said before a value', () => {
  it('reads 窗口 of 窗口尺寸 as the attribute, not a product word', () => {
    const turns = talkTo(blinds, ['窗口1500*1800的 卷帘 3幅', '确认']);
    expect(turns[0]!.replies.join()).not.toContain('窗口');
    expect(lineQtys(turns[1])).toEqual([['BLIND-1500*1800', 3]]);
  });

  it('reads 展开 of 展开尺寸 as the attribute', () => {
    const turns = talkTo(tents, ['帐篷 展开2*2的 5顶', '确认']);
    expect(lineQtys(turns[1])).toEqual([['TENT-2*2', 5]]);
  });

  it('reads 缸体 of 缸体长度 as the attribute', () => {
    const turns = talkTo(tanks, ['鱼缸 缸体80cm的 2个', '确认']);
    expect(lineQtys(turns[1])).toEqual([['TANK-80cm', 2]]);
  });
});
