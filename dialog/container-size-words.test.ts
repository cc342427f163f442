import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * 大桶 / 小瓶 / 大袋 glued to the product word and followed by a verb of ordering (背胶大桶来两桶, 机油小瓶要10瓶) is the
 * end of the one numeric attribute left open among the products, as 大包 / 小包 are: never "大桶没看明白", and asked
 * about once a brand question settles the rest.
 */
function sizes(
  sku: string,
  name: string,
  brand: string,
  attribute: string,
  value: string,
  unit: string,
): Product {
  return testProduct({
    sku,
    name,
    brand,
    aliases: [name.replace(brand, '')],
    specs: { [attribute]: value },
    unit,
  });
}

/** A made-up laundry counter: detergent by the tub in two weights, two brands. */
function laundryShop(): Product[] {
  return [
    sizes('LY-2', '蓝月亮洗衣液', '蓝月亮', '规格', '2kg', '桶'),
    sizes('LY-3', '蓝月亮洗衣液', '蓝月亮', '规格', '3kg', '桶'),
    sizes('LB-2', '立白洗衣液', '立白', '规格', '2kg', '桶'),
    sizes('LB-3', '立白洗衣液', '立白', '规格', '3kg', '桶'),
  ];
}

/** A made-up motor-oil counter: oil by the bottle in two capacities. */
function oilShop(): Product[] {
  return [
    sizes('MB-1', '美孚机油', '美孚', '容量', '1L', '瓶'),
    sizes('MB-4', '美孚机油', '美孚', '容量', '4L', '瓶'),
    sizes('KP-1', '壳牌机油', '壳牌', '容量', '1L', '瓶'),
    sizes('KP-4', '壳牌机油', '壳牌', '容量', '4L', '瓶'),
  ];
}

/** A made-up grain counter: rice by the bag in two weights. */
function riceShop(): Product[] {
  return [
    sizes('JL-5', '金龙鱼大米', '金龙鱼', '规格', '5kg', '袋'),
    sizes('JL-10', '金龙鱼大米', '金龙鱼', '规格', '10kg', '袋'),
    sizes('FL-5', '福临门大米', '福临门', '规格', '5kg', '袋'),
    sizes('FL-10', '福临门大米', '福临门', '规格', '10kg', '袋'),
  ];
}

describe('a container size word glued to the product word, then a verb of ordering', () => {
  const shops = { laundry: laundryShop(), oil: oilShop(), rice: riceShop() };
  it.each([
    ['蓝月亮洗衣液大桶来两桶', 'laundry', [['LY-3', 2]]],
    ['立白洗衣液小桶要6桶', 'laundry', [['LB-2', 6]]],
    ['美孚机油大瓶来3瓶', 'oil', [['MB-4', 3]]],
    ['壳牌机油小瓶要12瓶', 'oil', [['KP-1', 12]]],
    ['金龙鱼大米大袋要5袋', 'rice', [['JL-10', 5]]],
    ['那美孚机油小瓶的来10瓶', 'oil', [['MB-1', 10]]],
  ] as const)('is the end of the one amount left open (%s)', (message, shop, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, '确认']);
    expect(turns[0]!.replies.join('')).not.toContain('没看明白');
    expect(lineQtys(turns[0])).toEqual(lines);
    expect(turns[1]!.order?.status).toBe('confirmed');
  });

  it.each([
    ['洗衣液大桶来两桶', 'laundry', '立白的', [['LB-3', 2]]],
    ['机油小瓶要10瓶', 'oil', '美孚的', [['MB-1', 10]]],
    ['大米大袋来4袋', 'rice', '福临门', [['FL-10', 4]]],
  ] as const)('is read once the brand is answered (%s)', (message, shop, answer, lines) => {
    const engine = createDialogEngine({ products: shops[shop] });
    const turns = talkTo(engine, [message, answer, '确认']);
    expect(turns[0]!.replies.join('')).not.toContain('没看明白');
    expect(lineQtys(turns[1])).toEqual(lines);
    expect(turns[2]!.order?.status).toBe('confirmed');
  });
});
