import { brandFactor, family, type Brand } from './catalog-family.js';

const CEMENT_BRANDS: Brand[] = [
  ['海螺', 'HL'],
  ['华新', 'HX'],
  ['冀东', 'JD'],
  ['南方', 'NF'],
  ['金隅', 'JY'],
  ['华润', 'HR'],
  ['台泥', 'TN'],
  ['山水', 'SS'],
  ['亚泰', 'YT'],
  ['天山', 'TS'],
  ['红狮', 'HS'],
  ['塔牌', 'TP'],
  ['祁连山', 'QLS'],
  ['中联', 'ZL'],
  ['葛洲坝', 'GZB'],
  ['尧柏', 'YB'],
  ['万年青', 'WNQ'],
  ['鼎鑫', 'DX'],
];
const CEMENT_GRADES: [string, string, string, string[], number][] = [
  ['P.C32.5', 'PC325', '32.5', ['325水泥', '32.5水泥', '复合水泥'], 22],
  ['P.C32.5R', 'PC325R', '32.5R', ['325早强', '32.5R水泥'], 23],
  ['P.O42.5', 'PO425', '42.5', ['425水泥', '42.5水泥', '普硅水泥', '普通硅酸盐水泥'], 26],
  ['P.O42.5R', 'PO425R', '42.5R', ['425早强', '早强水泥', '42.5R水泥'], 27],
  ['P.O52.5', 'PO525', '52.5', ['525水泥', '52.5水泥', '高标号水泥'], 31],
  ['白水泥32.5', 'PW325', '32.5', ['白水泥', '白灰水泥'], 28],
  ['砌筑水泥M32.5', 'MS325', 'M32.5', ['砌筑水泥', '砌墙水泥'], 19],
];
const CEMENT_BAGS: [string, number][] = [
  ['50kg', 20],
  ['40kg', 25],
  ['25kg', 40],
];

const cement = family(
  'CEM',
  1,
  [CEMENT_GRADES, CEMENT_BRANDS, CEMENT_BAGS],
  ([label, code, grade, aliases, base], [brand, brandCode], [bag, perTon]) => ({
    code: `${brandCode}-${code}-${bag.replace('kg', '')}`,
    name: `${brand}水泥 ${label}`,
    category: '水泥',
    brand,
    aliases: [...aliases, `${brand}${grade}`, `${bag}水泥`],
    specs: { 标号: grade, 包装: bag },
    unit: '袋',
    unitAliases: ['包'],
    conversions: { 吨: perTon },
    price: (base * Number(bag.replace('kg', ''))) / 50 + (brandFactor(brand) - 1) * 4,
    bulk: true,
    noBarcode: true,
  }),
);

const TILE_BRANDS: Brand[] = [
  ['马可波罗', 'MKBL'],
  ['东鹏', 'DP'],
  ['诺贝尔', 'NBE'],
  ['蒙娜丽莎', 'MNLS'],
  ['冠珠', 'GZ'],
  ['欧神诺', 'OSN'],
  ['新中源', 'XZY'],
  ['金意陶', 'JYT'],
  ['简一', 'JYI'],
  ['宏宇', 'HYU'],
  ['萨米特', 'SMT'],
  ['亚细亚', 'YXY'],
  ['箭牌', 'JP'],
  ['惠达', 'HD'],
  ['新明珠', 'XMZ'],
  ['鹰牌', 'YP'],
  ['长谷', 'CG'],
  ['能强', 'NQ'],
];
const TILE_SERIES = ['岩石', '云境', '大理石', '金刚石', '素色', '天工', '玉石', '时光', '极简'];
const TILE_SIZES: [string, string, number, number, string[]][] = [
  ['300*600', '3060', 0.18, 10, ['墙砖', '300*600墙砖', '36砖']],
  ['600*600', '6060', 0.36, 4, ['60砖', '600地砖', '600*600地砖']],
  ['800*800', '8080', 0.64, 3, ['80砖', '800地砖', '800*800地砖']],
  ['600*1200', '60120', 0.72, 2, ['大板', '600*1200大板', '612砖']],
  ['750*1500', '75150', 1.125, 2, ['大板砖', '750*1500大板']],
  ['900*1800', '90180', 1.62, 2, ['岩板', '900*1800岩板']],
];
const TILE_COLORS: Brand[] = [
  ['米白', 'MB'],
  ['浅灰', 'QH'],
  ['深灰', 'SH'],
  ['象牙白', 'XYB'],
  ['爵士白', 'JSB'],
  ['鱼肚白', 'YDB'],
  ['雅士白', 'YSB'],
  ['水泥灰', 'SNH'],
  ['卡其', 'KQ'],
  ['黑金花', 'HJH'],
  ['奶油色', 'NYS'],
];
const TILE_FINISHES: [string, string, number][] = [
  ['抛光', 'PG', 1],
  ['柔光', 'RG', 1.1],
  ['哑光', 'YG', 1.05],
  ['釉面', 'YM', 0.9],
  ['仿古', 'FG', 0.95],
];
const tileSeries = TILE_BRANDS.flatMap(([brand, code], i) =>
  [0, 1, 2].map((k) => ({ brand, code, series: TILE_SERIES[(i * 2 + k * 4) % TILE_SERIES.length]! })),
);

const tiles = family(
  'TL',
  16,
  [TILE_SIZES, TILE_COLORS, TILE_FINISHES, tileSeries],
  ([size, sizeCode, area, perBox, sizeAliases], [color, colorCode], [finish, finishCode, f], t) => ({
    code: `${t.code}${TILE_SERIES.indexOf(t.series)}-${sizeCode}-${colorCode}-${finishCode}`,
    name: `${t.series}系列 ${finish}砖`,
    category: '瓷砖',
    brand: t.brand,
    aliases: [...sizeAliases, `${finish}砖`, `${color}${finish}砖`, `${color}瓷砖`],
    specs: { 规格: size, 颜色: color, 表面: finish, 系列: t.series },
    unit: '片',
    unitAliases: ['块'],
    conversions: { 箱: perBox },
    price: area * 75 * f * brandFactor(t.brand),
  }),
);

const PAINT_BRANDS: [string, string, string[]][] = [
  ['立邦', 'LB', ['净味120', '抗甲醛五合一', '竹炭净味', '时时丽']],
  ['多乐士', 'DLS', ['家丽安', '致悦', '竹炭清新居', '森呼吸']],
  ['三棵树', 'SKS', ['健康+', '净味五合一', '小森林']],
  ['嘉宝莉', 'JBL', ['竹炭净味', '美家']],
  ['华润漆', 'HR', ['净味全效', '抗碱底漆']],
  ['大师漆', 'DS', ['晶钻', '弹性']],
  ['芬琳', 'FL', ['净味环保']],
  ['紫荆花', 'ZJH', ['净味全效', '外墙']],
  ['美涂士', 'MTS', ['净味', '超白']],
  ['巴德士', 'BDS', ['净味竹炭']],
];
const PAINT_KINDS: [string, string, string[], number][] = [
  ['内墙乳胶漆', 'NQ', ['乳胶漆', '墙面漆', '内墙漆'], 1],
  ['抗碱底漆', 'DQ', ['底漆', '墙固底漆'], 0.7],
  ['外墙乳胶漆', 'WQ', ['外墙漆', '外墙涂料'], 1.2],
  ['木器清漆', 'MQ', ['清漆', '木器漆'], 1.8],
  ['防水涂料', 'FS', ['防水', 'JS防水', 'K11'], 0.9],
];
const PAINT_SIZES: [string, number, Record<string, number>][] = [
  ['18L', 18, {}],
  ['15L', 15, {}],
  ['5L', 5, { 箱: 4 }],
];
const PAINT_COLORS: Brand[] = [
  ['白', 'W'],
  ['象牙白', 'XYB'],
  ['米黄', 'MH'],
];
const paintSeries = PAINT_BRANDS.flatMap(([brand, code, series]) =>
  series.map((s, i) => ({ brand, code, s, i })),
);
const paints = family(
  'PT',
  3,
  [PAINT_KINDS, paintSeries, PAINT_SIZES, PAINT_COLORS],
  ([kind, kindCode, aliases, f], p, [size, liters, conversions], [color, colorCode]) => ({
    code: `${p.code}${p.i}-${kindCode}-${size}-${colorCode}`,
    name: `${p.s}${kind}`,
    category: '涂料',
    brand: p.brand,
    aliases: [...aliases, `${size}${aliases[0]}`, `${p.brand}${aliases[0]}`],
    specs: { 规格: size, 颜色: color, 系列: p.s },
    unit: '桶',
    unitAliases: ['罐'],
    conversions,
    price: (40 + liters * 24) * f * brandFactor(p.brand),
  }),
);

/** Cement, tiles and paint. */
export const buildingFamilies = { cement, tiles, paints };
