import {
  brandFactor,
  family,
  variants,
  type Brand,
  type Family,
  type FamilyProduct,
} from './catalog-family.js';

const COLORS: Brand[] = [
  ['红', 'R'],
  ['黄', 'Y'],
  ['绿', 'G'],
  ['蓝', 'B'],
  ['黑', 'K'],
  ['双色', 'YG'],
  ['白', 'W'],
];

const WIRE_BRANDS: Brand[] = [
  ['远东', 'YD'],
  ['熊猫', 'XM'],
  ['起帆', 'QF'],
  ['正泰', 'ZT'],
  ['德力西', 'DLX'],
  ['金杯', 'JB'],
  ['宝胜', 'BS'],
  ['南洋', 'NY'],
  ['鸿雁', 'HY'],
  ['飞雕', 'FD'],
  ['上上', 'SS'],
  ['远程', 'YC'],
  ['津成', 'JC'],
  ['昆仑', 'KL'],
  ['珠江', 'ZJ'],
  ['亚丁', 'YDN'],
  ['胜华', 'SH'],
  ['华美', 'HM'],
  ['万马', 'WM'],
  ['新亚', 'XY'],
  ['太阳', 'TY'],
  ['电缆厂', 'DLC'],
  ['崇光', 'CG'],
  ['中策', 'ZC'],
  ['江南', 'JN'],
  ['桂林国际', 'GLGJ'],
  ['金龙羽', 'JLY'],
  ['欧普', 'OP'],
  ['公牛', 'GN'],
  ['朝阳', 'CY'],
];

interface WireType {
  code: string;
  name: string;
  aliases: string[];
  sections: number[];
  colors: Brand[];
  cores: number;
}

const WIRE_TYPES: WireType[] = [
  {
    code: 'BV',
    name: 'BV单芯铜芯线',
    aliases: ['硬线', '单芯线', 'BV线', '铜线', '单股线'],
    sections: [1, 1.5, 2.5, 4, 6, 10, 16],
    colors: COLORS,
    cores: 1,
  },
  {
    code: 'BVR',
    name: 'BVR多股软线',
    aliases: ['软线', '多股线', 'BVR线', '铜芯软线'],
    sections: [1, 1.5, 2.5, 4, 6, 10, 16, 25],
    colors: COLORS,
    cores: 1,
  },
  {
    code: 'BVV',
    name: 'BVV双塑铜芯线',
    aliases: ['双皮线', '护套硬线'],
    sections: [1.5, 2.5, 4, 6, 10],
    colors: COLORS.slice(0, 5),
    cores: 1,
  },
  {
    code: 'RVV2',
    name: 'RVV两芯护套线',
    aliases: ['护套线', '电源线', '两芯线', '2芯线'],
    sections: [0.5, 0.75, 1, 1.5, 2.5, 4],
    colors: [
      ['白', 'W'],
      ['黑', 'K'],
    ],
    cores: 2,
  },
  {
    code: 'RVV3',
    name: 'RVV三芯护套线',
    aliases: ['护套线', '电源线', '三芯线', '3芯线'],
    sections: [0.75, 1, 1.5, 2.5, 4, 6],
    colors: [
      ['白', 'W'],
      ['黑', 'K'],
    ],
    cores: 3,
  },
  {
    code: 'RVV4',
    name: 'RVV四芯护套线',
    aliases: ['护套线', '四芯线', '信号线'],
    sections: [0.5, 0.75, 1, 1.5, 2.5],
    colors: [
      ['白', 'W'],
      ['黑', 'K'],
    ],
    cores: 4,
  },
  {
    code: 'YJV',
    name: 'YJV电力电缆 3+1芯',
    aliases: ['电缆', '电力电缆', '主线'],
    sections: [4, 6, 10, 16, 25, 35],
    colors: [['黑', 'K']],
    cores: 4,
  },
];

const wireVariants = WIRE_TYPES.flatMap((t) =>
  variants(t.sections, () => t.colors).map(([section, color]) => ({ t, section, color })),
);

const wires = family(
  'WR',
  18,
  [wireVariants, WIRE_BRANDS, [100, 50, 200]],
  ({ t, section, color }, [brand, brandCode], length): FamilyProduct => {
    const s = String(section);
    const nameStyle = brandCode.length % 3;
    const name = nameStyle === 0 ? t.name : nameStyle === 1 ? `${brand}${t.name}` : `${t.name} ${s}平方`;
    return {
      code: `${t.code}${s}-${color[1]}-${brandCode}-${length}`,
      name,
      category: '电线',
      brand,
      aliases: [...t.aliases, `${s}平方线`, `${s}平方${t.code}`, `${t.code}${s}`, `${s}线`],
      specs: { 型号: t.code, 截面: `${s}平方`, 颜色: color[0], 长度: `${length}米` },
      unit: '卷',
      unitAliases: ['捆', '盘'],
      conversions: { 米: Math.round((1 / length) * 10000) / 10000 },
      price: (12 + 86 * section * t.cores * (t.cores > 1 ? 1.1 : 1)) * (length / 100) * brandFactor(brand),
      bulk: true,
    };
  },
);

const SWITCH_SERIES: [string, string, string[]][] = [
  ['公牛', 'GN', ['G07', 'G12', 'G18', 'G28', '小白']],
  ['西门子', 'SMZ', ['睿致', '灵致', '远景', '皓彩']],
  ['施耐德', 'SND', ['绎尚', '皓呈', '睿意', '丰尚']],
  ['正泰', 'ZT', ['NEW7', '6C', 'NEW5']],
  ['德力西', 'DLX', ['CD812', 'CD816', 'CD883']],
  ['飞雕', 'FD', ['星荟', '雅阁', '世纪风']],
  ['西蒙', 'XM', ['E6', 'i6', 'C3', '56']],
  ['松下', 'SX', ['悦宸', '格彩', '雅悦']],
  ['罗格朗', 'LGL', ['逸景', '仕典', '未来']],
  ['鸿雁', 'HY', ['H6', 'A9']],
  ['TCL', 'TCL', ['A8', 'V8']],
  ['ABB', 'ABB', ['轩致', '德逸', '远致']],
  ['欧普', 'OP', ['K10', 'K12']],
  ['雷士', 'LS', ['E01', 'E02']],
  ['奇胜', 'QS', ['E3000', '新逸']],
];

const SWITCH_FUNCTIONS: [string, string, string[], number][] = [
  ['一开单控开关', '1K1', ['单开', '一开', '一位开关', '单控开关'], 9],
  ['一开双控开关', '1K2', ['一开双控', '双控开关', '楼梯开关'], 12],
  ['二开单控开关', '2K1', ['双开', '两开', '二位开关'], 14],
  ['二开双控开关', '2K2', ['二开双控', '两开双控'], 18],
  ['三开单控开关', '3K1', ['三开', '三位开关'], 18],
  ['三开双控开关', '3K2', ['三开双控'], 24],
  ['四开单控开关', '4K1', ['四开', '四位开关'], 26],
  ['五孔插座', '5K', ['五孔', '5孔插座', '二三插', '插座'], 10],
  ['一开五孔插座', '1K5K', ['带开关五孔', '一开五孔', '开关插座'], 15],
  ['二开五孔插座', '2K5K', ['二开五孔', '双开五孔'], 20],
  ['16A三孔插座', '16A', ['空调插座', '16A插座', '大三孔'], 16],
  ['10A三孔插座', '10A', ['三孔插座', '10A插座'], 11],
  ['五孔带USB插座', 'USB', ['USB插座', '带USB五孔'], 45],
  ['带开关16A三孔插座', '16AK', ['带开关空调插座', '热水器插座'], 20],
  ['空白面板', 'KB', ['白板', '空白板', '盖板'], 4],
  ['电脑插座', 'PC', ['网线插座', '网络插座', '电脑插口'], 25],
  ['电视插座', 'TV', ['闭路插座', '有线电视插座'], 20],
  ['电话插座', 'TEL', ['电话插口'], 18],
  ['电视电脑插座', 'TVPC', ['电视网线插座'], 38],
  ['防溅盒', 'FJ', ['防水盒', '防水罩', '防溅罩'], 6],
];

const PANEL_COLORS: Brand[] = [
  ['白', 'W'],
  ['金', 'J'],
  ['灰', 'H'],
  ['黑', 'K'],
  ['香槟金', 'XBJ'],
];

const ascii = (s: string, i: number) => (/^[\w.-]+$/.test(s) ? s : `S${i}`);
const switchSeries = SWITCH_SERIES.flatMap(([brand, code, series]) =>
  series.map((s, i) => ({ brand, code, s, sc: ascii(s, i) })),
);

const switches = family(
  'SW',
  10,
  [SWITCH_FUNCTIONS, switchSeries, PANEL_COLORS],
  ([fn, fnCode, fnAliases, base], { brand, code, s, sc }, [color, colorCode]) => ({
    code: `${code}-${sc}-${fnCode}-${colorCode}`,
    name: fn,
    category: '开关插座',
    brand,
    aliases: [...fnAliases, `86型${fn.replace(/开关|插座/, '')}`, `${brand}${s}`],
    specs: { 系列: s, 颜色: color, 规格: '86型' },
    unit: '个',
    unitAliases: ['只'],
    conversions: { 盒: 10, 箱: 200 },
    price: base * brandFactor(brand) * (color === '白' ? 1 : 1.25),
  }),
);

const BREAKER_SERIES: [string, string, string[]][] = [
  ['正泰', 'ZT', ['NXB-63', 'DZ47s']],
  ['德力西', 'DLX', ['DZ47s', 'HDBE']],
  ['施耐德', 'SND', ['iC65N', 'EA9']],
  ['ABB', 'ABB', ['SH200', 'S200']],
  ['西门子', 'SMZ', ['5SJ', '5SY']],
  ['天正', 'TZ', ['TGB1N']],
  ['人民电器', 'RMDQ', ['RDB1']],
  ['良信', 'LX', ['NDB1']],
  ['公牛', 'GN', ['BHM']],
  ['飞雕', 'FD', ['FDB1']],
  ['常熟', 'CS', ['CM1B']],
];
const POLES = ['1P', '2P', '3P', '4P', '1P+N'] as const;
const CURRENTS = [6, 10, 16, 20, 25, 32, 40, 50, 63] as const;

const breakerSeries = BREAKER_SERIES.flatMap(([brand, code, series]) =>
  series.map((s) => ({ brand, code, s })),
);

const breakers = family(
  'BK',
  8,
  [POLES, CURRENTS, breakerSeries, ['C', 'D'] as const, [false, true]],
  (pole, amps, { brand, code, s }, curve, rcd): FamilyProduct => {
    const poles = pole === '1P+N' ? 1.6 : Number(pole[0]);
    return {
      code: `${code}-${s}-${pole.replace('+', '')}${curve}${amps}${rcd ? '-L' : ''}`,
      name: rcd ? '漏电保护断路器' : '小型断路器',
      category: '断路器',
      brand,
      aliases: rcd
        ? ['漏保', '漏电开关', '漏电保护器', `${pole}${amps}A漏保`]
        : ['空开', '空气开关', '断路器', `${pole}${amps}A空开`, `${pole}${amps}A`],
      specs: { 型号: s, 极数: pole, 电流: `${amps}A`, 曲线: curve, ...(rcd && { 漏电: '30mA' }) },
      unit: '个',
      unitAliases: ['只'],
      conversions: { 盒: 12 },
      price:
        (11 + amps * 0.15) * poles * (rcd ? 2.6 : 1) * (curve === 'D' ? 1.15 : 1) * brandFactor(brand) * 1.4,
    };
  },
);

const BULB_BRANDS: Brand[] = [
  ['欧普', 'OP'],
  ['雷士', 'LS'],
  ['飞利浦', 'FLP'],
  ['佛山照明', 'FSZM'],
  ['三雄极光', 'SXJG'],
  ['阳光照明', 'YGZM'],
  ['公牛', 'GN'],
  ['松下', 'SX'],
  ['欧司朗', 'OSL'],
  ['TCL', 'TCL'],
  ['木林森', 'MLS'],
  ['视贝', 'SB'],
];
const LIGHTS: Brand[] = [
  ['白光6500K', '65'],
  ['暖光3000K', '30'],
  ['中性光4000K', '40'],
];
interface BulbShape {
  name: string;
  code: string;
  watts: number[];
  bases: string[];
  perWatt: number;
}
const BULB_SHAPES: BulbShape[] = [
  { name: 'LED球泡', code: 'QP', watts: [3, 5, 7, 9, 12, 15, 18, 24], bases: ['E27', 'B22'], perWatt: 0.9 },
  { name: 'LED柱泡', code: 'ZP', watts: [20, 30, 40, 50, 60, 80], bases: ['E27'], perWatt: 0.7 },
  { name: 'LED蜡烛泡', code: 'LZ', watts: [3, 5, 7], bases: ['E14', 'E27'], perWatt: 1.5 },
  { name: 'LED灯管T5', code: 'T5', watts: [8, 14, 18, 24], bases: ['一体化'], perWatt: 1.2 },
  { name: 'LED灯管T8', code: 'T8', watts: [9, 18, 24, 36], bases: ['一体化', '单管'], perWatt: 1 },
  {
    name: 'LED筒灯',
    code: 'TD',
    watts: [3, 5, 7, 9, 12, 18],
    bases: ['开孔7.5cm', '开孔10cm', '开孔15cm'],
    perWatt: 2,
  },
];
const BASE_CODES: Record<string, string> = {
  E27: 'E27',
  E14: 'E14',
  B22: 'B22',
  一体化: 'YT',
  单管: 'DG',
  '开孔7.5cm': 'K75',
  开孔10cm: 'K100',
  开孔15cm: 'K150',
};
const bulbVariants = BULB_SHAPES.flatMap((shape) =>
  variants(shape.watts, () => shape.bases).map(([w, base]) => ({ shape, w, base })),
);

const bulbs = family(
  'LT',
  6,
  [bulbVariants, LIGHTS, BULB_BRANDS],
  ({ shape, w, base }, [light, lightCode], [brand, brandCode]) => ({
    code: `${brandCode}-${shape.code}${w}-${BASE_CODES[base] ?? base}-${lightCode}`,
    name: `${shape.name} ${w}W`,
    category: '照明',
    brand,
    aliases: [
      `${w}W灯泡`,
      `${w}瓦`,
      `${w}瓦灯`,
      'LED灯',
      ...(shape.code === 'QP' ? ['灯泡', '球泡'] : [shape.name.slice(3)]),
    ],
    specs: { 功率: `${w}W`, 光色: light, 接口: base },
    unit: '个',
    unitAliases: ['只'],
    conversions: { 箱: shape.code.startsWith('T') && shape.code !== 'TD' ? 25 : 100 },
    price: (4 + shape.perWatt * w) * brandFactor(brand),
  }),
);

/** Wires, switches and sockets, breakers, lighting. */
export const electricalFamilies: Family[] = [wires, switches, breakers, bulbs];
