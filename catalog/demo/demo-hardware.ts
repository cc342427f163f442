import { stockBetween, tierPricesFor, type DraftProduct } from './demo-product.js';

/** 五金: expansion bolts, hex bolts, screws, nails, hinges, locks. */
export function hardwareProducts(random: () => number): DraftProduct[] {
  return [...bolts(random), ...screwsAndNails(random), ...hingesAndLocks(random)];
}

function bolts(random: () => number): DraftProduct[] {
  const expansion: [size: string, material: '镀锌' | '304不锈钢', price: number][] = [
    ['M6*60', '镀锌', 0.22],
    ['M6*80', '镀锌', 0.26],
    ['M8*60', '镀锌', 0.35],
    ['M8*80', '镀锌', 0.42],
    ['M8*100', '镀锌', 0.5],
    ['M8*120', '镀锌', 0.6],
    ['M10*80', '镀锌', 0.7],
    ['M10*100', '镀锌', 0.82],
    ['M10*120', '镀锌', 0.95],
    ['M12*100', '镀锌', 1.35],
    ['M12*120', '镀锌', 1.55],
    ['M12*150', '镀锌', 1.85],
    ['M8*80', '304不锈钢', 1.6],
    ['M10*100', '304不锈钢', 2.9],
  ];
  const hex: [size: string, price: number][] = [
    ['M8*40', 0.38],
    ['M8*60', 0.48],
    ['M10*50', 0.72],
    ['M10*80', 0.95],
    ['M12*60', 1.2],
    ['M12*100', 1.65],
  ];
  const diameter = (size: string): string => size.split('*')[0]!;
  return [
    ...expansion.map(([size, material, price]): DraftProduct => {
      const m = diameter(size);
      const steel = material === '镀锌';
      return {
        sku: `ANCHOR-${size.replace('*', 'X')}-${steel ? 'GALV' : 'SS304'}`,
        name: steel ? '膨胀螺丝' : '不锈钢膨胀螺丝',
        category: '膨胀螺丝',
        brand: '东明',
        aliases: [`${m}膨胀`, `${size}膨胀螺丝`, `${size.replace('M', '')}膨胀`, '膨胀螺栓', '膨胀管螺丝'],
        specs: { 规格: size, 直径: m, 材质: material },
        unit: '套',
        unitAliases: ['个', '颗', '只'],
        conversions: { 盒: m === 'M12' ? 50 : 100 },
        price,
        tierPrices: tierPricesFor(price, 'AB'),
        stock: stockBetween(random, 500, 8000, 100),
        noBarcode: true,
      };
    }),
    ...hex.map(([size, price]): DraftProduct => ({
      sku: `HEXBOLT-${size.replace('*', 'X')}-48`,
      name: '外六角螺栓',
      category: '螺丝螺栓',
      brand: '东明',
      aliases: [`${size}螺栓`, `${diameter(size)}螺丝`, '六角螺丝', '螺杆', '螺栓'],
      specs: { 规格: size, 直径: diameter(size), 材质: '镀锌', 等级: '4.8级' },
      unit: '套',
      unitAliases: ['个', '颗'],
      conversions: { 盒: 100 },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 300, 3000, 100),
      noBarcode: true,
    })),
  ];
}

function screwsAndNails(random: () => number): DraftProduct[] {
  const selfTapping: [size: string, price: number][] = [
    ['4*25', 16],
    ['4*30', 18],
    ['4*40', 22],
    ['5*50', 32],
  ];
  const roundNails: [inches: string, label: string][] = [
    ['1.5', '一寸半'],
    ['2', '2寸'],
    ['3', '3寸'],
    ['4', '4寸'],
  ];
  return [
    ...selfTapping.map(([size, price]): DraftProduct => ({
      sku: `SCREW-CSK-${size.replace('*', 'X')}`,
      name: '十字沉头自攻螺丝',
      category: '螺丝螺栓',
      brand: '东明',
      aliases: [`${size}自攻`, `${size}螺丝`, '自攻螺丝', '木螺丝', '沉头螺丝'],
      specs: { 规格: size, 材质: '镀锌', 包装: '500只/盒' },
      unit: '盒',
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 30, 200, 5),
    })),
    ...roundNails.map(([inches, label]): DraftProduct => ({
      sku: `NAIL-ROUND-${inches.replace('.', '')}IN`,
      name: '圆钉',
      category: '钉子',
      aliases: [`${label}钉`, `${inches}寸钉`, '铁钉', '钉子', '圆铁钉'],
      specs: { 规格: `${inches}寸` },
      unit: '公斤',
      unitAliases: ['kg', '千克'],
      conversions: { 斤: 0.5, 箱: 25 },
      price: 7.5,
      tierPrices: tierPricesFor(7.5, 'AB'),
      stock: stockBetween(random, 50, 400, 5),
      noBarcode: true,
    })),
    ...(['2', '3'] as const).map((inches): DraftProduct => ({
      sku: `NAIL-CON-${inches}IN`,
      name: '水泥钢钉',
      category: '钉子',
      brand: '东明',
      aliases: [`${inches}寸钢钉`, '钢钉', '水泥钉', '钉子'],
      specs: { 规格: `${inches}寸`, 包装: '1kg/盒' },
      unit: '盒',
      conversions: { 箱: 20 },
      price: inches === '2' ? 8.5 : 10,
      tierPrices: tierPricesFor(inches === '2' ? 8.5 : 10, 'AB'),
      stock: stockBetween(random, 40, 300, 5),
    })),
    {
      sku: 'NAIL-AIR-F30',
      name: '气排钉',
      category: '钉子',
      aliases: ['排钉', 'F30排钉', '气钉', '钉子'],
      specs: { 规格: 'F30' },
      unit: '盒',
      conversions: { 箱: 50 },
      price: 6,
      tierPrices: tierPricesFor(6, 'AB'),
      stock: stockBetween(random, 40, 400, 5),
    },
  ];
}

function hingesAndLocks(random: () => number): DraftProduct[] {
  const hinges: [sku: string, brand: string, name: string, size: string, thick: string, price: number][] = [
    ['HINGE-YJ-4IN-30', '雅洁', '不锈钢合页', '4寸', '3mm', 12],
    ['HINGE-YJ-5IN-30', '雅洁', '不锈钢合页', '5寸', '3mm', 15],
    ['HINGE-DG-4IN-25', '顶固', '不锈钢合页', '4寸', '2.5mm', 8.5],
    ['HINGE-DG-5IN-30', '顶固', '不锈钢合页', '5寸', '3mm', 11],
    ['HINGE-DG-4IN-ZM', '顶固', '子母合页', '4寸', '2.5mm', 7],
  ];
  const locks: [
    sku: string,
    brand: string,
    name: string,
    specs: Record<string, string>,
    aliases: string[],
    price: number,
  ][] = [
    [
      'LOCK-YJ-ROOM',
      '雅洁',
      '卧室门锁',
      { 类型: '分体执手锁', 颜色: '哑黑' },
      ['房门锁', '卧室锁', '执手锁', '门锁'],
      95,
    ],
    [
      'LOCK-DG-ROOM',
      '顶固',
      '卧室门锁',
      { 类型: '分体执手锁', 颜色: '拉丝银' },
      ['房门锁', '卧室锁', '门锁'],
      75,
    ],
    [
      'LOCK-DG-BATH',
      '顶固',
      '卫生间门锁',
      { 类型: '分体执手锁', 颜色: '拉丝银' },
      ['卫生间锁', '厕所门锁', '门锁'],
      70,
    ],
    ['LOCK-GL-BALL', '固力', '球形门锁', { 类型: '球形锁', 颜色: '不锈钢' }, ['球锁', '圆球锁', '门锁'], 22],
    [
      'LOCK-WL-CYL-C',
      '王力',
      '防盗门锁芯',
      { 类型: 'C级锁芯', 规格: '70mm' },
      ['锁芯', 'C级锁芯', '防盗门锁芯'],
      85,
    ],
    ['LOCK-MH-PAD-40', '梅花', '挂锁', { 规格: '40mm' }, ['40挂锁', '小挂锁', '挂锁', '锁头'], 18],
    ['LOCK-MH-PAD-50', '梅花', '挂锁', { 规格: '50mm' }, ['50挂锁', '挂锁', '锁头'], 25],
    ['LOCK-MH-PAD-60', '梅花', '挂锁', { 规格: '60mm' }, ['60挂锁', '大挂锁', '挂锁', '锁头'], 35],
  ];
  return [
    ...hinges.map(([sku, brand, name, size, thick, price]): DraftProduct => ({
      sku,
      name,
      category: '合页',
      brand,
      aliases: [`${size}合页`, '合页', '铰链', '门合页', ...(name === '子母合页' ? ['子母页'] : [])],
      specs: { 规格: size, 厚度: thick, 材质: '304不锈钢' },
      unit: '片',
      unitAliases: ['个', '只'],
      conversions: { 副: 2 },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 40, 500, 5),
    })),
    ...locks.map(([sku, brand, name, specs, aliases, price]): DraftProduct => ({
      sku,
      name,
      category: '锁具',
      brand,
      aliases,
      specs,
      unit: '把',
      unitAliases: ['个', '套'],
      price,
      tierPrices: tierPricesFor(price, price > 50 ? 'ABC' : 'AB'),
      stock: stockBetween(random, 10, 120, 1),
    })),
  ];
}
