/**
 * The lexicon's groups of everyday retail counters: soy foods (南豆腐 = 嫩豆腐, 北豆腐 = 老豆腐, 千张 = 百叶 = 豆腐皮),
 * hotpot sundries (油碟 = 香油碟), party goods (锡箔 = 铝膜 of a balloon, 喷雪 = 雪花喷雾) and musical
 * instruments (乌克丽丽 = 尤克里里, kept with the instruments' group of trade-lexicon-aisles.ts): the names every
 * stall of the trade answers to.
 */
import { products, values, type TradeWordGroup } from './trade-word-group.js';

/** The groups of everyday retail counters. */
export const TRADE_LEXICON_OF_RETAIL: readonly TradeWordGroup[] = [
  // (百叶 / 千张 are also an abrasive flap wheel's words: the group holds only where the product is a soy food, and
  // 百叶 is loose, so that 百叶片 of a flap disc is never read as its part)
  ...products(
    '豆制品',
    `
    嫩豆腐 南豆腐 石膏豆腐
    老豆腐 北豆腐 卤水豆腐
    豆花 豆腐脑 豆腐花
    千张 豆腐皮 | 百叶
    油面筋 面筋泡 油面筋泡
    `,
    { family: ['豆', '腐', '面筋'] },
  ),
  ...products('火锅', '香油碟 油碟'),
  ...products(
    '婚庆',
    `
    雪花喷雾 雪花喷 喷雪
    `,
  ),
  // a foil balloon is called by its foil either way
  ...values('婚庆', 'material', '铝膜 锡箔 铝箔', { family: ['气球'] }),
];
