import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up candle shop: pillar candles by height (and a thin one), sold by the box. */
function candleShop(): Product[] {
  return [
    ...['粗', '细'].map((girth) =>
      testProduct({
        sku: `PILLAR-${girth}`,
        name: `白蜡烛 ${girth}`,
        aliases: ['蜡烛', '白蜡烛'],
        specs: { 粗细: girth },
        unit: '盒',
      }),
    ),
    testProduct({ sku: 'WICK', name: '棉芯', aliases: ['烛芯'], unit: '卷' }),
  ];
}

/** A made-up tableware shop: melamine bowls by rim size, and chopsticks. */
function bowlShop(): Product[] {
  return [
    ...['4.5寸', '6寸'].map((rim) =>
      testProduct({
        sku: `BOWL-${rim}`,
        name: `密胺碗 ${rim}`,
        aliases: ['碗', '密胺碗'],
        specs: { 口径: rim },
        unit: '箱',
      }),
    ),
    testProduct({ sku: 'CHOP', name: '合金筷子', aliases: ['筷子'], unit: '包' }),
  ];
}

/** A made-up incense shop: stick incense by length, and a holder. */
function incenseShop(): Product[] {
  return [
    ...['21cm', '33cm'].map((length) =>
      testProduct({
        sku: `STICK-${length}`,
        name: `檀香线香 ${length}`,
        aliases: ['线香', '檀香'],
        specs: { 长度: length },
        unit: '盒',
      }),
    ),
    testProduct({ sku: 'HOLDER', name: '香插', aliases: ['香座'], unit: '个' }),
  ];
}

const candles = createDialogEngine({ products: candleShop() });
const bowls = createDialogEngine({ products: bowlShop() });
const incense = createDialogEngine({ products: incenseShop() });

describe('Words closed by 的 right before a quantity are what it counts', () => {
  it.each([
    // the catalog knows none of the words: answered about (asked, or told it is not sold), never dropped silently
    // while its quantity goes to the item after it
    [candles, '小包装的2盒 白蜡烛细的10盒', '小包装', [['PILLAR-细', 10]]],
    [bowls, '大包装的3箱 密胺碗大的5箱', '大包装', [['BOWL-6寸', 5]]],
    [incense, '小盒装的4盒 檀香短的6盒', '小盒装', [['STICK-21cm', 6]]],
  ] as const)(
    'answers the described item and keeps the next item whole (%#)',
    (engine, text, words, lines) => {
      const said = talkTo(engine, [text]);
      expect(lineQtys(said[0])).toEqual(lines);
      expect(said[0]!.replies.join('\n')).toContain(words);
    },
  );

  it.each([
    // a quantity said before its item still takes the words after it
    [candles, '要10盒白蜡烛细的', [['PILLAR-细', 10]]],
    [bowls, '拿2包筷子', [['CHOP', 2]]],
  ] as const)('leaves a quantity said first with the words after it (%#)', (engine, text, lines) => {
    expect(lineQtys(talkTo(engine, [text])[0])).toEqual(lines);
  });
});
