import { shopRound, stockBetween, tierPricesFor, type DraftProduct } from './demo-product.js';

/** 电工: wire, switches and sockets, circuit breakers, LED bulbs, tape, conduit and boxes. */
export function electricalProducts(random: () => number): DraftProduct[] {
  return [
    ...wires(random),
    ...switches(random),
    ...breakers(random),
    ...bulbs(random),
    ...tape(random),
    ...conduit(random),
  ];
}

const colorCodes: Record<string, string> = {
  红: 'RD',
  蓝: 'BU',
  黄绿双色: 'YG',
  黑: 'BK',
  白: 'WH',
  黄: 'YE',
};
/** What electricians call a wire by its colour's job. */
const colorJargon: Record<string, string[]> = {
  红: ['火线', '红线'],
  蓝: ['零线', '蓝线'],
  黄绿双色: ['地线', '双色线', '黄绿线'],
  黑: ['黑线'],
  白: ['白线'],
};
const sectionWords: Record<string, string[]> = {
  '1.5': ['1.5线', '一点五', '1.5平方线', '1.5平方'],
  '2.5': ['2.5线', '二点五', '2.5平方线', '2.5平方', '两个半'],
  '4': ['4平方线', '4平方', '四平方', '4平线'],
  '6': ['6平方线', '6平方', '六平方'],
  '10': ['10平方线', '10平方', '十平方'],
};
const brandCodes: Record<string, string> = { 远东: 'YD', 起帆: 'QF', 熊猫: 'XM' };
/** 100 m roll prices per section for 远东 BV; other brands and BVR scale from it. */
const bvRollPrice: Record<string, number> = { '1.5': 168, '2.5': 265, '4': 420, '6': 620, '10': 1050 };
const brandFactor: Record<string, number> = { 远东: 1, 起帆: 0.97, 熊猫: 0.975 };

function wires(random: () => number): DraftProduct[] {
  const rgy = ['红', '蓝', '黄绿双色'];
  const bv: [brand: string, section: string, colors: string[]][] = [
    ['远东', '1.5', rgy],
    ['远东', '2.5', [...rgy, '黑', '白']],
    ['远东', '4', [...rgy, '黑']],
    ['远东', '6', rgy],
    ['远东', '10', rgy],
    ['起帆', '1.5', rgy],
    ['起帆', '2.5', [...rgy, '黑', '白']],
    ['起帆', '4', [...rgy, '黑']],
    ['熊猫', '2.5', rgy],
    ['熊猫', '4', rgy],
  ];
  const bvr: [brand: string, section: string, colors: string[]][] = [
    ['起帆', '4', rgy],
    ['起帆', '6', rgy],
    ['起帆', '10', rgy],
    ['远东', '6', rgy],
    ['远东', '10', rgy],
  ];
  const single = (model: 'BV' | 'BVR', brand: string, section: string, color: string): DraftProduct => {
    const price = shopRound(bvRollPrice[section]! * brandFactor[brand]! * (model === 'BVR' ? 1.05 : 1));
    return {
      sku: `WIRE-${model}-${section.replace('.', '')}-${colorCodes[color]}-${brandCodes[brand]}`,
      name: model === 'BV' ? 'BV单芯硬线' : 'BVR多股软线',
      category: '电线',
      brand,
      aliases: [
        ...sectionWords[section]!,
        ...colorJargon[color]!,
        `${model}${section}`,
        ...(model === 'BV' ? ['单芯线', '硬线', '铜芯线'] : ['软线', '多股线', '铜芯软线']),
        '电线',
      ],
      specs: { 型号: model, 截面: `${section}平方`, 颜色: color, 长度: '100米' },
      unit: '卷',
      unitAliases: ['捆', '盘'],
      conversions: { 米: 0.01 },
      price,
      tierPrices: tierPricesFor(price, brand === '远东' ? 'ABC' : 'AB'),
      stock: stockBetween(random, 30, section === '2.5' || section === '4' ? 400 : 160, 5),
    };
  };
  const rvv: [cores: number, section: string, brand: string, price: number][] = [
    [2, '1', '远东', 215],
    [2, '1.5', '远东', 295],
    [3, '1.5', '远东', 425],
    [3, '2.5', '远东', 655],
    [3, '2.5', '起帆', 635],
    [3, '4', '起帆', 1015],
  ];
  return [
    ...bv.flatMap(([brand, section, colors]) => colors.map((color) => single('BV', brand, section, color))),
    ...bvr.flatMap(([brand, section, colors]) => colors.map((color) => single('BVR', brand, section, color))),
    ...rvv.map(([cores, section, brand, price]): DraftProduct => ({
      sku: `WIRE-RVV-${cores}X${section.replace('.', '')}-WH-${brandCodes[brand]}`,
      name: 'RVV护套线',
      category: '电线',
      brand,
      aliases: [`${cores}*${section}护套线`, `${cores}芯${section}`, '护套线', '软护套线', '电源线'],
      specs: { 型号: 'RVV', 芯数: `${cores}芯`, 截面: `${section}平方`, 颜色: '白', 长度: '100米' },
      unit: '卷',
      unitAliases: ['捆', '盘'],
      conversions: { 米: 0.01 },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 20, 120, 5),
    })),
  ];
}

const switchTypes: Record<string, { code: string; g07: number; aliases: string[] }> = {
  一开单控: { code: '1K1W', g07: 6.5, aliases: ['单开', '一开', '单开单控', '一开开关'] },
  一开双控: { code: '1K2W', g07: 8.5, aliases: ['单开双控', '双控开关', '一开双控开关'] },
  二开单控: { code: '2K1W', g07: 9.5, aliases: ['双开', '两开', '二开', '双开单控'] },
  二开双控: { code: '2K2W', g07: 12.5, aliases: ['双开双控', '两开双控'] },
  三开单控: { code: '3K1W', g07: 13.5, aliases: ['三开', '三开开关'] },
  五孔: { code: '5H', g07: 7.8, aliases: ['五孔插座', '5孔插座', '二三插', '插座'] },
  '16A三孔': { code: '16A3H', g07: 10.5, aliases: ['16A插座', '空调插座', '三孔插座', '16安插座'] },
  一开五孔: { code: '1K5H', g07: 11.5, aliases: ['带开关五孔', '开关插座', '一开五孔插座'] },
  空白面板: { code: 'BLANK', g07: 3.2, aliases: ['白板', '盖板', '空白板'] },
};
const allSwitchTypes = Object.keys(switchTypes);

function switches(random: () => number): DraftProduct[] {
  const lines: [brand: string, code: string, series: string, factor: number, types: string[]][] = [
    ['公牛', 'BULL', 'G07', 1, allSwitchTypes],
    ['公牛', 'BULL', 'G28', 1.6, ['一开单控', '一开双控', '二开单控', '五孔', '16A三孔']],
    ['正泰', 'CHINT', 'NEW7', 0.85, ['一开单控', '一开双控', '二开单控', '五孔', '16A三孔', '空白面板']],
    ['西门子', 'SIE', '睿致', 2, ['一开单控', '一开双控', '二开单控', '二开双控', '五孔', '16A三孔']],
    ['施耐德', 'SCH', '绎尚', 2.3, ['一开单控', '二开单控', '五孔', '16A三孔']],
  ];
  return lines.flatMap(([brand, code, series, factor, types]) =>
    types.map((type): DraftProduct => {
      const kind = switchTypes[type]!;
      const price = shopRound(kind.g07 * factor);
      const isSocket = type.includes('孔');
      return {
        sku: `SW-${code}-${series === '睿致' ? 'RZ' : series === '绎尚' ? 'YS' : series}-${kind.code}`,
        name: type === '空白面板' ? '86型空白面板' : isSocket ? `86型${type}插座` : `86型${type}开关`,
        category: '开关插座',
        brand,
        aliases: [...kind.aliases, `${brand}${series}`, isSocket ? '插座面板' : '开关面板'],
        specs: { 类型: type, 系列: series, 颜色: '白' },
        unit: '个',
        unitAliases: ['只'],
        conversions: { 盒: 10 },
        price,
        tierPrices: tierPricesFor(price, brand === '公牛' ? 'ABC' : 'AB'),
        stock: stockBetween(random, 40, 600),
      };
    }),
  );
}

function breakers(random: () => number): DraftProduct[] {
  const onePole: Record<string, number> = { '16A': 11.5, '20A': 11.5, '32A': 12, '63A': 15.5 };
  const poleFactor: Record<string, number> = { '1P': 1, '2P': 2.1, '3P': 3.2 };
  const lines: [
    brand: string,
    code: string,
    model: string,
    factor: number,
    poles: string[],
    amps: string[],
  ][] = [
    ['正泰', 'CHINT', 'NXB-63', 1, ['1P', '2P', '3P'], ['16A', '20A', '32A', '63A']],
    ['德力西', 'DLX', 'DZ47s', 0.92, ['1P', '2P'], ['16A', '20A', '32A', '63A']],
    ['施耐德', 'SCH', 'EA9', 2.1, ['1P'], ['16A', '20A', '32A']],
    ['施耐德', 'SCH', 'EA9', 2.1, ['2P'], ['32A', '63A']],
  ];
  const mcbs = lines.flatMap(([brand, code, model, factor, poles, amps]) =>
    poles.flatMap((pole) =>
      amps.map((amp): DraftProduct => {
        const price = shopRound(onePole[amp]! * poleFactor[pole]! * factor);
        return {
          sku: `MCB-${code}-${model.replace(/-63$/, '').toUpperCase()}-${pole}${amp.replace('A', '')}`,
          name: '小型断路器',
          category: '断路器',
          brand,
          aliases: ['空开', '空气开关', '断路器', `${pole}空开`, `${amp}空开`, `${pole}${amp}`],
          specs: { 型号: model, 极数: pole, 电流: amp },
          unit: '个',
          unitAliases: ['只'],
          price,
          tierPrices: tierPricesFor(price, 'AB'),
          stock: stockBetween(random, 20, 300, 5),
        };
      }),
    ),
  );
  const rcbos = (['32A', '63A'] as const).map((amp): DraftProduct => ({
    sku: `RCBO-CHINT-NXBLE-2P${amp.replace('A', '')}`,
    name: '漏电保护断路器',
    category: '断路器',
    brand: '正泰',
    aliases: ['漏保', '漏电开关', '漏电保护器', `${amp}漏保`],
    specs: { 型号: 'NXBLE-63', 极数: '2P', 电流: amp },
    unit: '个',
    unitAliases: ['只'],
    price: amp === '32A' ? 58 : 66,
    tierPrices: tierPricesFor(amp === '32A' ? 58 : 66, 'AB'),
    stock: stockBetween(random, 10, 90, 5),
  }));
  return [...mcbs, ...rcbos];
}

function bulbs(random: () => number): DraftProduct[] {
  const rows: [brand: string, code: string, watts: number, light: '白光' | '暖光', price: number][] = [
    ['欧普', 'OPPLE', 9, '白光', 6.5],
    ['欧普', 'OPPLE', 12, '白光', 8.5],
    ['欧普', 'OPPLE', 18, '白光', 13],
    ['欧普', 'OPPLE', 12, '暖光', 8.5],
    ['雷士', 'NVC', 9, '白光', 6],
    ['雷士', 'NVC', 12, '白光', 8],
    ['雷士', 'NVC', 18, '白光', 12.5],
    ['飞利浦', 'PHL', 9, '白光', 9.5],
    ['飞利浦', 'PHL', 12, '白光', 12],
  ];
  return rows.map(([brand, code, watts, light, price]) => ({
    sku: `LED-${code}-${watts}W-${light === '白光' ? 'CW' : 'WW'}`,
    name: 'LED球泡灯',
    category: '灯泡',
    brand,
    aliases: ['灯泡', 'LED灯泡', '球泡', `${watts}瓦灯泡`, `${watts}W灯泡`],
    specs: { 功率: `${watts}W`, 灯头: 'E27', 色温: light },
    unit: '个',
    unitAliases: ['只'],
    conversions: { 箱: 50 },
    price,
    tierPrices: tierPricesFor(price, 'AB'),
    stock: stockBetween(random, 50, 800),
  }));
}

function tape(random: () => number): DraftProduct[] {
  const rows: [brand: string, code: string, color: string, price: number][] = [
    ['德力西', 'DLX', '黑', 2.2],
    ['德力西', 'DLX', '红', 2.2],
    ['德力西', 'DLX', '蓝', 2.2],
    ['德力西', 'DLX', '黄', 2.2],
    ['德力西', 'DLX', '黄绿双色', 2.5],
    ['公牛', 'BULL', '黑', 2.6],
    ['永乐', 'YL', '黑', 1.6],
  ];
  return rows.map(([brand, code, color, price]) => ({
    sku: `TAPE-${code}-${colorCodes[color]}`,
    name: 'PVC电工胶布',
    category: '电工胶布',
    brand,
    aliases: ['胶布', '电胶布', '绝缘胶布', `${color}胶布`, '电工胶带'],
    specs: { 颜色: color, 规格: '18mm*10m' },
    unit: '卷',
    unitAliases: ['盘'],
    conversions: { 筒: 10 },
    price,
    tierPrices: tierPricesFor(price, 'AB'),
    stock: stockBetween(random, 100, 1500),
  }));
}

function conduit(random: () => number): DraftProduct[] {
  const pipeWords: Record<string, string[]> = {
    '16': ['16线管', '4分线管', '16管'],
    '20': ['20线管', '6分线管', '20管'],
    '25': ['25线管', '1寸线管', '25管'],
  };
  const pipes: [brand: string, code: string, size: string, price: number][] = [
    ['联塑', 'LS', '16', 4.2],
    ['联塑', 'LS', '20', 5.6],
    ['联塑', 'LS', '25', 8.2],
    ['公元', 'GY', '16', 3.8],
    ['公元', 'GY', '20', 5.1],
  ];
  const parts: [
    sku: string,
    brand: string,
    name: string,
    specs: Record<string, string>,
    aliases: string[],
    unit: string,
    perBox: number,
    price: number,
  ][] = [
    ['BOX86-LS', '联塑', '86型暗盒', { 规格: '86型' }, ['底盒', '暗盒', '线盒', '开关盒'], '个', 100, 0.9],
    ['BOX86-GY', '公元', '86型暗盒', { 规格: '86型' }, ['底盒', '暗盒', '线盒'], '个', 100, 0.8],
    ['COND-JNT-LS-16', '联塑', '线管直接', { 管径: '16' }, ['16直接', '线管接头', '管接'], '个', 200, 0.15],
    ['COND-JNT-LS-20', '联塑', '线管直接', { 管径: '20' }, ['20直接', '线管接头', '管接'], '个', 200, 0.2],
    ['COND-LOCK-LS-16', '联塑', '线管锁扣', { 管径: '16' }, ['16锁扣', '杯梳', '锁母'], '个', 200, 0.18],
    ['COND-LOCK-LS-20', '联塑', '线管锁扣', { 管径: '20' }, ['20锁扣', '杯梳', '锁母'], '个', 200, 0.22],
  ];
  return [
    ...pipes.map(([brand, code, size, price]): DraftProduct => ({
      sku: `COND-${code}-${size}`,
      name: 'PVC电线管',
      category: '线管线盒',
      brand,
      aliases: [...pipeWords[size]!, '线管', '电工管', '穿线管'],
      specs: { 管径: size, 类型: '中型', 长度: '3.8米' },
      unit: '根',
      unitAliases: ['支', '条'],
      conversions: { 捆: 50 },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 200, 2000, 50),
    })),
    ...parts.map(([sku, brand, name, specs, aliases, unit, perBox, price]): DraftProduct => ({
      sku,
      name,
      category: '线管线盒',
      brand,
      aliases,
      specs,
      unit,
      unitAliases: ['只'],
      conversions: { 包: perBox },
      price,
      tierPrices: tierPricesFor(price, 'AB'),
      stock: stockBetween(random, 500, 5000, 100),
    })),
  ];
}
