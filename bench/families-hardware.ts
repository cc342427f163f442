import { brandFactor, family, variants, type Brand, type FamilyProduct } from './catalog-family.js';

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

/** Fasteners, and the drinks and food shelf many hardware shops keep. */
export const hardwareFamilies = { fasteners, fmcg };
