import { testProduct } from './catalog-test-kit.js';
import type { Product } from './product.js';

/**
 * A small made-up hardware shop for tests (not the evaluation catalog): breakers, bulbs, wire sold by 卷 with a
 * 线径 attribute, pipes with 外径, fittings, cement grades with an R grade, tiles, bolts, beer with a barcode.
 */
export function fixtureProducts(): Product[] {
  const list: Product[] = [];
  const add = (p: Partial<Product> & Pick<Product, 'sku' | 'name' | 'unit'>, yuan: number, stock = 500) =>
    list.push(testProduct({ ...p, priceFen: Math.round(yuan * 100), stock }));
  for (const brand of ['正泰', '德力西']) {
    for (const poles of ['1P', '2P']) {
      for (const amps of ['16A', '32A']) {
        add(
          {
            sku: `MCB-${brand === '正泰' ? 'ZT' : 'DLX'}-${poles}-${amps}`,
            name: '小型断路器',
            brand,
            category: '空开',
            aliases: ['空气开关', '断路器', '空开'],
            specs: { 极数: poles, 电流: amps },
            unit: '个',
            unitAliases: ['只'],
            conversions: { 盒: 12 },
            tierPricesFen: { A: poles === '1P' ? 1500 : 3000 },
          },
          poles === '1P' ? 18 : 36,
        );
      }
    }
  }
  for (const w of ['9W', '12W']) {
    add(
      {
        sku: `LED-${w}`,
        name: 'LED球泡灯',
        brand: '欧普',
        category: '灯具',
        aliases: ['灯泡', '球泡'],
        specs: { 功率: w },
        unit: '个',
        unitAliases: ['只'],
        conversions: { 箱: 50 },
      },
      w === '9W' ? 6 : 8,
    );
  }
  for (const size of ['1.5', '2.5', '4']) {
    for (const colour of ['红', '蓝']) {
      add(
        {
          sku: `WIRE-${size}-${colour === '红' ? 'R' : 'B'}`,
          name: '铜芯电线',
          brand: '熊猫',
          category: '电线',
          aliases: ['硬线', '家装线'],
          specs: { 线径: `${size}mm²`, 颜色: colour },
          unit: '卷',
          unitAliases: ['捆', '盘'],
          conversions: { 米: 0.01 },
        },
        Number(size) * 80,
        size === '4' && colour === '蓝' ? 12 : 400,
      );
    }
  }
  for (const d of ['20', '25', '32', '40']) {
    add(
      {
        sku: `PIPE-${d}`,
        name: 'PPR冷热水管',
        brand: '日丰',
        category: '水管',
        aliases: ['PPR管', '水管'],
        specs: { 外径: `${d}mm` },
        unit: '根',
        unitAliases: ['条', '支'],
        conversions: { 米: 0.25 },
      },
      Number(d),
    );
  }
  for (const [kind, name] of [
    ['NS', '内丝弯头'],
    ['WS', '外丝弯头'],
  ] as const) {
    add({ sku: `ELB-${kind}-20`, name, category: '管件', specs: { 规格: '20*1/2' }, unit: '个' }, 5);
    add({ sku: `ELB-${kind}-25`, name, category: '管件', specs: { 规格: '25*3/4' }, unit: '个' }, 7);
  }
  add({ sku: 'GAL-DN15', name: '镀锌管', category: '钢管', specs: { 规格: 'DN15' }, unit: '根' }, 30);
  add({ sku: 'GAL-DN20', name: '镀锌管', category: '钢管', specs: { 规格: 'DN20' }, unit: '根' }, 40);
  add(
    {
      sku: 'CEM-JY425',
      name: '金隅水泥 P.O42.5',
      brand: '金隅',
      category: '水泥',
      specs: { 强度: '42.5' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 20 },
      tierPricesFen: { A: 2400 },
    },
    26,
    3000,
  );
  add(
    {
      sku: 'CEM-JY425R',
      name: '金隅水泥 P.O42.5R',
      brand: '金隅',
      category: '水泥',
      specs: { 强度: '42.5R' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 20 },
    },
    28,
    100,
  );
  for (const [size, box] of [
    ['800*800', 3],
    ['600*600', 4],
  ] as const) {
    for (const colour of ['白', '灰']) {
      add(
        {
          sku: `TILE-${size.slice(0, 3)}-${colour === '白' ? 'W' : 'G'}`,
          name: '通体大理石瓷砖',
          brand: '诺贝尔',
          category: '瓷砖',
          aliases: ['大理石砖', '地砖'],
          specs: { 尺寸: size, 颜色: colour },
          unit: '片',
          unitAliases: ['块'],
          conversions: { 箱: box },
        },
        size === '800*800' ? 40 : 22,
      );
    }
  }
  for (const len of ['60', '80']) {
    add(
      {
        sku: `BOLT-M8-${len}`,
        name: '外六角螺栓',
        category: '紧固件',
        aliases: ['螺栓', '六角螺丝'],
        specs: { 规格: `M8*${len}` },
        unit: '个',
        unitAliases: ['颗'],
        conversions: { 盒: 100 },
      },
      0.5,
      5000,
    );
  }
  add(
    {
      sku: 'BEER-XH',
      name: '勇闯天涯啤酒',
      brand: '雪花',
      category: '酒水',
      aliases: ['雪花啤酒'],
      specs: { 规格: '500ml*12' },
      unit: '箱',
      unitAliases: ['件'],
      barcode: '6900000000017',
    },
    45,
    200,
  );
  return list;
}
