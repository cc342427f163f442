import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up rope counter: ropes by 规格 (直径*长度), sold by the 卷, and loose rope cut by the 米. */
function ropeShop(): Product[] {
  const loose = testProduct({ sku: 'ROPE-CUT', name: '麻绳 散卖', aliases: ['麻绳'], unit: '米' });
  return [
    loose,
    ...['100米', '200米'].map((length) =>
      testProduct({
        sku: `ROPE-${length}`,
        name: '尼龙绳 8mm',
        aliases: ['尼龙绳', '绳子'],
        specs: { 规格: `8mm*${length}` },
        unit: '卷',
      }),
    ),
  ];
}

/** A made-up garden counter: shade netting by 规格 (宽*长 in 米), sold by the 卷, and insect mesh cut by the 米. */
function nettingShop(): Product[] {
  const mesh = testProduct({ sku: 'MESH-CUT', name: '防虫网 散卖', aliases: ['防虫网'], unit: '米' });
  return [
    mesh,
    ...['2米', '3米', '4米'].map((width) =>
      testProduct({
        sku: `NET-${width}`,
        name: '遮阳网 6针',
        aliases: ['遮阳网', '遮光网'],
        specs: { 规格: `${width}*50米` },
        unit: '卷',
      }),
    ),
  ];
}

describe('各 over two values joined by 和, the second closed by 的', () => {
  it('reads 100米和200米的 as two lengths, never the first as an amount', () => {
    const engine = createDialogEngine({ products: ropeShop() });
    const [turn] = talkTo(engine, ['尼龙绳100米和200米的各5卷']);
    expect(lineQtys(turn)).toEqual([
      ['ROPE-100米', 5],
      ['ROPE-200米', 5],
    ]);
  });

  it('reads 二米跟三米的 the same way', () => {
    const engine = createDialogEngine({ products: nettingShop() });
    const [turn] = talkTo(engine, ['遮阳网二米跟三米的各10卷']);
    expect(lineQtys(turn)).toEqual([
      ['NET-2米', 10],
      ['NET-3米', 10],
    ]);
  });
});
