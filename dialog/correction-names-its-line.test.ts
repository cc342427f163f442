import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * A correction names the line it changes by the words before its verb (不对 1.67要依视路的: the 1.67 line, though
 * 依视路 is on another line), or by a size word alone (不对 大的要8个: the larger of two sizes of one product). The
 * other lines stay exactly as they were.
 */
function lensShop(): Product[] {
  const lens = (sku: string, brand: string, index: string) =>
    testProduct({
      sku,
      name: `${brand}非球面镜片`,
      brand,
      category: '镜片',
      aliases: ['镜片'],
      specs: { 折射率: index },
      unit: '副',
    });
  return [
    lens('ESS-156', '依视路', '1.56'),
    lens('ESS-167', '依视路', '1.67'),
    lens('MY-156', '明月', '1.56'),
    lens('MY-167', '明月', '1.67'),
  ];
}

function luggageShop(): Product[] {
  const case_ = (sku: string, brand: string, size: string) =>
    testProduct({
      sku,
      name: `${brand}拉杆箱`,
      brand,
      category: '箱包',
      aliases: ['拉杆箱', '行李箱'],
      specs: { 尺寸: size },
      unit: '个',
    });
  return [
    case_('NS-20', '新秀丽', '20寸'),
    case_('NS-24', '新秀丽', '24寸'),
    case_('WJG-20', '外交官', '20寸'),
    case_('WJG-24', '外交官', '24寸'),
  ];
}

function herbShop(): Product[] {
  const herb = (sku: string, brand: string, cut: string) =>
    testProduct({
      sku,
      name: `${brand}黄芪`,
      brand,
      category: '中药材',
      aliases: ['黄芪'],
      specs: { 规格: cut },
      unit: '斤',
    });
  return [
    herb('TRT-QP', '同仁堂', '切片'),
    herb('TRT-ZZ', '同仁堂', '整枝'),
    herb('KM-QP', '康美', '切片'),
    herb('KM-ZZ', '康美', '整枝'),
  ];
}

describe('A correction names its line by the words before its verb', () => {
  it.each([
    {
      trade: 'spectacle lenses',
      shop: lensShop,
      turns: ['依视路1.56 20副 明月1.67 10副', '不对 1.67要依视路的', '确认'],
      lines: [
        ['ESS-156', 20],
        ['ESS-167', 10],
      ],
    },
    {
      trade: 'luggage',
      shop: luggageShop,
      turns: ['新秀丽20寸 5个 外交官24寸 3个', '不对 24寸要新秀丽的', '确认'],
      lines: [
        ['NS-20', 5],
        ['NS-24', 3],
      ],
    },
    {
      trade: 'herbs',
      shop: herbShop,
      turns: ['同仁堂黄芪切片 5斤 康美黄芪整枝 3斤', '不对 整枝要同仁堂的', '确认'],
      lines: [
        ['TRT-QP', 5],
        ['TRT-ZZ', 3],
      ],
    },
  ])('changes the line the value before 要 names, the other stays ($trade)', ({ shop, turns, lines }) => {
    const engine = createDialogEngine({ products: shop() });
    const said = talkTo(engine, turns);
    expect(said[2]!.order?.status).toBe('confirmed');
    expect(lineQtys(said[2])).toEqual(expect.arrayContaining(lines));
    expect(lineQtys(said[2])).toHaveLength(lines.length);
  });
});

function umbrellaShop(): Product[] {
  const umbrella = (sku: string, size: string) =>
    testProduct({ sku, name: '天堂三折伞', aliases: ['折叠伞', '雨伞'], specs: { 尺寸: size }, unit: '把' });
  return [
    umbrella('FD-21', '21寸'),
    umbrella('FD-25', '25寸'),
    testProduct({ sku: 'COVER', name: '伞套', unit: '个' }),
  ];
}

function frameShop(): Product[] {
  const frame = (sku: string, size: string) =>
    testProduct({ sku, name: '实木相框', aliases: ['相框'], specs: { 尺寸: size }, unit: '个' });
  return [
    frame('FR-20', '20*25'),
    frame('FR-30', '30*40'),
    testProduct({ sku: 'HOOK', name: '无痕挂钩', unit: '包' }),
  ];
}

describe('A size word alone names the line at that end', () => {
  it.each([
    {
      trade: 'luggage',
      shop: luggageShop,
      order: '新秀丽20寸 5个 新秀丽24寸 3个',
      big: ['NS-24', 'NS-20', 5] as const,
      small: ['NS-20', 'NS-24', 3] as const,
    },
    {
      trade: 'umbrellas',
      shop: umbrellaShop,
      order: '折叠伞21寸 30把 25寸的 20把 伞套 10个',
      big: ['FD-25', 'FD-21', 30] as const,
      small: ['FD-21', 'FD-25', 20] as const,
    },
    {
      trade: 'picture frames',
      shop: frameShop,
      order: '相框20*25 50个 30*40的 20个 挂钩 5包',
      big: ['FR-30', 'FR-20', 50] as const,
      small: ['FR-20', 'FR-30', 20] as const,
    },
  ])(
    '不对 大的要N sets the larger line, 小的不要了 removes the smaller ($trade)',
    ({ shop, order, big, small }) => {
      const engine = createDialogEngine({ products: shop() });
      const before = lineQtys(talkTo(engine, [order])[0]);
      const corrected = talkTo(engine, [order, '不对 大的要8个', '确认'])[2];
      expect(corrected!.order?.status).toBe('confirmed');
      const expected = before.map(([sku, qty]) => [sku, sku === big[0] ? 8 : qty]);
      expect(lineQtys(corrected)).toEqual(expected);
      const removed = talkTo(engine, [order, '小的不要了', '确认'])[2];
      expect(removed!.order?.status).toBe('confirmed');
      expect(lineQtys(removed)).toEqual(before.filter(([sku]) => sku !== small[0]));
      expect(lineQtys(removed)).toContainEqual([small[1], small[2]]);
      expect(big[1]).toBe(small[0]);
      expect(lineQtys(corrected)).toContainEqual([big[1], big[2]]);
    },
  );
});
