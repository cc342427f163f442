import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up fishing-tackle shop: rods by length (支), hooks by size (包), line by number (轴); no keep nets. */
function tackleShop(): Product[] {
  const rod = (length: string) =>
    testProduct({
      sku: `ROD-${length}`,
      name: '碳素台钓竿',
      aliases: ['鱼竿', '钓竿'],
      specs: { 长度: length },
      unit: '支',
      priceFen: 12000,
    });
  const hook = (size: string) =>
    testProduct({
      sku: `HOOK-${size}`,
      name: '伊势尼鱼钩',
      aliases: ['鱼钩'],
      brand: '伊势尼',
      specs: { 号数: size },
      unit: '包',
      priceFen: 500,
    });
  return [
    rod('3.6米'),
    rod('4.5米'),
    rod('5.4米'),
    hook('3号'),
    hook('5号'),
    testProduct({ sku: 'LINE-2', name: '尼龙主线', aliases: ['鱼线'], specs: { 线号: '2.0' }, unit: '轴' }),
  ];
}

const engine = createDialogEngine({ products: tackleShop() });

describe('an item the shop sells, only not in the spec said', () => {
  it('asks about it at a bare confirmation instead of confirming the order without it', () => {
    const turns = talkTo(engine, ['鱼竿6.3米的 2支 鱼钩5号 10包', '确认']);
    expect(turns[0]!.replies[0]).toMatch(/6\.3米我们店里没有，相近的有：碳素台钓竿 3\.6米/);
    expect(lineQtys(turns[0])).toEqual([['HOOK-5号', 10]]);
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.events).toEqual([]);
    expect(turns[1]!.replies[0]).toMatch(
      /确认之前还有一项没定：“鱼竿6\.3米 2支”没有这个规格，有：碳素台钓竿 3\.6米/,
    );
  });

  it('asks the same way when the spec is said before the product word, and again differently', () => {
    const turns = talkTo(engine, ['鱼线 3轴 8号伊势尼鱼钩 5包', '确认', '确认']);
    expect(turns[0]!.replies[0]).toContain('没有8号的');
    expect(turns[1]!.order?.status).toBe('draft');
    expect(turns[1]!.replies[0]).toContain('有：3号 / 5号');
    expect(turns[2]!.order?.status).toBe('draft');
    expect(turns[2]!.replies[0]).toContain('还没定，这单先没下');
  });

  it('takes a spec-only answer as the product said, with the quantity said before', () => {
    const turns = talkTo(engine, ['鱼竿6.3米的 2支 鱼钩5号 10包', '确认', '5.4米的', '确认']);
    expect(lineQtys(turns[2])).toEqual([
      ['HOOK-5号', 10],
      ['ROD-5.4米', 2],
    ]);
    expect(turns[3]!.order?.status).toBe('confirmed');
  });

  it('is settled by a sibling ordered with its own quantity in a later message', () => {
    const turns = talkTo(engine, ['钓竿要6.3米的 2支', '确认', '那就4.5米的来3支', '确认']);
    expect(turns[1]!.replies[0]).toContain('确认之前还有一项没定');
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[3])).toEqual([['ROD-4.5米', 3]]);
  });

  it('lets the item go when the customer says so, and then confirms the rest', () => {
    for (const letGo of ['不要了', '鱼竿不要了', '那就算了']) {
      const turns = talkTo(engine, ['鱼竿6.3米的 2支 鱼钩5号 10包', '确认', letGo, '确认']);
      expect(turns[3]!.order?.status).toBe('confirmed');
      expect(lineQtys(turns[3])).toEqual([['HOOK-5号', 10]]);
    }
  });

  it('lets the item go at the third confirmation, saying it was not added', () => {
    const turns = talkTo(engine, ['鱼竿6.3米的 2支 鱼钩5号 10包', '确认', '确认', '确认']);
    expect(turns[3]!.order?.status).toBe('confirmed');
    expect(turns[3]!.replies.join('')).toContain('没有加在单子里');
  });

  it('still confirms the rest right after a true 没有 for a product the shop does not sell', () => {
    const turns = talkTo(engine, ['鱼护 2个 鱼钩5号 10包', '确认']);
    expect(turns[0]!.replies[0]).toContain('我们店里没有');
    expect(turns[1]!.order?.status).toBe('confirmed');
    expect(lineQtys(turns[1])).toEqual([['HOOK-5号', 10]]);
  });
});
