import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';
import { beddingShop, lensShop, nailShop } from './small-counters-test-kit.js';

/** A made-up art-supplies counter: masking tape in one width only. */
function artShop(): Product[] {
  return [testProduct({ sku: 'TAPE-24', name: '美纹纸', specs: { 宽度: '24mm' }, unit: '卷' })];
}

describe('an offer of the closest product', () => {
  it('is never a product lacking a value said that other products of its family hold: it asks among those', () => {
    const cases: [() => Product[], string, RegExp, string][] = [
      [nailShop, '甲油胶 白色 15ml 5瓶', /没有白色 15ml的.*要什么颜色.*红色 \/ 粉色/, '8ml'],
      [lensShop, '镜片 1.67 绿膜 10副', /没有1\.67 绿膜的.*折射率.*1\.56 \/ 1\.60/, '蓝膜'],
      [beddingShop, '四件套 2.0米 灰色 3套', /没有2\.0米 灰色的.*尺寸.*1\.5米 \/ 1\.8米/, '蓝色'],
    ];
    for (const [shop, said, asked, unfit] of cases) {
      const [turn] = talkTo(createDialogEngine({ products: shop() }), [said]);
      const reply = turn!.replies.join(' ').replace(/\n/g, ' ');
      expect([said, reply]).toEqual([said, expect.stringMatching(asked)]);
      expect(reply).not.toContain('要这个吗');
      expect(turn!.order).toBeNull();
      expect(reply).not.toContain(unfit);
    }
  });

  it('places the one the customer picks, at the amount first said', () => {
    const turns = talkTo(createDialogEngine({ products: lensShop() }), [
      '镜片 1.67 绿膜 10副',
      '1.60的',
      '确认',
    ]);
    expect(turns[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[2])).toEqual([['L-160-G', 10]]);
  });

  it('is still made when no product of the family holds the value said', () => {
    const [turn] = talkTo(createDialogEngine({ products: artShop() }), ['美纹纸 48mm 10卷']);
    expect(turn!.replies.join('')).toMatch(/没有完全对得上“48mm”.*美纹纸 24mm.*要这个吗/);
  });
});
