import { shopRound, stockBetween, tierPricesFor, type DraftProduct } from './demo-product.js';

/** 建材: cement, sand and mortar, tiles, putty, tile adhesive, waterproofing, latex paint, gypsum board. */
export function buildingProducts(random: () => number): DraftProduct[] {
  return [
    ...cement(random),
    ...sandAndMortar(random),
    ...tiles(random),
    ...putty(random),
    ...tileAdhesive(random),
    ...waterproofing(random),
    ...latexPaint(random),
    ...gypsumBoard(random),
  ];
}

const gradeNames: Record<string, { name: string; aliases: string[] }> = {
  '32.5': { name: 'P.C32.5R复合硅酸盐水泥', aliases: ['325水泥', '32.5水泥', '复合水泥', '三二五'] },
  '42.5': { name: 'P.O42.5普通硅酸盐水泥', aliases: ['425水泥', '42.5水泥', '普硅水泥', '四二五'] },
  '52.5': { name: 'P.O52.5普通硅酸盐水泥', aliases: ['525水泥', '52.5水泥', '高标号水泥'] },
};

function cement(random: () => number): DraftProduct[] {
  const rows: [brand: string, code: string, grade: string, kg: number, price: number][] = [
    ['海螺', 'HL', '32.5', 50, 22.5],
    ['海螺', 'HL', '42.5', 50, 26],
    ['海螺', 'HL', '42.5', 25, 14.5],
    ['海螺', 'HL', '52.5', 50, 31],
    ['华新', 'HX', '32.5', 50, 22],
    ['华新', 'HX', '42.5', 50, 25.5],
    ['华新', 'HX', '42.5', 25, 14],
    ['南方', 'NF', '42.5', 50, 24.5],
    ['南方', 'NF', '32.5', 50, 21],
  ];
  const bags: DraftProduct[] = rows.map(([brand, code, grade, kg, price]) => {
    const grading = gradeNames[grade]!;
    return {
      sku: `CEM-${code}-${grade.replace('.', '')}-${kg}`,
      name: grading.name,
      category: '水泥',
      brand,
      aliases: [...grading.aliases, `${brand}水泥`, '水泥'],
      specs: { 标号: grade, 包装: `${kg}kg` },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 1000 / kg },
      price,
      tierPrices: tierPricesFor(price, kg === 50 ? 'ABC' : 'AB'),
      stock: stockBetween(random, kg === 50 ? 400 : 120, kg === 50 ? 2400 : 600),
    };
  });
  bags.push({
    sku: 'CEM-JY-WHITE-25',
    name: '白水泥',
    category: '水泥',
    brand: '金隅',
    aliases: ['白灰水泥', '填缝白水泥'],
    specs: { 标号: '32.5', 包装: '25kg', 颜色: '白' },
    unit: '袋',
    unitAliases: ['包'],
    conversions: { 吨: 40 },
    price: 23,
    tierPrices: tierPricesFor(23, 'AB'),
    stock: 65,
  });
  return bags;
}

function sandAndMortar(random: () => number): DraftProduct[] {
  return [
    {
      sku: 'AGG-SAND-RIVER',
      name: '河沙',
      category: '砂石',
      aliases: ['黄沙', '中砂', '沙子', '河砂'],
      specs: { 规格: '中砂' },
      unit: '吨',
      conversions: { 方: 1.5 },
      price: 168,
      tierPrices: tierPricesFor(168, 'AB'),
      stock: 85,
      noBarcode: true,
    },
    {
      sku: 'AGG-SAND-MACH',
      name: '机制砂',
      category: '砂石',
      aliases: ['机制沙', '机沙', '人工砂'],
      specs: { 规格: '中砂' },
      unit: '吨',
      conversions: { 方: 1.5 },
      price: 118,
      tierPrices: tierPricesFor(118, 'AB'),
      stock: 140,
      noBarcode: true,
    },
    {
      sku: 'AGG-SAND-BAG40',
      name: '袋装河沙',
      category: '砂石',
      aliases: ['袋装沙', '包装沙', '沙子'],
      specs: { 包装: '40kg' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 25 },
      price: 6.5,
      tierPrices: tierPricesFor(6.5, 'AB'),
      stock: stockBetween(random, 300, 900),
      noBarcode: true,
    },
    {
      sku: 'AGG-GRAVEL-1020',
      name: '碎石',
      category: '砂石',
      aliases: ['石子', '瓜子片', '一二石'],
      specs: { 规格: '1-2cm' },
      unit: '吨',
      conversions: { 方: 1.6 },
      price: 108,
      stock: 60,
      noBarcode: true,
    },
    ...(
      [
        ['M7.5', '砌筑砂浆', ['砌筑砂浆', '砌墙砂浆', '干混砂浆'], 16],
        ['M10', '抹灰砂浆', ['抹灰砂浆', '粉刷砂浆', '干混砂浆'], 17.5],
        ['M15', '地面砂浆', ['地坪砂浆', '找平砂浆'], 19],
      ] as const
    ).map(([grade, kind, aliases, price]): DraftProduct => ({
      sku: `MORTAR-HX-${grade.replace('.', '')}`,
      name: `干混${kind}`,
      category: '砂浆',
      brand: '华新',
      aliases: [...aliases, `${grade}砂浆`],
      specs: { 标号: grade, 包装: '40kg' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 25 },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 150, 700),
    })),
  ];
}

const tileSizes = {
  '600*600': { code: '6060', perBox: 4, aliases: ['600砖', '60砖', '6060'] },
  '800*800': { code: '8080', perBox: 3, aliases: ['800砖', '80砖', '8080'] },
  '600*1200': { code: '60120', perBox: 2, aliases: ['600*1200大板', '大板砖', '60120'] },
} as const;
const tileColors = { 白: 'WH', 灰: 'GY', 浅灰: 'LG', 米黄: 'BG', 鱼肚白: 'FW' } as const;
const tileFinishes = { 抛光: 'PG', 哑光: 'MT', 柔光: 'SM' } as const;

function tiles(random: () => number): DraftProduct[] {
  type Size = keyof typeof tileSizes;
  type Color = keyof typeof tileColors;
  type Finish = keyof typeof tileFinishes;
  const lines: [
    brand: string,
    code: string,
    basePrice: Record<Size, number>,
    items: [Size, Color, Finish][],
  ][] = [
    [
      '东鹏',
      'DP',
      { '600*600': 28, '800*800': 58, '600*1200': 98 },
      [
        ['600*600', '白', '抛光'],
        ['600*600', '灰', '哑光'],
        ['600*600', '米黄', '柔光'],
        ['800*800', '白', '抛光'],
        ['800*800', '米黄', '抛光'],
        ['800*800', '浅灰', '柔光'],
        ['800*800', '灰', '哑光'],
        ['600*1200', '鱼肚白', '柔光'],
        ['600*1200', '浅灰', '哑光'],
      ],
    ],
    [
      '马可波罗',
      'MP',
      { '600*600': 35, '800*800': 72, '600*1200': 128 },
      [
        ['600*600', '白', '柔光'],
        ['800*800', '白', '抛光'],
        ['800*800', '鱼肚白', '柔光'],
        ['800*800', '灰', '哑光'],
        ['600*1200', '白', '抛光'],
        ['600*1200', '灰', '柔光'],
      ],
    ],
    [
      '新明珠',
      'XMZ',
      { '600*600': 22, '800*800': 45, '600*1200': 75 },
      [
        ['600*600', '白', '抛光'],
        ['600*600', '浅灰', '哑光'],
        ['600*600', '米黄', '抛光'],
        ['800*800', '白', '抛光'],
        ['800*800', '米黄', '柔光'],
        ['800*800', '浅灰', '哑光'],
        ['600*1200', '白', '柔光'],
        ['600*1200', '灰', '哑光'],
      ],
    ],
  ];
  return lines.flatMap(([brand, code, basePrice, items]) =>
    items.map(([size, color, finish]): DraftProduct => {
      const price = shopRound(basePrice[size] * (finish === '柔光' ? 1.06 : finish === '哑光' ? 1.03 : 1));
      const sizing = tileSizes[size];
      return {
        sku: `TILE-${code}-${sizing.code}-${tileColors[color]}-${tileFinishes[finish]}`,
        name: `${finish}砖`,
        category: '瓷砖',
        brand,
        aliases: [...sizing.aliases, `${size}${finish}砖`, `${color}${finish}砖`, '瓷砖', '地砖'],
        specs: { 规格: size, 颜色: color, 表面: finish },
        unit: '片',
        unitAliases: ['块'],
        conversions: { 箱: sizing.perBox },
        price,
        tierPrices: tierPricesFor(price, brand === '新明珠' ? 'ABC' : 'AB'),
        stock: stockBetween(random, 60, 900, sizing.perBox),
      };
    }),
  );
}

function putty(random: () => number): DraftProduct[] {
  const rows: [sku: string, brand: string | undefined, kind: string, aliases: string[], price: number][] = [
    ['PUTTY-MC-IN-20', '美巢', '内墙耐水型', ['内墙腻子', '耐水腻子'], 38],
    ['PUTTY-MC-OUT-20', '美巢', '外墙耐水型', ['外墙腻子'], 48],
    ['PUTTY-NP-IN-20', '立邦', '内墙耐水型', ['内墙腻子', '立邦腻子'], 55],
    ['PUTTY-GEN-IN-20', undefined, '内墙普通型', ['普通腻子', '821腻子', '便宜腻子'], 16],
    ['PUTTY-SKSHU-IN-20', '三棵树', '内墙耐水型', ['内墙腻子', '耐水腻子'], 45],
  ];
  return rows.map(([sku, brand, kind, aliases, price]) => ({
    sku,
    name: '腻子粉',
    category: '腻子粉',
    ...(brand ? { brand } : {}),
    aliases: [...aliases, '腻子', '批墙粉'],
    specs: { 类型: kind, 包装: '20kg' },
    unit: '袋',
    unitAliases: ['包'],
    conversions: { 吨: 50 },
    price,
    tierPrices: tierPricesFor(price, 'AB'),
    stock: stockBetween(random, 80, 600),
  }));
}

function tileAdhesive(random: () => number): DraftProduct[] {
  const rows: [sku: string, brand: string, grade: string, kg: number, price: number, name: string][] = [
    ['TADH-DAVCO-C1-20', '德高', 'C1', 20, 45, '瓷砖胶'],
    ['TADH-DAVCO-C2-20', '德高', 'C2', 20, 78, '瓷砖胶'],
    ['TADH-YH-C1-20', '东方雨虹', 'C1', 20, 38, '瓷砖胶'],
    ['TADH-YH-C2-20', '东方雨虹', 'C2', 20, 62, '瓷砖胶'],
    ['TADH-SIKA-C2-20', '西卡', 'C2', 20, 85, '瓷砖胶'],
    ['TADH-DAVCO-BACK-5', '德高', '背胶', 5, 118, '瓷砖背胶'],
  ];
  return rows.map(([sku, brand, grade, kg, price, name]) => ({
    sku,
    name,
    category: '瓷砖胶',
    brand,
    aliases: name === '瓷砖背胶' ? ['背胶', '背涂胶'] : [`${grade}瓷砖胶`, '瓷砖粘结剂', '贴砖胶', '粘砖胶'],
    specs: { 型号: grade, 包装: `${kg}kg` },
    unit: name === '瓷砖背胶' ? '桶' : '袋',
    unitAliases: name === '瓷砖背胶' ? [] : ['包'],
    price,
    tierPrices: tierPricesFor(price, 'AB'),
    stock: stockBetween(random, 40, 300),
  }));
}

function waterproofing(random: () => number): DraftProduct[] {
  const rows: [sku: string, brand: string, name: string, kind: string, aliases: string[], price: number][] = [
    ['WPRF-YH-JS-18', '东方雨虹', 'JS聚合物水泥防水涂料', '柔韧型', ['JS防水', '雨虹JS', '防水涂料'], 245],
    ['WPRF-YH-PU-20', '东方雨虹', '单组分聚氨酯防水涂料', '聚氨酯', ['聚氨酯防水', '油性防水'], 380],
    ['WPRF-DAVCO-K11-18', '德高', 'K11防水浆料', '通用型', ['K11', '德高防水', '防水浆料'], 258],
    ['WPRF-DAVCO-K11F-18', '德高', 'K11防水浆料', '柔韧型', ['K11柔韧', '德高防水', '防水浆料'], 318],
    ['WPRF-KRS-JS-18', '科顺', 'JS聚合物水泥防水涂料', '通用型', ['JS防水', '防水涂料'], 210],
  ];
  return rows.map(([sku, brand, name, kind, aliases, price]) => ({
    sku,
    name,
    category: '防水涂料',
    brand,
    aliases: [...aliases, '防水'],
    specs: { 类型: kind, 包装: sku.endsWith('20') ? '20kg' : '18kg' },
    unit: '桶',
    unitAliases: ['组'],
    price,
    tierPrices: tierPricesFor(price, 'ABC'),
    stock: stockBetween(random, 20, 160),
  }));
}

function latexPaint(random: () => number): DraftProduct[] {
  const rows: [sku: string, brand: string, series: string, litres: number, use: string, price: number][] = [
    ['PAINT-NP-SSL-18', '立邦', '时时丽', 18, '内墙', 265],
    ['PAINT-NP-JW120-5', '立邦', '净味120', 5, '内墙', 175],
    ['PAINT-NP-QX-5', '立邦', '净味全效', 5, '内墙', 285],
    ['PAINT-NP-WQ-18', '立邦', '外墙抗碱', 18, '外墙', 390],
    ['PAINT-DLX-JLA-18', '多乐士', '家丽安', 18, '内墙', 298],
    ['PAINT-DLX-JLA-5', '多乐士', '家丽安净味', 5, '内墙', 148],
    ['PAINT-SKSHU-GC-18', '三棵树', '工程漆', 18, '内墙', 215],
    ['PAINT-SKSHU-JW-5', '三棵树', '净味', 5, '内墙', 158],
  ];
  return rows.map(([sku, brand, series, litres, use, price]) => ({
    sku,
    name: `${use}乳胶漆`,
    category: '乳胶漆',
    brand,
    aliases: [`${brand}${series}`, `${litres}L乳胶漆`, '乳胶漆', '墙面漆', '白漆'],
    specs: { 系列: series, 规格: `${litres}L`, 颜色: '白' },
    unit: '桶',
    price,
    tierPrices: tierPricesFor(price, litres === 18 ? 'ABC' : 'AB'),
    stock: stockBetween(random, 12, 120, 1),
  }));
}

function gypsumBoard(random: () => number): DraftProduct[] {
  const rows: [sku: string, brand: string, kind: string, mm: string, price: number][] = [
    ['GYP-LP-95', '龙牌', '普通', '9.5', 28],
    ['GYP-LP-12', '龙牌', '普通', '12', 36],
    ['GYP-LP-95-WR', '龙牌', '防水', '9.5', 38],
    ['GYP-TS-95', '泰山', '普通', '9.5', 24],
    ['GYP-TS-12', '泰山', '普通', '12', 31],
  ];
  return rows.map(([sku, brand, kind, mm, price]) => ({
    sku,
    name: kind === '防水' ? '防水石膏板' : '纸面石膏板',
    category: '石膏板',
    brand,
    aliases: ['石膏板', `${mm}厚石膏板`, ...(kind === '防水' ? ['防潮石膏板'] : ['吊顶板'])],
    specs: { 规格: '1200*2400', 厚度: `${mm}mm`, 类型: kind },
    unit: '张',
    unitAliases: ['块'],
    price,
    tierPrices: tierPricesFor(price, 'AB'),
    stock: stockBetween(random, 50, 500),
  }));
}
