/**
 * The lexicon's value groups of more trades: a value said the trade's way (蓝 = 青 of a printing ink, 20vol = 6% of
 * a hair developer, 大号 = L of a glove or a diaper, 四缠 = a hose's four spiral layers). Each kept to its family:
 * 蓝 is 青 only where the product is ink or toner, never a fabric's or a wire's blue.
 */
import { values, type TradeWordGroup } from './trade-word-group.js';

/** Families of printing inks and toners: a product whose name, alias or category holds one of these. */
const INKS = ['墨', '硒鼓', '粉盒', '碳粉', '色带', '打印', '喷绘', '写真'];

/** The value groups of more trades. */
export const TRADE_LEXICON_OF_VALUES: readonly TradeWordGroup[] = [
  ...values(
    '印刷',
    'colour',
    // the four process colours, C / M / Y / K: customers say 蓝 for cyan and 红 for magenta
    `
    青(C) 青色 蓝色 天蓝 天蓝色 cyan
    品红(M) 品红 品红色 洋红 洋红色 红色 magenta
    黄(Y) 黄色 yellow
    黑(K) 黑色 black
    `,
    { family: INKS },
  ),
  ...values(
    '美发',
    'concentration',
    // a developer's strength by the volumes of oxygen it gives: 10vol is 3%, 20vol 6%, 30vol 9%, 40vol 12%
    `
    3% 10vol
    6% 20vol
    9% 30vol
    12% 40vol
    `,
    { family: ['双氧奶', '双氧乳', '显色', '氧化乳'] },
  ),
  ...values(
    '美发',
    'any',
    `
    牙剪 打薄剪 打薄牙剪 疏齿剪
    平剪 直剪 剪发剪
    `,
    { family: ['剪'] },
  ),
  ...values(
    '服装',
    'garment-size',
    // a letter size said in words: gloves, diapers and clothes alike
    `
    NB 新生儿 新生儿码 新生儿号 NB号
    S码 S号 小号
    M码 M号 中号
    L码 L号 大号
    XL码 XL号 加大号
    XXL码 XXL号 2XL 加加大 加加大号 特大号
    `,
  ),
  ...values(
    '液压',
    'any',
    // a hydraulic hose by its steel layers: braided (编织, 1SN / 2SN) or spiral (缠绕, 4SP / 4SH)
    `
    1层钢丝编织 一层钢丝编织 单层钢丝编织 一层编织 单层编织 一编 单编
    2层钢丝编织 两层钢丝编织 二层钢丝编织 两层编织 二层编织 两编 双编
    4层钢丝缠绕 四层钢丝缠绕 四层缠绕 四缠
    6层钢丝缠绕 六层钢丝缠绕 六层缠绕 六缠
    `,
    { family: ['胶管', '油管'] },
  ),
  ...values(
    '通用',
    'colour',
    `
    藏青 藏蓝
    `,
  ),
  ...values(
    '通用',
    'material',
    `
    亚克力 有机玻璃 压克力
    涤纶 聚酯 聚酯纤维
    `,
  ),
  // 铁皮柜 / 铁皮床: furniture of sheet steel, never of leather
  ...values('家具', 'material', '钢制 铁皮 钢板制', { family: ['柜', '架', '床', '铺', '桌'] }),
];
