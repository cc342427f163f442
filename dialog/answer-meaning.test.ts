import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up curtain-motor shop: motors by cable side, with or without a remote. */
function curtainShop(): Product[] {
  return ['左出线', '右出线'].flatMap((side) =>
    ['含遥控', '不含遥控'].map((remote) =>
      testProduct({
        sku: `MOTOR-${side}-${remote}`,
        name: '杜亚窗帘电机',
        brand: '杜亚',
        aliases: ['窗帘电机', '电机'],
        specs: { 出线方向: side, 遥控: remote },
        unit: '台',
      }),
    ),
  );
}

/** A made-up music shop: acoustic guitars with and without a pickup, and the pickups themselves. */
function guitarShop(): Product[] {
  return [
    ...['配拾音器', '不配拾音器'].map((pickup) =>
      testProduct({
        sku: `GUITAR-${pickup}`,
        name: '单板民谣吉他',
        aliases: ['吉他', '民谣吉他'],
        specs: { 尺寸: '41寸', 拾音器: pickup },
        unit: '把',
      }),
    ),
    testProduct({
      sku: 'PICKUP',
      name: '吉他拾音器',
      aliases: ['拾音器'],
      specs: { 类型: '免开孔' },
      unit: '个',
    }),
  ];
}

/** A made-up office-furniture shop: chairs with or without armrests, desks opening left or right, inward or out. */
function officeShop(): Product[] {
  return [
    ...['有扶手', '无扶手'].map((arms) =>
      testProduct({
        sku: `CHAIR-${arms}`,
        name: '网布办公椅',
        aliases: ['办公椅', '椅子'],
        specs: { 扶手: arms },
        unit: '把',
      }),
    ),
    ...['左内开', '左外开', '右内开'].map((way) =>
      testProduct({
        sku: `CAB-${way}`,
        name: '钢制文件柜',
        aliases: ['文件柜'],
        specs: { 开门: way },
        unit: '个',
      }),
    ),
  ];
}

const curtains = createDialogEngine({ products: curtainShop() });
const guitars = createDialogEngine({ products: guitarShop() });
const office = createDialogEngine({ products: officeShop() });

describe('An answer picks the one option it fits by meaning', () => {
  it('takes an answer whose characters the option holds in order (左出 for 左出线)', () => {
    const turns = talkTo(curtains, ['杜亚窗帘电机 含遥控 3台', '左出的', '确认']);
    expect(turns[1]!.replies.join()).not.toContain('没对上');
    expect(lineQtys(turns[2])).toEqual([['MOTOR-左出线-含遥控', 3]]);
  });

  it('reads having words as one thing: 带遥控的 picks 含遥控, never 不含遥控', () => {
    const turns = talkTo(curtains, ['杜亚窗帘电机 右出线 2台', '带遥控的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['MOTOR-右出线-含遥控', 2]]);
  });

  it('reads not-having words as one thing: 没有遥控的 picks 不含遥控', () => {
    const turns = talkTo(curtains, ['杜亚窗帘电机 右出线 2台', '没有遥控的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['MOTOR-右出线-不含遥控', 2]]);
  });

  it('picks the option by its having word even when the answer is a part of both values (有扶手 / 无扶手)', () => {
    const turns = talkTo(office, ['网布办公椅 10把', '带扶手的', '确认']);
    expect(lineQtys(turns[2])).toEqual([['CHAIR-有扶手', 10]]);
  });

  it('picks the negated option for 不带X的 as an answer, and removes nothing', () => {
    const turns = talkTo(guitars, ['民谣吉他 2把', '不带拾音器的', '确认']);
    expect(turns[1]!.replies.join()).not.toContain('订单里没有');
    expect(lineQtys(turns[2])).toEqual([['GUITAR-不配拾音器', 2]]);
  });

  it('reads 不带X的 said with the item as the negated option, never as a removal', () => {
    const turns = talkTo(guitars, ['吉他 不带拾音器的 3把', '确认']);
    expect(turns[0]!.replies.join()).not.toContain('订单里没有');
    expect(lineQtys(turns[1])).toEqual([['GUITAR-不配拾音器', 3]]);
  });

  it('asks again, numbered, when two options fit the answer equally (左开 for 左内开 / 左外开)', () => {
    const turns = talkTo(office, ['钢制文件柜 4个', '左开的']);
    expect(turns[1]!.order?.lines ?? []).toEqual([]);
    expect(turns[1]!.replies.join()).toContain('1.');
  });

  it('picks the one option when the answer fits one of three (右开 among 左内开 / 左外开 / 右内开)', () => {
    const turns = talkTo(office, ['钢制文件柜 4个', '右开', '确认']);
    expect(lineQtys(turns[2])).toEqual([['CAB-右内开', 4]]);
  });
});
