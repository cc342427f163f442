import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up tile-adhesive counter: adhesive by 型号 (TA C1 …) in 20kg 袋, asked also by the 吨. */
function tileAdhesiveCounter(): Product[] {
  const adhesive = (sku: string, name: string, model: string) =>
    testProduct({
      sku,
      name,
      aliases: ['胶粉'],
      specs: { 型号: model, 包装: '20kg' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 50 },
    });
  return [
    adhesive('TA-C1', '瓷砖粘结剂', 'TA C1'),
    adhesive('TA-C2', '瓷砖粘结剂', 'TA C2'),
    adhesive('TA-C25', '瓷砖粘结剂', 'TA C2.5'),
    adhesive('TB-C2', '瓷砖填缝剂', 'TB C2'),
  ];
}

/** A made-up lubricant counter: diesel oil by 型号 (CF 15W40 …) in 18L 桶. */
function lubricantCounter(): Product[] {
  return ['CF 15W40', 'CF 20W50', 'CF 10W30'].map((model) =>
    testProduct({
      sku: `DIESEL-${model.replace(' ', '-')}`,
      name: '柴机油',
      specs: { 型号: model, 容量: '18L' },
      unit: '桶',
    }),
  );
}

describe('a 各 over models that each repeat the same first word', () => {
  it('places the two models said and asks nothing more about the product', () => {
    const engine = createDialogEngine({ products: tileAdhesiveCounter() });
    for (const form of ['TA C1和TA C2.5胶粉 各2吨', 'TA C1 TA C2.5的各2吨']) {
      const turns = talkTo(engine, [form, '确认']);
      expect(lineQtys(turns[1])).toEqual([
        ['TA-C1', 100],
        ['TA-C25', 100],
      ]);
      expect(turns[1]?.order?.status).toBe('confirmed');
    }
  });

  it('does so also when a value word names another product too (the C2 of TB C2)', () => {
    const engine = createDialogEngine({ products: tileAdhesiveCounter() });
    const turns = talkTo(engine, ['TA C1和TA C2胶粉 各2吨', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['TA-C1', 100],
      ['TA-C2', 100],
    ]);
    expect(turns[1]?.order?.status).toBe('confirmed');
  });

  it('does the same for oil grades said after a repeated class', () => {
    const engine = createDialogEngine({ products: lubricantCounter() });
    const turns = talkTo(engine, ['CF 15W40和CF 20W50的柴机油 各3桶', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['DIESEL-CF-15W40', 3],
      ['DIESEL-CF-20W50', 3],
    ]);
    expect(turns[1]?.order?.status).toBe('confirmed');
  });
});
