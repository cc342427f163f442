import { shopRound, stockBetween, tierPricesFor, type DraftProduct } from './demo-product.js';

/** 水暖: PPR pipe and fittings, valves, PVC drain pipe and fittings. */
export function plumbingProducts(random: () => number): DraftProduct[] {
  return [...pprPipes(random), ...pprFittings(random), ...valves(random), ...drainage(random)];
}

/** What plumbers call each PPR size: DN20 is 4分, DN25 is 6分, DN32 is 1寸. */
const sizeWords: Record<string, { inch: string; thread: string }> = {
  '20': { inch: '4分', thread: '1/2"' },
  '25': { inch: '6分', thread: '3/4"' },
  '32': { inch: '1寸', thread: '1"' },
};

function pprPipes(random: () => number): DraftProduct[] {
  /** 4 m stick prices for 伟星; 日丰 and 联塑 scale from it. */
  const walls: Record<string, Record<'冷水' | '热水', { wall: string; price: number }>> = {
    '20': { 冷水: { wall: '2.3', price: 23 }, 热水: { wall: '2.8', price: 29 } },
    '25': { 冷水: { wall: '2.8', price: 36 }, 热水: { wall: '3.5', price: 45 } },
    '32': { 冷水: { wall: '2.9', price: 48 }, 热水: { wall: '4.4', price: 68 } },
  };
  const brands: [brand: string, code: string, factor: number][] = [
    ['伟星', 'WX', 1],
    ['日丰', 'RF', 1.03],
    ['联塑', 'LS', 0.88],
  ];
  return brands.flatMap(([brand, code, factor]) =>
    ['20', '25', '32'].flatMap((size) =>
      (['冷水', '热水'] as const).map((use): DraftProduct => {
        const { wall, price: base } = walls[size]![use];
        const price = shopRound(base * factor);
        const inch = sizeWords[size]!.inch;
        return {
          sku: `PPR-${code}-${size}-${use === '冷水' ? 'C' : 'H'}`,
          name: `PPR${use}管`,
          category: 'PPR管',
          brand,
          aliases: [`${inch}管`, `${inch}${use}管`, `${size}管`, `${size}PPR`, 'PPR管', '水管'],
          specs: { 管径: `DN${size}`, 规格: `${size}*${wall}`, 用途: use, 长度: '4米' },
          unit: '根',
          unitAliases: ['支', '条'],
          conversions: { 米: 0.25 },
          price,
          tierPrices: tierPricesFor(price, brand === '联塑' ? 'ABC' : 'AB'),
          stock: stockBetween(random, 40, 600),
        };
      }),
    ),
  );
}

const fittingTypes: Record<string, { code: string; prices: [number, number, number]; aliases: string[] }> = {
  弯头: { code: 'ELB', prices: [1.6, 2.6, 4.5], aliases: ['弯头', '90度弯头', '弯'] },
  三通: { code: 'TEE', prices: [2, 3.2, 5.8], aliases: ['三通', '正三通'] },
  直接: { code: 'CPL', prices: [1.2, 1.8, 3.2], aliases: ['直接', '直通', '管箍'] },
  内丝弯头: { code: 'FELB', prices: [8.5, 12, 26], aliases: ['内丝弯头', '内丝弯', '内牙弯头'] },
  外丝弯头: { code: 'MELB', prices: [10, 14, 30], aliases: ['外丝弯头', '外丝弯', '外牙弯头'] },
  内丝直接: { code: 'FCPL', prices: [7.5, 10.5, 22], aliases: ['内丝直接', '内丝', '内牙直接'] },
  外丝直接: { code: 'MCPL', prices: [9, 13, 27], aliases: ['外丝直接', '外丝', '外牙直接'] },
};

function pprFittings(random: () => number): DraftProduct[] {
  const lines: [brand: string, code: string, factor: number, sizes: string[], types: string[]][] = [
    ['伟星', 'WX', 1, ['20', '25', '32'], Object.keys(fittingTypes)],
    ['联塑', 'LS', 0.85, ['20', '25'], ['弯头', '三通', '直接', '内丝弯头', '外丝弯头']],
  ];
  return lines.flatMap(([brand, code, factor, sizes, types]) =>
    sizes.flatMap((size) =>
      types.map((type): DraftProduct => {
        const kind = fittingTypes[type]!;
        const sizeIndex = ['20', '25', '32'].indexOf(size);
        const price = shopRound(kind.prices[sizeIndex]! * factor);
        const { inch, thread } = sizeWords[size]!;
        const threaded = type.includes('丝');
        return {
          sku: `PPRF-${code}-${size}-${kind.code}`,
          name: `PPR${type}`,
          category: 'PPR管件',
          brand,
          aliases: [
            ...kind.aliases.map((alias) => `${inch}${alias}`),
            ...kind.aliases.map((alias) => `${size}${alias}`),
            kind.aliases[0]!,
            '管件',
          ],
          specs: { 管径: `DN${size}`, 类型: type, ...(threaded ? { 规格: `${size}*${thread}` } : {}) },
          unit: '个',
          unitAliases: ['只'],
          conversions: { 包: threaded ? 20 : 50 },
          price,
          tierPrices: tierPricesFor(price, 'AB'),
          stock: stockBetween(random, 60, 1200),
        };
      }),
    ),
  );
}

function valves(random: () => number): DraftProduct[] {
  const rows: [sku: string, brand: string, name: string, size: string, aliases: string[], price: number][] = [
    ['VLV-WX-STOP-20', '伟星', 'PPR截止阀', '20', ['4分截止阀', '20截止阀', '截止阀', '总阀'], 28],
    ['VLV-WX-STOP-25', '伟星', 'PPR截止阀', '25', ['6分截止阀', '25截止阀', '截止阀', '总阀'], 35],
    ['VLV-RF-BALL-20', '日丰', '铜球阀', '20', ['4分球阀', '4分阀门', '球阀'], 22],
    ['VLV-RF-BALL-25', '日丰', '铜球阀', '25', ['6分球阀', '6分阀门', '球阀'], 32],
    ['VLV-RF-BALL-32', '日丰', '铜球阀', '32', ['1寸球阀', '1寸阀门', '球阀'], 52],
    ['VLV-LS-UBALL-20', '联塑', 'PPR双活接球阀', '20', ['4分双活接', '双活接球阀', '活接球阀'], 32],
    ['VLV-LS-UBALL-25', '联塑', 'PPR双活接球阀', '25', ['6分双活接', '双活接球阀', '活接球阀'], 42],
  ];
  return rows.map(([sku, brand, name, size, aliases, price]) => ({
    sku,
    name,
    category: '阀门',
    brand,
    aliases: [...aliases, '阀门'],
    specs: {
      管径: `DN${size}`,
      类型: name.includes('截止') ? '截止阀' : '球阀',
      规格: sizeWords[size]!.inch,
    },
    unit: '个',
    unitAliases: ['只'],
    price,
    tierPrices: tierPricesFor(price, 'AB'),
    stock: stockBetween(random, 20, 200, 5),
  }));
}

function drainage(random: () => number): DraftProduct[] {
  const pipes: [brand: string, code: string, size: string, wall: string, price: number][] = [
    ['联塑', 'LS', '50', '2.0', 19],
    ['联塑', 'LS', '75', '2.3', 29],
    ['联塑', 'LS', '110', '3.2', 48],
    ['联塑', 'LS', '160', '4.0', 105],
    ['公元', 'GY', '50', '2.0', 17.5],
    ['公元', 'GY', '75', '2.3', 27],
    ['公元', 'GY', '110', '3.2', 44],
  ];
  const fittings: [type: string, code: string, aliases: string[], prices: [number, number, number]][] = [
    ['弯头', 'ELB', ['弯头', '下水弯头'], [2.2, 4.5, 8.5]],
    ['斜三通', 'YT', ['斜三通', '下水三通', '三通'], [3.5, 7, 14]],
    ['存水弯', 'TRAP', ['存水弯', 'S弯', '反水弯'], [6, 11, 22]],
  ];
  return [
    ...pipes.map(([brand, code, size, wall, price]): DraftProduct => ({
      sku: `PVC-${code}-${size}`,
      name: 'PVC-U排水管',
      category: 'PVC排水管',
      brand,
      aliases: [`${size}管`, `${size}下水管`, `${size}排水管`, '下水管', '排水管', 'PVC管'],
      specs: { 管径: size, 规格: `${size}*${wall}`, 长度: '4米' },
      unit: '根',
      unitAliases: ['支', '条'],
      conversions: { 米: 0.25 },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 30, 400, 5),
    })),
    ...fittings.flatMap(([type, code, aliases, prices]) =>
      ['50', '75', '110'].map((size, index): DraftProduct => ({
        sku: `PVCF-LS-${size}-${code}`,
        name: `PVC排水${type}`,
        category: 'PVC排水管',
        brand: '联塑',
        aliases: aliases.map((alias) => `${size}${alias}`).concat(aliases),
        specs: { 管径: size, 类型: type },
        unit: '个',
        unitAliases: ['只'],
        price: prices[index]!,
        tierPrices: tierPricesFor(prices[index]!, 'AB'),
        stock: stockBetween(random, 30, 500, 5),
      })),
    ),
    {
      sku: 'PVC-GLUE-LS-500',
      name: 'PVC胶水',
      category: 'PVC排水管',
      brand: '联塑',
      aliases: ['胶水', 'PVC胶', '管道胶', '排水管胶水'],
      specs: { 规格: '500g' },
      unit: '瓶',
      unitAliases: ['罐'],
      conversions: { 箱: 24 },
      price: 14,
      tierPrices: tierPricesFor(14, 'AB'),
      stock: stockBetween(random, 30, 200, 5),
    },
  ];
}
