import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 棉线粗的细的各5卷: values each closed by their own 的, with no space between them, before a 各. Each is one line;
 * one of them was read (细的 as a size word) and the other dropped, and the order confirmed with one line. Two
 * made-up counters: a sewing-thread stall (棉线 by 粗细) and a paint shop (乳胶漆 by 颜色).
 */
function counters(): Product[] {
  const list: Product[] = [];
  for (const [code, thickness] of [
    ['C', '粗线'],
    ['Z', '中线'],
    ['X', '细线'],
  ] as const)
    list.push(
      testProduct({
        sku: `THREAD-${code}`,
        name: '涤纶棉线',
        aliases: ['棉线'],
        specs: { 粗细: thickness },
        unit: '卷',
      }),
    );
  for (const [code, colour] of [
    ['W', '白色'],
    ['G', '灰色'],
    ['Y', '米黄'],
  ] as const)
    list.push(
      testProduct({
        sku: `PAINT-${code}`,
        name: '内墙乳胶漆',
        aliases: ['乳胶漆'],
        specs: { 颜色: colour },
        unit: '桶',
      }),
    );
  return list;
}

const engine = createDialogEngine({ products: counters() });

describe('Values glued by their 的 before a 各', () => {
  it('reads 棉线粗的细的各5卷 as two lines', () => {
    const turns = talkTo(engine, ['棉线粗的细的各5卷', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['THREAD-C', 5],
      ['THREAD-X', 5],
    ]);
  });

  it('reads 乳胶漆白的米黄的各3桶 as two lines', () => {
    const turns = talkTo(engine, ['乳胶漆白的米黄的各3桶', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['PAINT-W', 3],
      ['PAINT-Y', 3],
    ]);
  });
});
