import { brandFactor, family, variants, type Brand, type FamilyProduct } from './catalog-family.js';

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

/** PPR water pipes and fittings, PVC drain pipes, conduit and fittings. */
export const plumbingFamilies = { ppr, pvc };
