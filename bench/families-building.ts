import {
  brandFactor,
  family,
  variants,
  type Brand,
  type Family,
  type FamilyProduct,
} from './catalog-family.js';

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

const PIPE_BRANDS: Brand[] = [
  ['伟星', 'WX'],
  ['联塑', 'LS'],
  ['日丰', 'RF'],
  ['金德', 'JD'],
  ['中财', 'ZC'],
  ['公元', 'GY'],
  ['永高', 'YG'],
  ['顾地', 'GD'],
  ['爱康', 'AK'],
  ['保利', 'BL'],
  ['天力', 'TL'],
  ['皮尔萨', 'PES'],
  ['金牛', 'JN'],
  ['康泰', 'KT'],
  ['洁水', 'JS'],
  ['宏岳', 'HYU'],
];
/** PPR pipe sizes with the trade names plumbers use (4分 = DN20…). */
const DN: [number, string][] = [
  [20, '4分'],
  [25, '6分'],
  [32, '1寸'],
  [40, '1寸2'],
  [50, '1寸半'],
  [63, '2寸'],
];
const PPR_ITEMS: [string, string, number][] = [
  ['PPR冷水管', 'LG', 12],
  ['PPR热水管', 'RG', 16],
  ['PPR直接', 'ZJ', 0.8],
  ['PPR90°弯头', 'WT', 1],
  ['PPR45°弯头', 'WT45', 1.1],
  ['PPR等径三通', 'ST', 1.3],
  ['PPR内丝直接', 'NSZJ', 6],
  ['PPR外丝直接', 'WSZJ', 7],
  ['PPR内丝弯头', 'NSWT', 6.5],
  ['PPR外丝弯头', 'WSWT', 7.5],
  ['PPR内丝三通', 'NSST', 7],
  ['PPR过桥弯', 'GQW', 3],
  ['PPR堵头', 'DT', 0.5],
  ['PPR管卡', 'GK', 0.3],
  ['PPR截止阀', 'JZF', 28],
  ['PPR双活接球阀', 'QF', 35],
];
const PIPE_COLORS: Brand[] = [
  ['白', 'W'],
  ['绿', 'G'],
  ['灰', 'H'],
];
const ppr = family(
  'PPR',
  10,
  [PPR_ITEMS, DN, PIPE_COLORS, PIPE_BRANDS],
  ([item, itemCode, base], [dn, trade], [color, colorCode], [brand, brandCode]): FamilyProduct => {
    const pipe = itemCode === 'LG' || itemCode === 'RG';
    const short = item.replace('PPR', '');
    return {
      code: `${brandCode}-${itemCode}${dn}-${colorCode}`,
      name: pipe ? `${item} DN${dn}` : item,
      category: pipe ? '管材' : '管件',
      brand,
      aliases: pipe
        ? [`${trade}管`, `${dn}管`, `${trade}${short}`, `DN${dn}水管`, 'PPR管', '水管']
        : [`${trade}${short}`, `${dn}${short}`, short],
      specs: { 管径: `DN${dn}`, 口径: trade, 颜色: color, ...(pipe ? { 长度: '4米' } : {}) },
      unit: pipe ? '根' : '个',
      unitAliases: pipe ? ['支'] : ['只'],
      conversions: pipe ? { 米: 0.25 } : { 袋: dn <= 25 ? 100 : 50 },
      price: base * (dn / 20) ** (pipe ? 1.9 : 1.5) * brandFactor(brand),
      bulk: pipe,
      ...(pipe && { noBarcode: true }),
    };
  },
);

const PVC_ITEMS: [string, string, number[], number][] = [
  ['PVC排水管', 'PG', [50, 75, 110, 160], 9],
  ['PVC弯头', 'WT', [50, 75, 110, 160], 1.5],
  ['PVC三通', 'ST', [50, 75, 110, 160], 2],
  ['PVC存水弯', 'CSW', [50, 75, 110], 4],
  ['PVC检查口', 'JCK', [75, 110, 160], 8],
  ['PVC伸缩节', 'SSJ', [75, 110, 160], 9],
  ['PVC线管', 'XG', [16, 20, 25, 32], 2.5],
  ['PVC线管直接', 'XGZJ', [16, 20, 25, 32], 0.15],
  ['PVC线盒', 'XH', [16, 20], 0.8],
];
const pvcVariants = variants(PVC_ITEMS, (i) => i[2]);
const pvc = family(
  'PVC',
  5,
  [pvcVariants, ['轻型', '中型', '重型'] as const, PIPE_BRANDS],
  ([[item, itemCode, sizes, base], d], weight, [brand, brandCode]): FamilyProduct => {
    const pipe = itemCode === 'PG' || itemCode === 'XG';
    const short = item.replace('PVC', '');
    const w = weight === '轻型' ? 0.8 : weight === '中型' ? 1 : 1.3;
    return {
      code: `${brandCode}-${itemCode}${d}-${weight === '轻型' ? 'Q' : weight === '中型' ? 'Z' : 'C'}`,
      name: pipe ? `${item} ${d}` : item,
      category: pipe ? '管材' : '管件',
      brand,
      aliases: [`${d}${short}`, `${d}的${short}`, ...(itemCode === 'XG' ? ['电线管', '穿线管'] : [])],
      specs: { 管径: `${d}mm`, 类型: weight },
      unit: pipe ? '根' : '个',
      unitAliases: pipe ? ['支'] : ['只'],
      conversions: pipe ? { 米: 0.25 } : { 袋: 50 },
      price: base * (d / sizes[0]!) ** 1.6 * w * brandFactor(brand),
      ...(pipe && { noBarcode: true }),
    };
  },
);

const FASTENER_BRANDS: Brand[] = [
  ['晋亿', 'JY'],
  ['东明', 'DM'],
  ['上标', 'SB'],
  ['固特', 'GT'],
  ['宁波标准件', 'NB'],
  ['永年', 'YN'],
  ['喜利得', 'XLD'],
  ['巨力', 'JL'],
  ['标五', 'BW'],
  ['国强', 'GQ'],
  ['恒星', 'HX'],
  ['超群', 'CQ'],
];
const MATERIALS: [string, string, number][] = [
  ['碳钢镀锌', 'DX', 1],
  ['304不锈钢', 'S304', 2.6],
  ['201不锈钢', 'S201', 1.8],
  ['8.8级发黑', 'FH', 1.4],
  ['镀彩锌', 'DC', 1.1],
];
interface Fastener {
  name: string;
  code: string;
  sizes: [string, number][];
  lengths: number[];
  aliases: (size: string) => string[];
  unit: string;
  base: number;
}
const M = (...ns: number[]): [string, number][] => ns.map((n) => [`M${n}`, n]);
const FASTENERS: Fastener[] = [
  {
    name: '外六角螺栓',
    code: 'WLJ',
    sizes: M(6, 8, 10, 12, 14, 16, 20),
    lengths: [20, 30, 40, 50, 60, 80, 100, 120, 150],
    aliases: (s) => [`${s}螺栓`, `${s}螺丝`, '外六角', '六角螺丝'],
    unit: '盒',
    base: 0.1,
  },
  {
    name: '内六角螺丝',
    code: 'NLJ',
    sizes: M(3, 4, 5, 6, 8, 10, 12),
    lengths: [8, 10, 12, 16, 20, 25, 30, 40, 50, 60],
    aliases: (s) => [`${s}内六角`, '内六角', '杯头螺丝'],
    unit: '盒',
    base: 0.08,
  },
  {
    name: '十字自攻螺丝',
    code: 'ZG',
    sizes: [
      ['ST3.5', 3.5],
      ['ST4.2', 4.2],
      ['ST4.8', 4.8],
    ],
    lengths: [13, 16, 19, 25, 32, 38, 50],
    aliases: (s) => ['自攻丝', '自攻螺丝', `${s}自攻`],
    unit: '盒',
    base: 0.05,
  },
  {
    name: '膨胀螺栓',
    code: 'PZ',
    sizes: M(6, 8, 10, 12, 14, 16),
    lengths: [60, 80, 100, 120, 150, 200],
    aliases: (s) => ['膨胀丝', '膨胀螺丝', '拉爆', `${s}膨胀`],
    unit: '套',
    base: 0.1,
  },
  {
    name: '沉头螺丝',
    code: 'CT',
    sizes: M(3, 4, 5, 6, 8),
    lengths: [10, 12, 16, 20, 25, 30, 40],
    aliases: (s) => ['平头螺丝', '沉头', `${s}平头`],
    unit: '盒',
    base: 0.06,
  },
  {
    name: '钻尾螺丝',
    code: 'ZW',
    sizes: [
      ['ST4.2', 4.2],
      ['ST4.8', 4.8],
      ['ST5.5', 5.5],
    ],
    lengths: [16, 19, 25, 32, 38, 50, 65],
    aliases: () => ['燕尾丝', '钻尾丝', '自钻螺丝'],
    unit: '盒',
    base: 0.08,
  },
  {
    name: '六角螺母',
    code: 'LM',
    sizes: M(4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 24),
    lengths: [0],
    aliases: (s) => [`${s}螺母`, '螺帽', `${s}螺帽`],
    unit: '盒',
    base: 0.12,
  },
  {
    name: '平垫圈',
    code: 'PD',
    sizes: M(4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 24),
    lengths: [0],
    aliases: (s) => ['平垫', '垫片', `${s}垫片`],
    unit: '盒',
    base: 0.05,
  },
  {
    name: '弹簧垫圈',
    code: 'TD',
    sizes: M(4, 5, 6, 8, 10, 12, 14, 16, 20),
    lengths: [0],
    aliases: () => ['弹垫', '弹簧垫'],
    unit: '盒',
    base: 0.05,
  },
  {
    name: '全牙螺杆',
    code: 'LG',
    sizes: M(6, 8, 10, 12, 14, 16, 20),
    lengths: [1000, 2000, 3000],
    aliases: (s) => ['丝杆', '牙条', '通丝', `${s}丝杆`],
    unit: '根',
    base: 0.08,
  },
];
const fastenerVariants = FASTENERS.flatMap((f) =>
  variants(f.sizes, () => f.lengths).map(([[size, d], len]) => ({ f, size, d, len })),
);
const fasteners = family(
  'FS',
  16,
  [fastenerVariants, MATERIALS, FASTENER_BRANDS],
  ({ f, size, d, len }, [material, materialCode, factor], [brand, brandCode]): FamilyProduct => {
    const perBox = f.unit === '根' ? 1 : f.unit === '套' ? 1 : d >= 12 ? 50 : 100;
    const spec = len ? `${size}*${len}` : size;
    return {
      code: `${brandCode}-${f.code}-${spec.replace('*', 'x')}-${materialCode}`,
      name: `${material}${f.name}`,
      category: '紧固件',
      brand,
      aliases: [...f.aliases(size), spec, ...(len ? [`${size}x${len}`] : [])],
      specs: {
        规格: spec,
        直径: size,
        材质: material,
        ...(len ? { 长度: `${len}mm` } : {}),
        ...(perBox > 1 ? { 包装: `${perBox}个/盒` } : {}),
      },
      unit: f.unit,
      unitAliases: f.unit === '盒' ? ['包'] : f.unit === '套' ? ['个', '颗', '只'] : ['支'],
      conversions: perBox > 1 ? { 个: 1 / perBox, 箱: 20 } : f.unit === '套' ? { 盒: 50 } : {},
      price: (2 + f.base * d * d * Math.max(len, 10) ** 0.6 * (perBox / 100)) * factor * brandFactor(brand),
      bulk: true,
    };
  },
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

const DRINKS: [string, string, string, string[], [string, number][]][] = [
  [
    '红牛',
    'HN',
    '维生素功能饮料',
    ['红牛', '牛'],
    [
      ['250ml×24罐', 120],
      ['250ml×6罐', 31],
    ],
  ],
  [
    '东鹏特饮',
    'DP',
    '维生素功能饮料',
    ['东鹏', '特饮'],
    [
      ['250ml×24瓶', 72],
      ['500ml×24瓶', 110],
    ],
  ],
  [
    '农夫山泉',
    'NF',
    '饮用天然水',
    ['矿泉水', '农夫'],
    [
      ['550ml×24瓶', 36],
      ['380ml×24瓶', 30],
      ['1.5L×12瓶', 38],
      ['4L×6桶', 42],
    ],
  ],
  [
    '怡宝',
    'YB',
    '纯净水',
    ['纯净水', '怡宝水'],
    [
      ['555ml×24瓶', 34],
      ['1.555L×12瓶', 36],
    ],
  ],
  [
    '康师傅',
    'KSF',
    '冰红茶',
    ['冰红茶', '红茶'],
    [
      ['500ml×15瓶', 45],
      ['1L×12瓶', 52],
    ],
  ],
  ['康师傅', 'KSF', '绿茶', ['绿茶'], [['500ml×15瓶', 45]]],
  ['统一', 'TY', '阿萨姆奶茶', ['奶茶', '阿萨姆'], [['500ml×15瓶', 58]]],
  [
    '可口可乐',
    'KL',
    '可口可乐',
    ['可乐'],
    [
      ['330ml×24罐', 60],
      ['500ml×24瓶', 65],
      ['2L×8瓶', 62],
    ],
  ],
  [
    '可口可乐',
    'KL',
    '雪碧',
    ['雪碧'],
    [
      ['330ml×24罐', 60],
      ['500ml×24瓶', 65],
    ],
  ],
  [
    '百事',
    'BS',
    '百事可乐',
    ['百事', '可乐'],
    [
      ['330ml×24罐', 58],
      ['600ml×24瓶', 66],
    ],
  ],
  [
    '王老吉',
    'WLJ',
    '凉茶',
    ['王老吉', '凉茶'],
    [
      ['310ml×24罐', 86],
      ['310ml×12罐', 44],
    ],
  ],
  ['加多宝', 'JDB', '凉茶', ['加多宝', '凉茶'], [['310ml×24罐', 84]]],
  ['六个核桃', 'LGHT', '核桃乳', ['核桃奶', '六个核桃'], [['240ml×20罐', 78]]],
  ['旺仔', 'WZ', '复原乳', ['旺仔牛奶', '旺仔'], [['245ml×24罐', 110]]],
  [
    '青岛啤酒',
    'QD',
    '经典啤酒',
    ['青啤', '啤酒'],
    [
      ['500ml×12罐', 55],
      ['330ml×24罐', 75],
      ['600ml×12瓶', 50],
    ],
  ],
  ['雪花', 'XH', '勇闯天涯啤酒', ['雪花啤酒', '勇闯天涯'], [['500ml×12罐', 48]]],
  ['百威', 'BW', '啤酒', ['百威啤酒'], [['500ml×12罐', 75]]],
  ['脉动', 'MD', '维生素饮料', ['脉动'], [['600ml×15瓶', 62]]],
  ['元气森林', 'YQ', '气泡水', ['气泡水', '元气'], [['480ml×15瓶', 65]]],
  [
    '康师傅',
    'KSF',
    '红烧牛肉面',
    ['方便面', '泡面', '红烧牛肉面'],
    [
      ['袋装×24', 58],
      ['桶装×12', 50],
    ],
  ],
  [
    '统一',
    'TY',
    '老坛酸菜牛肉面',
    ['酸菜面', '方便面'],
    [
      ['袋装×24', 56],
      ['桶装×12', 50],
    ],
  ],
  [
    '双汇',
    'SH',
    '王中王火腿肠',
    ['火腿肠', '王中王'],
    [
      ['30g×10支×20袋', 168],
      ['60g×10支×10袋', 150],
    ],
  ],
  ['老干妈', 'LGM', '风味豆豉油制辣椒', ['老干妈', '辣椒酱'], [['280g×24瓶', 230]]],
  [
    '海天',
    'HT',
    '金标生抽',
    ['生抽', '酱油'],
    [
      ['1.9L×6瓶', 95],
      ['500ml×12瓶', 72],
    ],
  ],
  ['金龙鱼', 'JLY', '调和油', ['食用油', '调和油'], [['5L×4桶', 260]]],
  ['鲁花', 'LH', '5S压榨花生油', ['花生油'], [['5L×4桶', 560]]],
];
const drinkVariants = DRINKS.flatMap(([brand, code, name, aliases, packs]) =>
  packs.map(([pack, price], i) => ({
    brand,
    code: `${code}${DRINKS.findIndex((d) => d[2] === name && d[0] === brand)}-${i}`,
    name,
    aliases,
    pack,
    price,
  })),
);
const fmcg = family('FD', 2, [drinkVariants], (d) => ({
  code: d.code,
  name: `${d.brand}${d.name}`,
  category: /面|肠|酱|抽|油/.test(d.name) ? '食品' : '饮料',
  brand: d.brand,
  aliases: [...d.aliases, `${d.aliases[0]}${d.pack.split('×')[0]}`],
  specs: { 规格: d.pack },
  unit: '箱',
  unitAliases: ['件'],
  price: d.price,
}));

/** Cement, tiles, plumbing, fasteners, paint, and the shop's drinks and food shelf. */
export const buildingFamilies: Family[] = [cement, tiles, ppr, pvc, fasteners, paints, fmcg];
