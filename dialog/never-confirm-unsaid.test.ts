import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up rope counter: ropes by 直径 and 长度 in 卷, one brand. */
function ropeShop(): Product[] {
  const rope = (sku: string, diameter: string, length: string) =>
    testProduct({
      sku,
      name: `金鹰 麻绳 ${diameter} ${length}`,
      brand: '金鹰',
      aliases: ['麻绳', '绳子'],
      specs: { 直径: diameter, 长度: length },
      unit: '卷',
    });
  return [
    rope('R-8-100', '8mm', '100米'),
    rope('R-8-200', '8mm', '200米'),
    rope('R-12-100', '12mm', '100米'),
    rope('R-12-200', '12mm', '200米'),
  ];
}

/** A made-up cleaning-machine counter: vacuum cleaners of one brand, dust bags, and 类别 values led by a numeral. */
function cleanerShop(): Product[] {
  return [
    testProduct({
      sku: 'V-MD',
      name: '美的 吸尘器 V3',
      brand: '美的',
      aliases: ['吸尘器'],
      specs: { 型号: 'V3' },
      unit: '台',
    }),
    testProduct({ sku: 'BAG', name: '吸尘器 集尘袋', aliases: ['集尘袋', '垃圾袋'], unit: '包' }),
    testProduct({
      sku: 'MOP-1',
      name: '平板拖把 一代',
      aliases: ['平板拖把', '拖把'],
      specs: { 类别: '一代' },
      unit: '把',
    }),
    testProduct({
      sku: 'MOP-2',
      name: '平板拖把 超一代',
      aliases: ['平板拖把', '拖把'],
      specs: { 类别: '超一代' },
      unit: '把',
    }),
  ];
}

/** A made-up paint counter: one brand's emulsion paint in two can sizes. */
function paintShop(): Product[] {
  const paint = (sku: string, brand: string, size: string) =>
    testProduct({
      sku,
      name: `${brand} 乳胶漆 ${size}`,
      brand,
      category: '乳胶漆',
      aliases: ['乳胶漆'],
      specs: { 规格: size },
      unit: '桶',
    });
  return [paint('P-LB-5', '立邦', '5L'), paint('P-LB-18', '立邦', '18L'), paint('P-DL-18', '多乐士', '18L')];
}

describe('Never confirming what the customer did not say', () => {
  it('keeps asking about the first quantity when a later item of the same message names a sibling with its own', () => {
    const engine = createDialogEngine({ products: ropeShop() });
    const [turn, confirmed] = talkTo(engine, ['麻绳 10卷 12mm 100米的麻绳 5卷', '确认']);
    expect(lineQtys(turn)).toEqual([['R-12-100', 5]]);
    expect(turn!.replies.join('\n')).toMatch(/10卷/);
    expect(confirmed!.order?.status).not.toBe('confirmed');
    // the sibling itself still open: both stay asked about
    const [open, again] = talkTo(engine, ['绳子 10卷 12mm的绳子 5卷', '确认']);
    expect(lineQtys(open)).toEqual([]);
    expect(again!.order?.status ?? 'none').not.toBe('confirmed');
  });

  it('tells the customer a question given up is not added before confirming without it', () => {
    const engine = createDialogEngine({ products: ropeShop() });
    const turns = talkTo(engine, ['麻绳 3卷', '你看着办', '再来立邦乳胶漆', '确认', '确认']);
    expect(turns[3]!.order?.status ?? 'none').not.toBe('confirmed');
    expect(turns[3]!.replies.join('\n')).toMatch(/麻绳/);
    const paints = createDialogEngine({ products: [...ropeShop(), ...paintShop()] });
    const [, , , first, second] = talkTo(paints, ['麻绳 3卷', '随便', '立邦5L乳胶漆 2桶', '确认', '确认']);
    expect(first!.order?.status).toBe('draft');
    expect(second!.order?.status).toBe('confirmed');
    expect(lineQtys(second)).toEqual([['P-LB-5', 2]]);
  });

  it('lets a question the customer put off in words go with the confirmation (那算了, 回头再说)', () => {
    const engine = createDialogEngine({ products: [...ropeShop(), ...paintShop()] });
    for (const putOff of ['那算了 先拿2桶立邦5L乳胶漆', '立邦5L乳胶漆先下2桶 麻绳回头再说']) {
      const turns = talkTo(engine, ['麻绳 3卷', '随便', putOff, '确认']);
      expect(turns[3]!.order?.status).toBe('confirmed');
      expect(lineQtys(turns[3])).toEqual([['P-LB-5', 2]]);
    }
  });

  it('keeps an item open when the product named by its brand lacks the spec said', () => {
    const engine = createDialogEngine({ products: paintShop() });
    const [, confirmed] = talkTo(engine, ['立邦 20L 2桶', '确认']);
    expect(confirmed!.order?.status ?? 'none').not.toBe('confirmed');
    expect(confirmed!.replies.join('\n')).toMatch(/20L/i);
    const [, , settled] = talkTo(engine, ['立邦 20L 2桶', '那就多乐士的 18L 2桶', '确认']);
    expect(settled!.order?.status).toBe('confirmed');
    expect(lineQtys(settled)).toEqual([['P-DL-18', 2]]);
  });

  it('adds what the customer takes instead of a refused item as a new line (那换Y), never changing another line', () => {
    const engine = createDialogEngine({ products: cleanerShop() });
    const [, changed] = talkTo(engine, ['戴森吸尘器 2台 集尘袋 3包', '那换美的的 2台']);
    expect(lineQtys(changed)).toEqual([
      ['BAG', 3],
      ['V-MD', 2],
    ]);
  });

  it('asks which line a bare reduction means when several lines are sold in its unit (减5卷, 少拿2卷)', () => {
    const engine = createDialogEngine({ products: ropeShop() });
    for (const reduction of ['减5卷', '少拿2卷']) {
      const [, asked] = talkTo(engine, ['8mm 100米的麻绳 20卷 12mm 100米的麻绳 10卷', reduction]);
      expect(lineQtys(asked)).toEqual([
        ['R-8-100', 20],
        ['R-12-100', 10],
      ]);
      expect(asked!.replies.join('\n')).toMatch(/哪/);
    }
    const [, , picked] = talkTo(engine, ['8mm 100米的麻绳 20卷 12mm 100米的麻绳 10卷', '减5卷', '1']);
    expect(lineQtys(picked)).toEqual([
      ['R-8-100', 15],
      ['R-12-100', 10],
    ]);
  });

  it('asks which line a bare new quantity means when several lines are sold in its unit (改成15卷, 改为15卷)', () => {
    const engine = createDialogEngine({ products: ropeShop() });
    for (const change of ['改成15卷', '改为15卷']) {
      const [, asked] = talkTo(engine, ['8mm 100米的麻绳 20卷 12mm 100米的麻绳 10卷', change]);
      expect(lineQtys(asked)).toEqual([
        ['R-8-100', 20],
        ['R-12-100', 10],
      ]);
      expect(asked!.replies.join('\n')).toMatch(/哪/);
    }
    const [, , picked] = talkTo(engine, ['8mm 100米的麻绳 20卷 12mm 100米的麻绳 10卷', '改成15卷', '8mm的']);
    expect(lineQtys(picked)).toEqual([
      ['R-8-100', 15],
      ['R-12-100', 10],
    ]);
    // one line: no question
    const [, set] = talkTo(engine, ['8mm 100米的麻绳 20卷', '改成15卷']);
    expect(lineQtys(set)).toEqual([['R-8-100', 15]]);
  });

  it('reads an attribute name written before its value (品牌美的, 类别一代)', () => {
    const engine = createDialogEngine({ products: cleanerShop() });
    expect(lineQtys(talkTo(engine, ['品牌美的的吸尘器 2台'])[0])).toEqual([['V-MD', 2]]);
    expect(lineQtys(talkTo(engine, ['牌子美的 吸尘器 1台'])[0])).toEqual([['V-MD', 1]]);
    expect(lineQtys(talkTo(engine, ['类别一代 平板拖把 5把'])[0])).toEqual([['MOP-1', 5]]);
    expect(lineQtys(talkTo(engine, ['平板拖把 类别超一代 5把'])[0])).toEqual([['MOP-2', 5]]);
  });
});
