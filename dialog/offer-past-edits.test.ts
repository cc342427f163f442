import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up pipe counter: welded pipe by size and finish, with fittings beside it. DN25 comes in no black finish. */
function pipeShop(): Product[] {
  const pipe = (sku: string, size: string, finish: string) =>
    testProduct({
      sku,
      name: `焊接钢管 ${size} ${finish}`,
      aliases: ['钢管'],
      specs: { 规格: size, 表面: finish },
      unit: '根',
    });
  return [
    pipe('PIPE-20-GALV', 'DN20', '镀锌'),
    pipe('PIPE-20-BLACK', 'DN20', '黑管'),
    pipe('PIPE-25-GALV', 'DN25', '镀锌'),
    pipe('PIPE-25-COATED', 'DN25', '涂塑'),
    testProduct({ sku: 'ELBOW', name: '玛钢弯头', aliases: ['弯头'], unit: '个' }),
    testProduct({ sku: 'TAPE', name: '生料带', unit: '卷' }),
  ];
}

describe('an offer of the closest product, gone past by an edit of another line', () => {
  it('keeps asking about the offered item, and a confirmation does not confirm the order without it', () => {
    for (const edit of ['弯头不要了', '生料带改成8卷']) {
      const engine = createDialogEngine({ products: pipeShop() });
      const turns = talkTo(engine, ['钢管DN25黑管 10根\n弯头 20个\n生料带 5卷', edit, '确认']);
      expect(turns[0]!.replies.join('')).toContain('没有完全对得上');
      expect([edit, turns[1]!.replies.join('')]).toEqual([edit, expect.stringContaining('还没定')]);
      expect([edit, turns[2]!.order?.status]).toEqual([edit, 'draft']);
    }
  });
});
