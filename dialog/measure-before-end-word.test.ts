import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 十公分厚的加气块 / 100厚的岩棉板: a measure said before 厚的 (长的, 宽的 …) is the size itself — the thickness is
 * 10 cm — never the size word 厚的 ("the thickest one"), which picked the widest of two products of that thickness
 * and confirmed it unasked. Two made-up yards: rock-wool boards and stair treads, each sold in two widths of one
 * thickness, with the sizes written as one 长*宽*厚 value.
 */
function yards(): Product[] {
  const list: Product[] = [];
  for (const size of ['1200*600*50', '1200*800*50', '1200*600*100'])
    list.push(
      testProduct({
        sku: `WOOL-${size}`,
        name: '外墙岩棉板',
        aliases: ['岩棉板'],
        specs: { 规格: size },
        unit: '张',
      }),
    );
  for (const size of ['1000*300*40', '1200*300*40', '1200*300*60'])
    list.push(
      testProduct({
        sku: `TREAD-${size}`,
        name: '实木踏步板',
        aliases: ['踏步板'],
        specs: { 规格: size },
        unit: '块',
      }),
    );
  return list;
}

const engine = createDialogEngine({ products: yards() });

describe('A measure said before a size word is the size', () => {
  it('asks which width for 五公分厚的岩棉板, never the widest', () => {
    const turns = talkTo(engine, ['五公分厚的岩棉板 20张', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(turns[0]!.replies.join('\n')).toContain('1200*800*50');
    expect(turns[1]!.order?.status).not.toBe('confirmed');
  });

  it('asks which length for 40厚的踏步板 and takes the answer', () => {
    const turns = talkTo(engine, ['40厚的踏步板 10块', '1200的', '确认']);
    expect(lineQtys(turns[0])).toEqual([]);
    expect(lineQtys(turns[2])).toEqual([['TREAD-1200*300*40', 10]]);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });

  it('reads 10公分厚的 where one product has that thickness', () => {
    const turns = talkTo(engine, ['10公分厚的岩棉板 20张', '确认']);
    expect(lineQtys(turns[1])).toEqual([['WOOL-1200*600*100', 20]]);
  });
});
