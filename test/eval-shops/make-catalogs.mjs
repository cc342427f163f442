#!/usr/bin/env node
// Writes the catalogs of the four evaluation shops (plumbing, electrical, drinks, tools) in the format of
// FORMAT.md §1. Deterministic; run from anywhere: node test/eval-shops/make-catalogs.mjs
/* global console */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function ean13(prefix, n) {
  const first12 = `${prefix}${String(n).padStart(12 - prefix.length, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return `${first12}${(10 - (sum % 10)) % 10}`;
}

function shop(name, prefix, tiers, build) {
  const products = [];
  let n = 0;
  const add = (p) => {
    n += 1;
    const row = { ...p, price: Math.round(p.price * 100) / 100 };
    if (row.barcode === undefined && !row.noBarcode) row.barcode = ean13(prefix, n * 7 + 11);
    delete row.noBarcode;
    if (!row.tierPrices && tiers.length) {
      const [a, b] = tiers;
      const price = row.price;
      const r = (x) => (x >= 20 ? Math.round(x * 2) / 2 : Math.round(x * 100) / 100);
      row.tierPrices = { [a]: r(price * 0.9), ...(b ? { [b]: r(price * 0.95) } : {}) };
    }
    products.push(row);
  };
  build(add);
  const skus = new Set();
  for (const p of products) {
    if (skus.has(p.sku)) throw new Error(`${name}: duplicate sku ${p.sku}`);
    skus.add(p.sku);
  }
  writeFileSync(join(here, name, 'catalog.json'), `${JSON.stringify({ products }, null, 1)}\n`);
  console.log(`${name}: ${products.length} products`);
}

// 水暖: PPR in outside diameter (mm left out), steel fittings in DN, drain pipe in 50/75/110/160, reducers.
shop('plumbing', '692', ['批发', '工程'], (add) => {
  const ppr = { 20: 400, 25: 300, 32: 160 };
  for (const [use, tag] of [
    ['冷水', 'L'],
    ['热水', 'R'],
  ])
    for (const [d, stock] of Object.entries(ppr))
      add({
        sku: `RF-PPR${tag}-${d}`,
        name: `PPR${use}管`,
        category: 'PPR管',
        brand: '日丰',
        aliases: ['PPR管', `${use}管`, '水管'],
        specs: { 外径: d, 用途: use, 长度: '4米' },
        unit: '根',
        unitAliases: ['支', '条'],
        conversions: { 米: 0.25 },
        price: { 20: 14, 25: 21, 32: 33 }[d] * (use === '热水' ? 1.3 : 1),
        stock: d === '32' && use === '热水' ? 45 : stock,
      });
  for (const d of ['20', '25'])
    add({
      sku: `JD-PPRL-${d}`,
      name: 'PPR冷水管',
      category: 'PPR管',
      brand: '金德',
      aliases: ['PPR管', '冷水管', '水管'],
      specs: { 外径: d, 用途: '冷水', 长度: '4米' },
      unit: '根',
      unitAliases: ['支', '条'],
      conversions: { 米: 0.25 },
      price: d === '20' ? 11 : 17,
      stock: 300,
    });
  const fittings = [
    ['WT', 'PPR弯头', ['弯头', '90度弯头', '直角弯'], 0.9],
    ['ST', 'PPR三通', ['三通', '等径三通'], 1.2],
    ['ZJ', 'PPR直接', ['直接', '直通', '管箍'], 0.6],
    ['GQ', 'PPR过桥弯', ['过桥弯', '过桥'], 2.5],
  ];
  for (const [code, name, aliases, base] of fittings)
    for (const d of ['20', '25', '32']) {
      if (code === 'GQ' && d === '32') continue;
      add({
        sku: `RF-${code}-${d}`,
        name,
        category: 'PPR管件',
        brand: '日丰',
        aliases,
        specs: { 外径: d },
        unit: '个',
        unitAliases: ['只'],
        conversions: { 包: code === 'GQ' ? 20 : 50 },
        price: Math.round(base * { 20: 1, 25: 1.6, 32: 2.6 }[d] * 100) / 100,
        stock: 1500,
      });
    }
  for (const [big, small] of [
    ['25', '20'],
    ['32', '20'],
    ['32', '25'],
  ]) {
    add({
      sku: `RF-YJZJ-${big}${small}`,
      name: 'PPR异径直接',
      category: 'PPR管件',
      brand: '日丰',
      aliases: ['异径直接', '大小头', '变径直接', '异径接头'],
      specs: { 规格: `${big}*${small}` },
      unit: '个',
      unitAliases: ['只'],
      price: big === '25' ? 1.1 : 1.8,
      stock: 800,
    });
    add({
      sku: `RF-YJST-${big}${small}`,
      name: 'PPR异径三通',
      category: 'PPR管件',
      brand: '日丰',
      aliases: ['异径三通', '变径三通'],
      specs: { 规格: `${big}*${small}` },
      unit: '个',
      unitAliases: ['只'],
      price: big === '25' ? 1.9 : 2.9,
      stock: 600,
    });
  }
  for (const [code, name, aliases] of [
    ['NSWT', 'PPR内丝弯头', ['内丝弯头', '内牙弯头', '内丝弯']],
    ['WSWT', 'PPR外丝弯头', ['外丝弯头', '外牙弯头', '外丝弯']],
    ['NSZJ', 'PPR内丝直接', ['内丝直接', '内牙直接']],
  ])
    for (const s of ['20*1/2', '25*1/2', '25*3/4'])
      add({
        sku: `RF-${code}-${s.replace(/[*/]/g, '')}`,
        name,
        category: 'PPR管件',
        brand: '日丰',
        aliases,
        specs: { 规格: s },
        unit: '个',
        unitAliases: ['只'],
        price: s === '20*1/2' ? 6.5 : s === '25*1/2' ? 8 : 11,
        stock: code === 'WSWT' && s === '25*3/4' ? 30 : 500,
      });
  for (const [dn, price] of [
    ['DN15', 28],
    ['DN20', 39],
    ['DN25', 58],
  ])
    add({
      sku: `AMK-QF-${dn}`,
      name: '铜球阀',
      category: '阀门',
      brand: '埃美柯',
      aliases: ['球阀', '铜阀', '阀门', '总阀'],
      specs: { 口径: dn, 材质: '黄铜' },
      unit: '个',
      unitAliases: ['只'],
      price,
      stock: dn === 'DN25' ? 12 : 200,
    });
  for (const d of ['20', '25', '32'])
    add({
      sku: `RF-SHJ-${d}`,
      name: 'PPR双活接球阀',
      category: '阀门',
      brand: '日丰',
      aliases: ['双活接球阀', '双活接', 'PPR球阀'],
      specs: { 外径: d },
      unit: '个',
      unitAliases: ['只'],
      price: { 20: 32, 25: 45, 32: 68 }[d],
      stock: 150,
    });
  for (const [t, tag] of [
    ['冷水', 'L'],
    ['热水', 'R'],
  ])
    add({
      sku: `JM-JF-${tag}`,
      name: '三角阀',
      category: '阀门',
      brand: '九牧',
      aliases: ['角阀', `${t}角阀`, '止水阀'],
      specs: { 类型: t, 接口: '4分' },
      unit: '个',
      unitAliases: ['只'],
      price: 26,
      stock: 240,
    });
  for (const [code, name, aliases, price] of [
    ['XYJ', '洗衣机龙头', ['洗衣机水龙头', '洗衣机专用龙头'], 35],
    ['TBC', '拖把池龙头', ['拖把龙头', '墩布池龙头'], 32],
    ['PT', '快开水龙头', ['水龙头', '龙头', '普通龙头'], 18],
  ])
    add({
      sku: `JM-LT-${code}`,
      name,
      category: '龙头',
      brand: '九牧',
      aliases,
      specs: { 接口: '4分' },
      unit: '个',
      unitAliases: ['只'],
      price,
      stock: 120,
    });
  for (const cm of ['30', '40', '50', '60', '80'])
    add({
      sku: `HG-RG-${cm}`,
      name: '304不锈钢编织软管',
      category: '软管',
      brand: '恒固',
      aliases: ['编织软管', '软管', '进水软管', '上水软管', '编织管'],
      specs: { 长度: `${cm}cm`, 接口: '4分' },
      unit: '根',
      unitAliases: ['条'],
      conversions: { 包: 10 },
      price: 5 + Number(cm) / 20,
      stock: cm === '80' ? 25 : 600,
    });
  for (const [d, price, stock] of [
    ['50', 18, 300],
    ['75', 26, 200],
    ['110', 42, 150],
    ['160', 88, 40],
  ])
    add({
      sku: `LS-PVC-${d}`,
      name: 'PVC排水管',
      category: 'PVC排水',
      brand: '联塑',
      aliases: ['PVC管', '排水管', '下水管'],
      specs: { 管径: `${d}mm`, 长度: '4米' },
      unit: '根',
      unitAliases: ['支', '条'],
      conversions: { 米: 0.25 },
      price,
      stock,
    });
  for (const [code, name, aliases] of [
    ['WT', 'PVC排水弯头', ['下水弯头', '排水弯头', 'PVC弯头']],
    ['XST', 'PVC斜三通', ['斜三通', '下水三通', '排水三通', 'PVC三通']],
  ])
    for (const d of ['50', '75', '110'])
      add({
        sku: `LS-${code}-${d}`,
        name,
        category: 'PVC排水',
        brand: '联塑',
        aliases,
        specs: { 管径: `${d}mm` },
        unit: '个',
        unitAliases: ['只'],
        price: { 50: 2.5, 75: 4.5, 110: 9 }[d] * (code === 'XST' ? 1.6 : 1),
        stock: 400,
      });
  add({
    sku: 'LS-PVCJ',
    name: 'PVC胶水',
    category: '辅料',
    brand: '联塑',
    aliases: ['PVC胶', '胶水', '排水管胶'],
    specs: { 容量: '500g' },
    unit: '瓶',
    unitAliases: ['罐'],
    conversions: { 箱: 24 },
    price: 16,
    stock: 240,
  });
  add({
    sku: 'SLD-18',
    name: '生料带',
    category: '辅料',
    aliases: ['生胶带', '密封带', '四氟带'],
    specs: { 规格: '18mm*20m' },
    unit: '卷',
    unitAliases: ['个'],
    conversions: { 筒: 10 },
    price: 1.2,
    stock: 5000,
    noBarcode: true,
  });
  for (const [s, price] of [
    ['10*10cm', 22],
    ['15*15cm', 38],
  ])
    add({
      sku: `QST-DL-${s.slice(0, 2)}`,
      name: '防臭地漏',
      category: '地漏',
      brand: '潜水艇',
      aliases: ['地漏', '不锈钢地漏'],
      specs: { 尺寸: s },
      unit: '个',
      unitAliases: ['只'],
      price,
      stock: 150,
    });
  for (const [dn, price] of [
    ['DN15', 85],
    ['DN20', 110],
  ])
    add({
      sku: `NB-SB-${dn}`,
      name: '旋翼式水表',
      category: '水表',
      brand: '宁波',
      aliases: ['水表', '家用水表'],
      specs: { 口径: dn },
      unit: '个',
      unitAliases: ['只'],
      price,
      stock: 60,
    });
  for (const [code, name, aliases] of [
    ['WT', '镀锌弯头', ['镀锌弯', '铁弯头', '丝扣弯头']],
    ['ST', '镀锌三通', ['铁三通', '丝扣三通']],
  ])
    for (const dn of ['DN15', 'DN20', 'DN25'])
      add({
        sku: `GX-${code}-${dn}`,
        name,
        category: '镀锌管件',
        aliases,
        specs: { 口径: dn, 材质: '镀锌' },
        unit: '个',
        unitAliases: ['只'],
        price: { DN15: 2.8, DN20: 3.9, DN25: 5.6 }[dn] * (code === 'ST' ? 1.3 : 1),
        stock: 800,
        noBarcode: true,
      });
  add({
    sku: 'RF-RRQ-2032',
    name: 'PPR热熔器',
    category: '工具',
    brand: '日丰',
    aliases: ['热熔器', '热熔机', '烫管器'],
    specs: { 规格: '20-32' },
    unit: '台',
    unitAliases: ['个', '套'],
    price: 95,
    stock: 20,
  });
});

// 电工: breakers by 极数 / 额定电流 / 脱扣曲线, wire by 截面 in mm², switches in two colours, bulbs by 功率 and 光色.
shop('electrical', '693', ['A', 'B'], (add) => {
  for (const pole of ['1P', '2P', '3P'])
    for (const amp of ['16A', '20A', '32A', '63A']) {
      add({
        sku: `ZT-NXB-${pole}-C${amp.replace('A', '')}`,
        name: '小型断路器',
        category: '断路器',
        brand: '正泰',
        aliases: ['空开', '空气开关', '断路器', '空气断路器'],
        specs: { 型号: 'NXB-63', 极数: pole, 额定电流: amp, 脱扣曲线: 'C型' },
        unit: '个',
        unitAliases: ['只'],
        price: { '1P': 16, '2P': 34, '3P': 52 }[pole] + (amp === '63A' ? 6 : 0),
        stock: pole === '3P' && amp === '63A' ? 8 : 300,
      });
    }
  for (const pole of ['1P', '3P'])
    for (const amp of ['16A', '32A'])
      add({
        sku: `ZT-NXB-${pole}-D${amp.replace('A', '')}`,
        name: '小型断路器',
        category: '断路器',
        brand: '正泰',
        aliases: ['空开', '空气开关', '断路器', '空气断路器'],
        specs: { 型号: 'NXB-63', 极数: pole, 额定电流: amp, 脱扣曲线: 'D型' },
        unit: '个',
        unitAliases: ['只'],
        price: { '1P': 22, '3P': 66 }[pole],
        stock: 60,
      });
  for (const pole of ['1P', '2P'])
    for (const amp of ['16A', '25A', '32A'])
      add({
        sku: `DLX-DZ47-${pole}-C${amp.replace('A', '')}`,
        name: '小型断路器',
        category: '断路器',
        brand: '德力西',
        aliases: ['空开', '空气开关', '断路器', '空气断路器'],
        specs: { 型号: 'DZ47s', 极数: pole, 额定电流: amp, 脱扣曲线: 'C型' },
        unit: '个',
        unitAliases: ['只'],
        price: pole === '1P' ? 13 : 28,
        stock: 200,
      });
  for (const amp of ['20A', '32A', '40A'])
    add({
      sku: `ZT-LB-1PN-${amp}`,
      name: '漏电保护断路器',
      category: '漏电保护',
      brand: '正泰',
      aliases: ['漏保', '漏电开关', '漏电保护器', '漏电断路器'],
      specs: { 型号: 'NXBLE', 极数: '1P+N', 额定电流: amp, 漏电电流: '30mA' },
      unit: '个',
      unitAliases: ['只'],
      price: 58,
      stock: 100,
    });
  const colours = [
    ['红', 'R'],
    ['蓝', 'B'],
    ['黄绿', 'YG'],
  ];
  for (const size of ['1.5', '2.5', '4', '6'])
    for (const [c, code] of colours)
      add({
        sku: `QF-BV${size.replace('.', '')}-${code}`,
        name: 'BV单芯铜线',
        category: '电线',
        brand: '起帆',
        aliases: ['单芯线', '硬线', 'BV线', '铜线', '电线'],
        specs: { 型号: 'BV', 截面: `${size}mm²`, 颜色: c },
        unit: '卷',
        unitAliases: ['捆', '盘'],
        conversions: { 米: 0.01 },
        price: { 1.5: 135, 2.5: 215, 4: 345, 6: 510 }[size],
        stock: size === '6' && c === '蓝' ? 9 : 120,
      });
  for (const size of ['2.5', '4'])
    add({
      sku: `QF-BV${size.replace('.', '')}-BK`,
      name: 'BV单芯铜线',
      category: '电线',
      brand: '起帆',
      aliases: ['单芯线', '硬线', 'BV线', '铜线', '电线'],
      specs: { 型号: 'BV', 截面: `${size}mm²`, 颜色: '黑' },
      unit: '卷',
      unitAliases: ['捆', '盘'],
      conversions: { 米: 0.01 },
      price: { 2.5: 215, 4: 345 }[size],
      stock: 40,
    });
  for (const size of ['6', '10'])
    for (const [c, code] of colours.slice(0, 2))
      add({
        sku: `QF-BVR${size}-${code}`,
        name: 'BVR多股软线',
        category: '电线',
        brand: '起帆',
        aliases: ['多股线', '软线', 'BVR线', '软铜线'],
        specs: { 型号: 'BVR', 截面: `${size}mm²`, 颜色: c },
        unit: '卷',
        unitAliases: ['捆', '盘'],
        conversions: { 米: 0.01 },
        price: size === '6' ? 540 : 880,
        stock: 60,
      });
  for (const [spec, price] of [
    ['2×1.5', 160],
    ['3×2.5', 420],
    ['3×4', 640],
  ])
    add({
      sku: `QF-RVV-${spec.replace(/[×.]/g, '')}`,
      name: 'RVV护套线',
      category: '电线',
      brand: '起帆',
      aliases: ['护套线', '电源线', '软护套线'],
      specs: { 型号: 'RVV', 规格: spec },
      unit: '卷',
      unitAliases: ['捆', '盘'],
      conversions: { 米: 0.01 },
      price,
      stock: 50,
    });
  add({
    sku: 'AP-CAT6',
    name: '六类网线',
    category: '弱电',
    brand: '安普',
    aliases: ['网线', '6类网线', '千兆网线'],
    specs: { 类别: '六类', 长度: '305米' },
    unit: '箱',
    price: 420,
    stock: 30,
  });
  const switches = [
    ['1K1', '一开单控开关', ['单开', '一开', '单开单控', '单控开关']],
    ['1K2', '一开双控开关', ['单开双控', '一开双控', '双控开关']],
    ['2K1', '二开单控开关', ['双开', '两开', '双开单控', '二开']],
    ['3K1', '三开单控开关', ['三开', '三开单控']],
    ['5K', '五孔插座', ['五孔', '插座', '5孔插座', '二三插']],
    ['16A', '16A三孔插座', ['空调插座', '16A插座', '三孔插座']],
    ['1K5K', '一开五孔插座', ['一开五孔', '带开关五孔']],
    ['KB', '空白面板', ['白板', '空白板', '盖板']],
  ];
  for (const [code, name, aliases] of switches)
    for (const [c, cc] of [
      ['白', 'W'],
      ['金', 'G'],
    ]) {
      if (code === 'KB' && cc === 'G') continue;
      add({
        sku: `GN-G12-${code}-${cc}`,
        name,
        category: '开关插座',
        brand: '公牛',
        aliases,
        specs: { 系列: 'G12', 颜色: `${c}色` },
        unit: '个',
        unitAliases: ['只'],
        conversions: { 盒: 10 },
        price: (code.startsWith('1K') ? 11 : code === 'KB' ? 5 : 15) + (cc === 'G' ? 4 : 0),
        stock: code === '16A' && cc === 'G' ? 15 : 400,
      });
    }
  for (const w of ['5W', '9W', '12W', '18W'])
    for (const [light, code] of [
      ['白光', 'B'],
      ['暖光', 'N'],
    ])
      add({
        sku: `OP-QP-${w}-${code}`,
        name: 'LED球泡',
        category: '照明',
        brand: '欧普',
        aliases: ['灯泡', '球泡', 'LED灯泡', '节能灯'],
        specs: { 功率: w, 光色: light },
        unit: '个',
        unitAliases: ['只'],
        conversions: { 箱: 100 },
        price: { '5W': 6, '9W': 9, '12W': 12, '18W': 18 }[w],
        stock: w === '18W' && code === 'N' ? 60 : 1000,
      });
  for (const len of ['0.6米', '1.2米'])
    add({
      sku: `OP-T8-${len.replace(/[.米]/g, '')}`,
      name: 'T8一体化灯管',
      category: '照明',
      brand: '欧普',
      aliases: ['灯管', '日光灯管', 'T8灯管', '一体化灯管'],
      specs: { 长度: len, 功率: len === '0.6米' ? '9W' : '18W' },
      unit: '根',
      unitAliases: ['支', '条'],
      conversions: { 箱: 25 },
      price: len === '0.6米' ? 16 : 24,
      stock: 300,
    });
  for (const [c, code] of [
    ['黑', 'BK'],
    ['红', 'R'],
    ['蓝', 'B'],
    ['黄', 'Y'],
    ['绿', 'G'],
  ])
    add({
      sku: `DLX-JD-${code}`,
      name: 'PVC电工胶带',
      category: '辅材',
      brand: '德力西',
      aliases: ['胶布', '电工胶布', '绝缘胶带', '电胶布', '胶带'],
      specs: { 颜色: c, 规格: '18mm*10m' },
      unit: '卷',
      unitAliases: ['个'],
      conversions: { 筒: 10 },
      price: 2.5,
      stock: 2000,
    });
  for (const [len, pos] of [
    ['3米', '4位'],
    ['5米', '4位'],
    ['3米', '6位'],
    ['5米', '6位'],
  ])
    add({
      sku: `GN-CP-${pos.replace('位', '')}-${len.replace('米', '')}`,
      name: '插线板',
      category: '插排',
      brand: '公牛',
      aliases: ['插排', '接线板', '拖线板', '插板'],
      specs: { 位数: pos, 线长: len },
      unit: '个',
      unitAliases: ['只'],
      price: (pos === '4位' ? 39 : 52) + (len === '5米' ? 10 : 0),
      stock: 80,
    });
  for (const d of ['16', '20', '25'])
    add({
      sku: `LS-XG-${d}`,
      name: 'PVC电工穿线管',
      category: '线管',
      brand: '联塑',
      aliases: ['线管', '穿线管', '电工管', 'PVC线管'],
      specs: { 管径: `Φ${d}` },
      unit: '根',
      unitAliases: ['支', '条'],
      price: { 16: 3.2, 20: 4.1, 25: 5.8 }[d],
      stock: 1500,
    });
  add({
    sku: 'LS-AH-86',
    name: '86型暗盒',
    category: '线管',
    brand: '联塑',
    aliases: ['暗盒', '底盒', '线盒', '86盒'],
    specs: {},
    unit: '个',
    unitAliases: ['只'],
    conversions: { 包: 50 },
    price: 1.1,
    stock: 5000,
  });
  for (const loops of ['8回路', '12回路', '16回路'])
    add({
      sku: `ZT-PDX-${loops.replace('回路', '')}`,
      name: '家用配电箱',
      category: '配电箱',
      brand: '正泰',
      aliases: ['配电箱', '强电箱', '空开箱'],
      specs: { 回路: loops },
      unit: '个',
      unitAliases: ['台', '只'],
      price: { '8回路': 45, '12回路': 62, '16回路': 78 }[loops],
      stock: 40,
    });
  for (const [s, price] of [
    ['3*100', 4],
    ['4*200', 9],
  ])
    add({
      sku: `ZD-${s.replace('*', 'x')}`,
      name: '尼龙扎带',
      category: '辅材',
      aliases: ['扎带', '束线带', '捆扎带'],
      specs: { 规格: s },
      unit: '包',
      unitAliases: ['袋'],
      price,
      stock: 500,
      noBarcode: true,
    });
});

// 快消: drinks sold by the bottle or can with a 箱 of 24 (or 12/15), some by the case only; flavours, beers.
shop('drinks', '694', ['会员', '批发'], (add) => {
  const row = (p) => {
    const { box, extra, ...rest } = p;
    add({ ...rest, conversions: { 箱: box, ...(extra ?? {}) } });
  };
  row({
    sku: 'NF-550',
    name: '农夫山泉饮用天然水',
    category: '饮用水',
    brand: '农夫山泉',
    aliases: ['农夫山泉', '农夫', '矿泉水', '山泉水'],
    specs: { 规格: '550ml' },
    unit: '瓶',
    box: 24,
    extra: { 件: 24 },
    price: 1.1,
    stock: 4800,
  });
  row({
    sku: 'NF-380',
    name: '农夫山泉饮用天然水',
    category: '饮用水',
    brand: '农夫山泉',
    aliases: ['农夫山泉', '农夫', '矿泉水', '小瓶农夫'],
    specs: { 规格: '380ml' },
    unit: '瓶',
    box: 24,
    extra: { 件: 24 },
    price: 0.9,
    stock: 2400,
  });
  row({
    sku: 'NF-1500',
    name: '农夫山泉饮用天然水',
    category: '饮用水',
    brand: '农夫山泉',
    aliases: ['农夫山泉', '农夫', '矿泉水', '大瓶农夫'],
    specs: { 规格: '1.5L' },
    unit: '瓶',
    box: 12,
    extra: { 件: 12 },
    price: 2.3,
    stock: 1200,
  });
  row({
    sku: 'YB-555',
    name: '怡宝纯净水',
    category: '饮用水',
    brand: '怡宝',
    aliases: ['怡宝', '纯净水'],
    specs: { 规格: '555ml' },
    unit: '瓶',
    box: 24,
    extra: { 件: 24 },
    price: 1.05,
    stock: 3600,
  });
  row({
    sku: 'BSS-570',
    name: '百岁山矿泉水',
    category: '饮用水',
    brand: '百岁山',
    aliases: ['百岁山', '景田百岁山'],
    specs: { 规格: '570ml' },
    unit: '瓶',
    box: 24,
    extra: { 件: 24 },
    price: 1.9,
    stock: 1440,
  });
  for (const [size, pack, price, stock] of [
    ['330ml', '罐', 2.1, 2400],
    ['500ml', '瓶', 2.5, 1200],
  ]) {
    row({
      sku: `KKL-${size}`,
      name: '可口可乐',
      category: '碳酸饮料',
      brand: '可口可乐',
      aliases: ['可乐', '可口可乐'],
      specs: { 规格: size, 包装: `${pack}装` },
      unit: pack,
      unitAliases: pack === '罐' ? ['听'] : [],
      box: 24,
      price,
      stock,
    });
    row({
      sku: `XB-${size}`,
      name: '雪碧',
      category: '碳酸饮料',
      brand: '可口可乐',
      aliases: ['雪碧'],
      specs: { 规格: size, 包装: `${pack}装` },
      unit: pack,
      unitAliases: pack === '罐' ? ['听'] : [],
      box: 24,
      price,
      stock: stock / 2,
    });
  }
  row({
    sku: 'BS-330',
    name: '百事可乐',
    category: '碳酸饮料',
    brand: '百事',
    aliases: ['百事'],
    specs: { 规格: '330ml', 包装: '罐装' },
    unit: '罐',
    unitAliases: ['听'],
    box: 24,
    price: 2,
    stock: 960,
  });
  row({
    sku: 'WLJ-310',
    name: '王老吉凉茶',
    category: '凉茶',
    brand: '王老吉',
    aliases: ['王老吉', '凉茶', '红罐凉茶'],
    specs: { 规格: '310ml' },
    unit: '罐',
    unitAliases: ['听'],
    box: 24,
    price: 3.1,
    stock: 1920,
  });
  row({
    sku: 'JDB-310',
    name: '加多宝凉茶',
    category: '凉茶',
    brand: '加多宝',
    aliases: ['加多宝', '凉茶'],
    specs: { 规格: '310ml' },
    unit: '罐',
    unitAliases: ['听'],
    box: 24,
    price: 3.2,
    stock: 960,
  });
  row({
    sku: 'HN-250',
    name: '红牛维生素功能饮料',
    category: '功能饮料',
    brand: '红牛',
    aliases: ['红牛', '功能饮料'],
    specs: { 规格: '250ml' },
    unit: '罐',
    unitAliases: ['听'],
    box: 24,
    price: 4.6,
    stock: 1440,
  });
  for (const [size, price, stock] of [
    ['250ml', 2.6, 1920],
    ['500ml', 4.2, 40],
  ])
    row({
      sku: `DP-${size}`,
      name: '东鹏特饮',
      category: '功能饮料',
      brand: '东鹏',
      aliases: ['东鹏特饮', '东鹏'],
      specs: { 规格: size },
      unit: '瓶',
      box: 24,
      price,
      stock,
    });
  for (const [flavour, code] of [
    ['青柠', 'QN'],
    ['水蜜桃', 'SMT'],
    ['仙人掌青橘', 'XRZ'],
  ])
    row({
      sku: `MD-600-${code}`,
      name: '脉动',
      category: '功能饮料',
      brand: '达能',
      aliases: ['脉动', '维生素饮料'],
      specs: { 规格: '600ml', 口味: flavour },
      unit: '瓶',
      box: 15,
      price: 3.6,
      stock: flavour === '仙人掌青橘' ? 45 : 900,
    });
  for (const [name, code, aliases] of [
    ['冰红茶', 'BHC', ['冰红茶', '康师傅冰红茶']],
    ['绿茶', 'LC', ['绿茶', '康师傅绿茶']],
  ])
    row({
      sku: `KSF-${code}-500`,
      name: `康师傅${name}`,
      category: '茶饮料',
      brand: '康师傅',
      aliases,
      specs: { 规格: '500ml' },
      unit: '瓶',
      box: 15,
      price: 2.4,
      stock: 1500,
    });
  row({
    sku: 'TY-BHC-500',
    name: '统一冰红茶',
    category: '茶饮料',
    brand: '统一',
    aliases: ['冰红茶', '统一冰红茶'],
    specs: { 规格: '500ml' },
    unit: '瓶',
    box: 15,
    price: 2.3,
    stock: 900,
  });
  row({
    sku: 'WZ-245',
    name: '旺仔牛奶',
    category: '乳饮料',
    brand: '旺旺',
    aliases: ['旺仔', '旺仔牛奶', '旺仔复原乳'],
    specs: { 规格: '245ml' },
    unit: '罐',
    unitAliases: ['听'],
    box: 24,
    price: 3.8,
    stock: 720,
  });
  for (const [name, code, size, box, price] of [
    ['雪花啤酒勇闯天涯', 'XH-YC', '500ml', 12, 4.2],
    ['雪花纯生', 'XH-CS', '500ml', 12, 5.5],
    ['青岛啤酒经典', 'QD-JD', '500ml', 12, 5.2],
  ])
    row({
      sku: `${code}-${size}`,
      name,
      category: '啤酒',
      brand: code.startsWith('XH') ? '雪花' : '青岛',
      aliases:
        code === 'XH-YC'
          ? ['勇闯天涯', '勇闯', '雪花', '啤酒']
          : code === 'XH-CS'
            ? ['纯生', '雪花纯生', '雪花', '啤酒']
            : ['青岛', '青啤', '青岛经典', '啤酒'],
      specs: { 规格: size, 包装: '罐装' },
      unit: '罐',
      unitAliases: ['听'],
      box,
      price,
      stock: 960,
    });
  add({
    sku: 'QD-JD-640',
    name: '青岛啤酒经典',
    category: '啤酒',
    brand: '青岛',
    aliases: ['青岛', '青啤', '青岛大瓶', '啤酒'],
    specs: { 规格: '640ml', 包装: '瓶装' },
    unit: '箱',
    unitAliases: ['件'],
    price: 72,
    stock: 80,
  });
  for (const [name, code, brand, aliases] of [
    ['红烧牛肉面', 'KSF-HS', '康师傅', ['红烧牛肉面', '方便面', '泡面', '康师傅方便面']],
    ['香辣牛肉面', 'KSF-XL', '康师傅', ['香辣牛肉面', '方便面', '泡面', '康师傅方便面']],
    ['老坛酸菜牛肉面', 'TY-LT', '统一', ['老坛酸菜', '酸菜面', '方便面', '泡面']],
  ])
    add({
      sku: `${code}-BAG`,
      name,
      category: '方便面',
      brand,
      aliases,
      specs: { 规格: '袋装' },
      unit: '箱',
      unitAliases: ['件'],
      price: 58,
      stock: 120,
    });
  add({
    sku: 'KSF-HS-BUCKET',
    name: '红烧牛肉面',
    category: '方便面',
    brand: '康师傅',
    aliases: ['红烧牛肉面', '桶面', '方便面'],
    specs: { 规格: '桶装' },
    unit: '箱',
    unitAliases: ['件'],
    price: 62,
    stock: 60,
  });
  for (const [g, price] of [
    ['30g', 0.9],
    ['60g', 1.6],
  ])
    row({
      sku: `SH-WZW-${g}`,
      name: '双汇王中王火腿肠',
      category: '休闲食品',
      brand: '双汇',
      aliases: ['火腿肠', '王中王', '双汇火腿肠'],
      specs: { 规格: g },
      unit: '根',
      unitAliases: ['支'],
      box: g === '30g' ? 100 : 50,
      price,
      stock: 3000,
    });
  add({
    sku: 'XXY-CZ',
    name: '心相印抽纸',
    category: '日用',
    brand: '心相印',
    aliases: ['抽纸', '纸巾', '心相印'],
    specs: { 规格: '3层130抽' },
    unit: '提',
    unitAliases: [],
    conversions: { 箱: 8 },
    price: 14,
    stock: 200,
  });
});

// 五金工具: wrenches in mm (customers say 寸), pipe wrenches in 寸, screws by M size × length × material.
shop('tools', '695', ['VIP', '批发'], (add) => {
  for (const [mm, inch, price] of [
    ['150mm', '6寸', 18],
    ['200mm', '8寸', 24],
    ['250mm', '10寸', 32],
    ['300mm', '12寸', 45],
  ]) {
    add({
      sku: `SATA-HB-${mm.replace('mm', '')}`,
      name: '活动扳手',
      category: '扳手',
      brand: '世达',
      aliases: ['活扳手', '扳手', '活口扳手'],
      specs: { 规格: mm },
      unit: '把',
      unitAliases: ['个', '支'],
      price,
      stock: inch === '12寸' ? 6 : 60,
    });
    if (inch !== '12寸')
      add({
        sku: `CC-HB-${mm.replace('mm', '')}`,
        name: '活动扳手',
        category: '扳手',
        brand: '长城精工',
        aliases: ['活扳手', '扳手', '活口扳手'],
        specs: { 规格: mm },
        unit: '把',
        unitAliases: ['个', '支'],
        price: Math.round(price * 0.6),
        stock: 100,
      });
  }
  for (const [inch, price] of [
    ['10寸', 38],
    ['14寸', 55],
    ['18寸', 78],
  ])
    add({
      sku: `SATA-GQ-${inch.replace('寸', '')}`,
      name: '重型管子钳',
      category: '钳子',
      brand: '世达',
      aliases: ['管钳', '管子钳', '水管钳'],
      specs: { 规格: inch },
      unit: '把',
      unitAliases: ['个'],
      price,
      stock: 30,
    });
  for (const [name, code, aliases, mm, price] of [
    ['钢丝钳', 'GSQ', ['老虎钳', '钢丝钳', '克丝钳'], '200mm', 28],
    ['尖嘴钳', 'JZQ', ['尖嘴钳', '尖咀钳'], '160mm', 22],
    ['斜口钳', 'XKQ', ['斜口钳', '斜嘴钳', '偏口钳'], '160mm', 24],
  ])
    add({
      sku: `SATA-${code}`,
      name,
      category: '钳子',
      brand: '世达',
      aliases,
      specs: { 规格: mm },
      unit: '把',
      unitAliases: ['个'],
      price,
      stock: 50,
    });
  for (const [head, hc] of [
    ['十字', 'SZ'],
    ['一字', 'YZ'],
  ])
    for (const s of ['6*100', '6*150'])
      add({
        sku: `SATA-LSD-${hc}-${s.replace('*', 'x')}`,
        name: '螺丝刀',
        category: '螺丝刀',
        brand: '世达',
        aliases: ['起子', '改锥', '螺丝批'],
        specs: { 头型: head, 规格: s },
        unit: '把',
        unitAliases: ['个', '支'],
        price: s === '6*100' ? 9 : 11,
        stock: 100,
      });
  for (const [w, price] of [
    ['0.5kg', 26],
    ['1kg', 35],
  ])
    add({
      sku: `CC-CZ-${w.replace('.', '')}`,
      name: '羊角锤',
      category: '锤子',
      brand: '长城精工',
      aliases: ['锤子', '榔头', '钉锤'],
      specs: { 重量: w },
      unit: '把',
      unitAliases: ['个'],
      price,
      stock: 40,
    });
  for (const len of ['3米', '5米', '7.5米'])
    add({
      sku: `CC-JC-${len.replace(/[.米]/g, '')}`,
      name: '钢卷尺',
      category: '量具',
      brand: '长城精工',
      aliases: ['卷尺', '盒尺', '米尺'],
      specs: { 长度: len },
      unit: '把',
      unitAliases: ['个'],
      conversions: { 盒: 12 },
      price: { '3米': 6, '5米': 9, '7.5米': 15 }[len],
      stock: 200,
    });
  const screw = (sku, name, aliases, specs, unit, price, stock, conversions) =>
    add({
      sku,
      name,
      category: '螺丝',
      aliases,
      specs,
      unit,
      unitAliases: [],
      conversions: conversions ?? {},
      price,
      stock,
      noBarcode: true,
    });
  for (const m of ['M6', 'M8'])
    for (const len of ['20', '30'])
      screw(
        `NLJ-304-${m}x${len}`,
        '内六角螺丝',
        ['内六角', '杯头螺丝', '内六角螺栓'],
        { 直径: m, 长度: `${len}mm`, 材质: '304不锈钢' },
        '盒',
        m === 'M6' ? 28 : 45,
        80,
        { 个: 0.01 },
      );
  for (const m of ['M8', 'M10'])
    for (const len of ['40', '60'])
      for (const [mat, mc] of [
        ['镀锌', 'DX'],
        ['不锈钢', 'BX'],
      ])
        screw(
          `WLJ-${mc}-${m}x${len}`,
          '外六角螺栓',
          ['外六角', '六角螺丝', '螺栓', '外六角螺丝'],
          { 直径: m, 长度: `${len}mm`, 材质: mat },
          '个',
          (m === 'M8' ? 0.5 : 0.8) * (mc === 'BX' ? 2.5 : 1),
          2000,
          { 盒: 100 },
        );
  for (const s of ['ST4.2*25', 'ST4.2*38'])
    screw(
      `ZG-${s.replace(/[.*]/g, '')}`,
      '沉头自攻螺丝',
      ['自攻丝', '自攻钉', '自攻螺丝'],
      { 规格: s, 材质: '镀锌' },
      '盒',
      15,
      120,
      {},
    );
  for (const s of ['M8*80', 'M10*100', 'M12*120'])
    for (const [mat, mc] of [
      ['镀锌', 'DX'],
      ['不锈钢', 'BX'],
    ]) {
      if (s === 'M12*120' && mc === 'BX') continue;
      screw(
        `PZ-${mc}-${s.replace('*', 'x')}`,
        '膨胀螺丝',
        ['膨胀螺栓', '膨胀丝', '膨胀'],
        { 规格: s, 材质: mat },
        '套',
        { 'M8*80': 0.6, 'M10*100': 1, 'M12*120': 1.6 }[s] * (mc === 'BX' ? 3 : 1),
        mc === 'BX' && s === 'M10*100' ? 50 : 3000,
        { 盒: 50 },
      );
    }
  for (const m of ['M6', 'M8', 'M10'])
    screw(
      `DP-${m}`,
      '平垫片',
      ['平垫', '垫片', '垫圈', '平垫圈'],
      { 直径: m, 材质: '镀锌' },
      '包',
      6,
      300,
      {},
    );
  for (const mm of ['6', '8', '10', '12'])
    add({
      sku: `BS-CJZ-${mm}`,
      name: '冲击钻头',
      category: '钻头',
      brand: '博世',
      aliases: ['冲击钻头', '水泥钻头', '钻头', '电锤钻头'],
      specs: { 直径: `${mm}mm` },
      unit: '支',
      unitAliases: ['根', '个'],
      conversions: { 盒: 10 },
      price: 8 + Number(mm),
      stock: 200,
    });
  for (const mm of ['3', '4', '5', '6'])
    add({
      sku: `BS-MHZ-${mm}`,
      name: '麻花钻头',
      category: '钻头',
      brand: '博世',
      aliases: ['麻花钻', '钻头', '铁钻头', '高速钢钻头'],
      specs: { 直径: `${mm}mm` },
      unit: '支',
      unitAliases: ['根', '个'],
      conversions: { 盒: 10 },
      price: 3 + Number(mm),
      stock: 300,
    });
  add({
    sku: 'DC-QGP-105',
    name: '树脂切割片',
    category: '磨具',
    brand: '东成',
    aliases: ['切割片', '切片', '砂轮片', '云石片'],
    specs: { 规格: '105*1.2*16' },
    unit: '片',
    unitAliases: ['张'],
    conversions: { 盒: 50 },
    price: 1.5,
    stock: 3000,
  });
  for (const [inch, price] of [
    ['4寸', 6],
    ['5寸', 8],
  ])
    add({
      sku: `HY-304-${inch.replace('寸', '')}`,
      name: '不锈钢合页',
      category: '门窗五金',
      aliases: ['合页', '铰链', '门合页'],
      specs: { 规格: inch, 材质: '304不锈钢' },
      unit: '片',
      unitAliases: ['个', '只'],
      conversions: { 盒: 20 },
      price,
      stock: 800,
      noBarcode: true,
    });
  for (const [cover, code] of [
    ['全盖', 'QG'],
    ['半盖', 'BG'],
    ['无盖', 'WG'],
  ])
    add({
      sku: `DT-JL-${code}`,
      name: '快装液压铰链',
      category: '门窗五金',
      brand: '东泰',
      aliases: ['橱柜铰链', '液压铰链', '柜门铰链', '阻尼铰链'],
      specs: { 盖法: cover },
      unit: '个',
      unitAliases: ['只'],
      conversions: { 盒: 20 },
      price: 4.5,
      stock: 1000,
    });
  for (const [name, code, aliases, spec, price] of [
    [
      '透明封箱胶带',
      'FX-TM',
      ['封箱胶带', '透明胶带', '胶带', '透明胶'],
      { 颜色: '透明', 宽度: '45mm' },
      3.5,
    ],
    ['米黄封箱胶带', 'FX-MH', ['封箱胶带', '黄胶带', '胶带'], { 颜色: '米黄', 宽度: '45mm' }, 3.5],
    ['美纹纸胶带', 'MWZ', ['美纹纸', '美纹胶带', '分色纸'], { 宽度: '24mm' }, 2],
  ])
    add({
      sku: `YL-${code}`,
      name,
      category: '胶带',
      brand: '永乐',
      aliases,
      specs: spec,
      unit: '卷',
      unitAliases: ['个'],
      conversions: { 筒: 6 },
      price,
      stock: 600,
    });
  for (const [size, code] of [
    ['M', 'M'],
    ['L', 'L'],
  ])
    add({
      sku: `LB-ST-${code}`,
      name: '浸胶劳保手套',
      category: '劳保',
      aliases: ['劳保手套', '手套', '浸胶手套'],
      specs: { 尺码: size },
      unit: '双',
      unitAliases: ['副'],
      conversions: { 打: 12 },
      price: 3,
      stock: 1200,
      noBarcode: true,
    });
  add({
    sku: 'DC-CJZ-16',
    name: '冲击钻',
    category: '电动工具',
    brand: '东成',
    aliases: ['手电钻', '冲击电钻', '电钻'],
    specs: { 型号: 'Z1J-FF-16' },
    unit: '台',
    unitAliases: ['把', '个'],
    price: 239,
    stock: 10,
  });
});

// 建材 / 卫浴 (scored only as a held-out set): paint by 规格 and 颜色, putty and tile adhesive by 型号, gypsum board
// by 厚度, keels by 长度, toilets by 坑距, sealants in a 箱 of 24.
shop('building', '696', ['老客户', '工程'], (add) => {
  for (const [brand, code, series] of [
    ['立邦', 'LB', '净味五合一'],
    ['多乐士', 'DLS', '家丽安'],
  ])
    for (const size of ['5L', '18L'])
      for (const [c, cc] of [
        ['白色', 'W'],
        ['米白', 'MW'],
      ])
        add({
          sku: `${code}-RJQ-${size}-${cc}`,
          name: `${series}乳胶漆`,
          category: '乳胶漆',
          brand,
          aliases: ['乳胶漆', '墙面漆', '内墙漆', '油漆'],
          specs: { 规格: size, 颜色: c },
          unit: '桶',
          unitAliases: [],
          price: (size === '5L' ? 160 : 480) * (code === 'LB' ? 1.1 : 1),
          stock: size === '18L' && cc === 'MW' && code === 'LB' ? 12 : 100,
        });
  add({
    sku: 'SKS-WQQ-20',
    name: '外墙乳胶漆',
    category: '乳胶漆',
    brand: '三棵树',
    aliases: ['外墙漆', '外墙涂料'],
    specs: { 规格: '20kg', 颜色: '白色' },
    unit: '桶',
    price: 260,
    stock: 40,
  });
  for (const [t, tc, price] of [
    ['耐水', 'NS', 28],
    ['普通', 'PT', 18],
  ])
    add({
      sku: `MC-NZF-${tc}`,
      name: `${t}腻子粉`,
      category: '腻子',
      brand: '美巢',
      aliases: ['腻子粉', '腻子', '批墙粉'],
      specs: { 类型: t, 包装: '20kg' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 50 },
      price,
      stock: 600,
    });
  for (const [g, price] of [
    ['C1', 28],
    ['C2', 45],
  ])
    add({
      sku: `DG-CZJ-${g}`,
      name: '瓷砖胶',
      category: '瓷砖胶',
      brand: '德高',
      aliases: ['瓷砖粘结剂', '贴砖胶', '瓷砖背胶'],
      specs: { 型号: g, 包装: '20kg' },
      unit: '袋',
      unitAliases: ['包'],
      price,
      stock: 300,
    });
  for (const [t, tc, spec, price] of [
    ['JS防水涂料', 'JS', '18kg', 150],
    ['聚氨酯防水涂料', 'JAZ', '20kg', 220],
  ])
    add({
      sku: `YH-FS-${tc}`,
      name: t,
      category: '防水',
      brand: '东方雨虹',
      aliases: ['防水涂料', '防水', tc === 'JS' ? 'JS防水' : '聚氨酯'],
      specs: { 规格: spec },
      unit: '桶',
      unitAliases: ['组'],
      price,
      stock: 80,
    });
  for (const [g, price, stock] of [
    ['32.5', 22, 1000],
    ['42.5', 26, 1500],
  ])
    add({
      sku: `HL-SN-${g.replace('.', '')}`,
      name: `海螺水泥 P.O${g}`,
      category: '水泥',
      brand: '海螺',
      aliases: [`${g.replace('.', '')}水泥`, '水泥', '海螺水泥'],
      specs: { 标号: g, 包装: '50kg' },
      unit: '袋',
      unitAliases: ['包'],
      conversions: { 吨: 20 },
      price,
      stock,
      noBarcode: true,
    });
  add({
    sku: 'HS-ZS-40',
    name: '袋装中沙',
    category: '沙石',
    aliases: ['沙子', '黄沙', '中沙', '河沙'],
    specs: { 包装: '40kg' },
    unit: '袋',
    unitAliases: ['包'],
    conversions: { 吨: 25 },
    price: 8,
    stock: 2000,
    noBarcode: true,
  });
  for (const [t, price] of [
    ['9.5mm', 28],
    ['12mm', 36],
  ])
    add({
      sku: `LSP-SGB-${t.replace(/[.m]/g, '')}`,
      name: '纸面石膏板',
      category: '石膏板',
      brand: '龙牌',
      aliases: ['石膏板', '吊顶板'],
      specs: { 厚度: t, 规格: '1200*2400' },
      unit: '张',
      unitAliases: ['块', '片'],
      price,
      stock: t === '12mm' ? 60 : 400,
    });
  for (const [t, tc, price] of [
    ['主龙骨', 'Z', 12],
    ['副龙骨', 'F', 8],
  ])
    add({
      sku: `LSP-LG-${tc}`,
      name: `轻钢${t}`,
      category: '龙骨',
      brand: '龙牌',
      aliases: [t, '龙骨', '轻钢龙骨'],
      specs: { 长度: '3米' },
      unit: '根',
      unitAliases: ['支', '条'],
      price,
      stock: 800,
    });
  for (const [pitch, price, stock] of [
    ['300mm', 899, 20],
    ['400mm', 899, 8],
  ])
    add({
      sku: `HJ-MT-${pitch.replace('mm', '')}`,
      name: '连体马桶',
      category: '卫浴',
      brand: '恒洁',
      aliases: ['马桶', '坐便器', '座便器'],
      specs: { 坑距: pitch },
      unit: '个',
      unitAliases: ['台', '套'],
      price,
      stock,
    });
  add({
    sku: 'JM-HS',
    name: '恒温花洒套装',
    category: '卫浴',
    brand: '九牧',
    aliases: ['花洒', '淋浴花洒'],
    specs: {},
    unit: '套',
    price: 680,
    stock: 30,
  });
  add({
    sku: 'JM-MPLT',
    name: '面盆龙头',
    category: '卫浴',
    brand: '九牧',
    aliases: ['面盆水龙头', '洗脸盆龙头', '台盆龙头'],
    specs: { 冷热: '冷热' },
    unit: '个',
    price: 198,
    stock: 50,
  });
  for (const [c, cc] of [
    ['透明', 'TM'],
    ['白色', 'W'],
    ['黑色', 'B'],
    ['瓷白', 'CB'],
  ])
    add({
      sku: `BY-BLJ-${cc}`,
      name: '中性硅酮玻璃胶',
      category: '胶',
      brand: '白云',
      aliases: ['玻璃胶', '硅胶', '密封胶'],
      specs: { 颜色: c },
      unit: '支',
      unitAliases: ['瓶', '条'],
      conversions: { 箱: 24 },
      price: 9,
      stock: cc === 'B' ? 30 : 480,
    });
  for (const [c, cc] of [
    ['白色', 'W'],
    ['灰色', 'G'],
    ['金色', 'J'],
  ])
    add({
      sku: `KDL-MFJ-${cc}`,
      name: '环氧美缝剂',
      category: '胶',
      brand: '卡德莱',
      aliases: ['美缝剂', '美缝胶', '填缝剂'],
      specs: { 颜色: c },
      unit: '支',
      unitAliases: ['管'],
      conversions: { 箱: 12 },
      price: 68,
      stock: 120,
    });
  add({
    sku: 'MDT-GG-25',
    name: '钢钉',
    category: '五金',
    aliases: ['水泥钉', '钢钉'],
    specs: { 规格: '25mm' },
    unit: '盒',
    price: 6,
    stock: 300,
    noBarcode: true,
  });
});

// 灯具 / 劳保 / 日杂 (scored only as a held-out set, written after the other sets were read): ceiling lamps by 尺寸 and
// 功率, downlights by 开孔, LED strip by the metre, helmets by colour, gloves by kind, bags and mops.
shop('lighting', '697', ['A', 'B'], (add) => {
  for (const [size, watt, price] of [
    ['40cm', '24W', 88],
    ['50cm', '36W', 128],
  ])
    for (const [light, code] of [
      ['白光', 'B'],
      ['三色变光', 'S'],
    ])
      add({
        sku: `NVC-XDD-${size.replace('cm', '')}-${code}`,
        name: 'LED吸顶灯',
        category: '灯具',
        brand: '雷士',
        aliases: ['吸顶灯', '圆吸顶灯'],
        specs: { 尺寸: size, 功率: watt, 光色: light },
        unit: '个',
        unitAliases: ['盏', '只'],
        price: price + (code === 'S' ? 30 : 0),
        stock: size === '50cm' && code === 'S' ? 6 : 60,
      });
  for (const [hole, watt, price] of [
    ['7.5cm', '3W', 12],
    ['7.5cm', '5W', 15],
    ['10cm', '7W', 19],
  ])
    add({
      sku: `OP-TD-${hole.replace(/[.cm]/g, '')}-${watt}`,
      name: 'LED筒灯',
      category: '灯具',
      brand: '欧普',
      aliases: ['筒灯', '孔灯', '天花灯'],
      specs: { 开孔: hole, 功率: watt },
      unit: '个',
      unitAliases: ['只', '盏'],
      conversions: { 箱: 50 },
      price,
      stock: 500,
    });
  add({
    sku: 'OP-MBD-6060',
    name: 'LED平板灯',
    category: '灯具',
    brand: '欧普',
    aliases: ['面板灯', '平板灯', '集成吊顶灯'],
    specs: { 规格: '600*600', 功率: '48W' },
    unit: '个',
    unitAliases: ['套'],
    price: 75,
    stock: 100,
  });
  for (const [t, code, price] of [
    ['2835', '2835', 6],
    ['5050', '5050', 9],
  ])
    add({
      sku: `XL-DD-${code}`,
      name: 'LED灯带',
      category: '灯具',
      brand: '星联',
      aliases: ['灯带', '灯条', '软灯条'],
      specs: { 型号: t, 光色: '暖光' },
      unit: '米',
      conversions: { 卷: 50 },
      price,
      stock: 2000,
    });
  for (const [c, cc] of [
    ['红色', 'R'],
    ['黄色', 'Y'],
    ['蓝色', 'B'],
    ['白色', 'W'],
  ])
    add({
      sku: `AQM-${cc}`,
      name: 'ABS安全帽',
      category: '劳保',
      aliases: ['安全帽', '头盔', '工地帽'],
      specs: { 颜色: c },
      unit: '顶',
      unitAliases: ['个'],
      conversions: { 箱: 20 },
      price: 18,
      stock: cc === 'W' ? 25 : 400,
      noBarcode: true,
    });
  add({
    sku: 'FGBX-Y',
    name: '反光背心',
    category: '劳保',
    aliases: ['反光衣', '马甲'],
    specs: { 颜色: '荧光黄' },
    unit: '件',
    price: 8,
    stock: 300,
    noBarcode: true,
  });
  for (const [t, code, price] of [
    ['棉纱手套', 'MS', 1.2],
    ['丁腈手套', 'DJ', 4.5],
  ])
    add({
      sku: `ST-${code}`,
      name: t,
      category: '劳保',
      aliases: ['手套', code === 'MS' ? '线手套' : '挂胶手套'],
      specs: {},
      unit: '双',
      unitAliases: ['副'],
      conversions: { 打: 12 },
      price,
      stock: 3000,
      noBarcode: true,
    });
  for (const [size, code, price] of [
    ['大号', 'L', 9],
    ['中号', 'M', 7],
  ])
    add({
      sku: `LJD-${code}`,
      name: '加厚垃圾袋',
      category: '日杂',
      brand: '美丽雅',
      aliases: ['垃圾袋', '塑料袋'],
      specs: { 尺寸: size },
      unit: '卷',
      unitAliases: ['个'],
      conversions: { 箱: 40 },
      price,
      stock: 800,
    });
  add({
    sku: 'TB-XZ',
    name: '旋转拖把',
    category: '日杂',
    brand: '美丽雅',
    aliases: ['拖把', '墩布'],
    specs: {},
    unit: '套',
    unitAliases: ['个', '把'],
    price: 59,
    stock: 40,
  });
  add({
    sku: 'SB-SZ',
    name: '扫把簸箕套装',
    category: '日杂',
    aliases: ['扫把', '扫帚', '簸箕'],
    specs: {},
    unit: '套',
    unitAliases: ['个', '把'],
    price: 25,
    stock: 60,
    noBarcode: true,
  });
});

// 粮油副食: oil by the 桶 in 箱 of 4 or 6, rice and flour by the 袋 (kg; customers say 斤), sauces by the 瓶 in 箱,
// instant noodles by the 箱 only. Written after every other set was read, and scored once before any change.
shop('grocery', '698', ['A', 'B'], (add) => {
  for (const [sku, name, brand, aliases, vol, perCase, price, stock] of [
    ['JLY-TH-5L', '食用调和油', '金龙鱼', ['调和油', '食用油', '油'], '5L', 4, 62, 200],
    ['JLY-HS-5L', '花生油', '金龙鱼', ['花生油', '油'], '5L', 4, 98, 120],
    ['LH-HS-5L', '5S压榨一级花生油', '鲁花', ['花生油', '压榨花生油', '油'], '5L', 4, 139, 80],
    ['LH-HS-18', '5S压榨一级花生油', '鲁花', ['花生油', '压榨花生油', '油'], '1.8L', 6, 56, 90],
  ])
    add({
      sku,
      name,
      category: '食用油',
      brand,
      aliases,
      specs: { 容量: vol },
      unit: '桶',
      unitAliases: ['瓶'],
      conversions: { 箱: perCase },
      price,
      stock,
    });
  for (const [weight, price, stock] of [
    ['10kg', 56, 150],
    ['25kg', 132, 60],
  ])
    add({
      sku: `FLM-DM-${weight.replace('kg', '')}`,
      name: '东北大米',
      category: '大米',
      brand: '福临门',
      aliases: ['大米', '米', '东北米'],
      specs: { 规格: weight },
      unit: '袋',
      unitAliases: ['包'],
      price,
      stock,
    });
  add({
    sku: 'XX-MF-25',
    name: '小麦粉',
    category: '面粉',
    brand: '香雪',
    aliases: ['面粉', '白面', '面'],
    specs: { 规格: '25kg', 类型: '通用' },
    unit: '袋',
    unitAliases: ['包'],
    price: 98,
    stock: 50,
  });
  add({
    sku: 'JSH-GJ-5',
    name: '高筋小麦粉',
    category: '面粉',
    brand: '金沙河',
    aliases: ['面粉', '高筋粉', '面包粉'],
    specs: { 规格: '5kg', 类型: '高筋' },
    unit: '袋',
    unitAliases: ['包'],
    price: 32,
    stock: 100,
  });
  for (const [sku, name, aliases, spec, perCase, price, stock] of [
    ['HT-SC-19', '味极鲜生抽', ['生抽', '酱油', '味极鲜'], '1.9L', 6, 21, 300],
    ['HT-SC-500', '味极鲜生抽', ['生抽', '酱油', '味极鲜'], '500ml', 12, 7.5, 400],
    ['HT-LC-19', '红烧老抽', ['老抽', '酱油'], '1.9L', 6, 22, 200],
    ['HT-HY-700', '蚝油', ['蚝油'], '700g', 12, 12, 300],
    ['HT-CU-19', '古道料酒', ['料酒', '黄酒'], '1.9L', 6, 14, 18],
  ])
    add({
      sku,
      name,
      category: '调味品',
      brand: '海天',
      aliases,
      specs: { 规格: spec },
      unit: '瓶',
      unitAliases: ['桶', '壶'],
      conversions: { 箱: perCase },
      price,
      stock,
    });
  add({
    sku: 'LGM-DC-280',
    name: '风味豆豉油制辣椒',
    category: '调味品',
    brand: '老干妈',
    aliases: ['老干妈', '辣椒酱', '豆豉'],
    specs: { 规格: '280g' },
    unit: '瓶',
    conversions: { 箱: 24 },
    price: 11,
    stock: 480,
  });
  add({
    sku: 'TTL-JJ-1K',
    name: '鸡精',
    category: '调味品',
    brand: '太太乐',
    aliases: ['鸡精'],
    specs: { 规格: '1kg' },
    unit: '袋',
    unitAliases: ['包'],
    conversions: { 箱: 10 },
    price: 36,
    stock: 200,
  });
  add({
    sku: 'ZY-JZY-400',
    name: '精制食用盐',
    category: '调味品',
    brand: '中盐',
    aliases: ['盐', '食盐', '精盐'],
    specs: { 规格: '400g' },
    unit: '袋',
    unitAliases: ['包'],
    conversions: { 箱: 50 },
    price: 2.5,
    stock: 1000,
  });
  for (const [weight, unit, price, stock] of [
    ['1kg', '袋', 8.5, 300],
    ['50斤', '袋', 185, 30],
  ])
    add({
      sku: `TY-BST-${weight === '1kg' ? '1' : '25'}`,
      name: '白砂糖',
      category: '副食',
      brand: '太古',
      aliases: ['白糖', '砂糖', '糖'],
      specs: { 规格: weight },
      unit,
      unitAliases: ['包'],
      price,
      stock,
    });
  for (const [flavour, code] of [
    ['红烧牛肉', 'HS'],
    ['老坛酸菜', 'SC'],
  ])
    for (const [pack, pcode, spec, price] of [
      ['袋装', 'D', '24袋/箱', 58],
      ['桶装', 'T', '12桶/箱', 48],
    ])
      add({
        sku: `KSF-${code}-${pcode}`,
        name: `${flavour}面`,
        category: '方便面',
        brand: '康师傅',
        aliases: ['方便面', '泡面', `${flavour}面`],
        specs: { 口味: flavour, 包装: pack, 规格: spec },
        unit: '箱',
        unitAliases: ['件'],
        price,
        stock: code === 'SC' && pcode === 'T' ? 8 : 100,
      });
  add({
    sku: 'SH-HTC-WZW',
    name: '王中王火腿肠',
    category: '副食',
    brand: '双汇',
    aliases: ['火腿肠', '王中王', '火腿'],
    specs: { 规格: '30g*10支' },
    unit: '包',
    unitAliases: ['袋'],
    conversions: { 箱: 20 },
    price: 13,
    stock: 200,
  });
  add({
    sku: 'JSH-GM-1K',
    name: '鸡蛋挂面',
    category: '面条',
    brand: '金沙河',
    aliases: ['挂面', '面条'],
    specs: { 规格: '1kg' },
    unit: '把',
    unitAliases: ['包', '袋'],
    conversions: { 箱: 10 },
    price: 9,
    stock: 300,
  });
});

// 包装耗材: cartons by 号 and 层, tape by 宽度 (4.5cm / 6cm), stretch film by 宽度 and 重量, bubble wrap, woven and
// courier bags by size. Written with grocery, scored once before any change.
shop('packaging', '699', ['老客户', '批发'], (add) => {
  for (const [no, size, layers, price, stock] of [
    ['1号', '530*290*370', '5层', 4.8, 600],
    ['1号', '530*290*370', '3层', 3.2, 600],
    ['3号', '430*210*270', '5层', 2.6, 800],
    ['3号', '430*210*270', '3层', 1.7, 800],
    ['5号', '290*170*190', '3层', 0.9, 1500],
    ['7号', '230*130*160', '3层', 0.6, 90],
  ])
    add({
      sku: `ZX-${no.replace('号', '')}-${layers.replace('层', '')}`,
      name: '邮政纸箱',
      category: '纸箱',
      aliases: ['纸箱', '快递箱', '纸盒', '箱子'],
      specs: { 型号: no, 尺寸: size, 层数: layers },
      unit: '个',
      unitAliases: ['只'],
      conversions: { 捆: 20 },
      price,
      stock,
      noBarcode: true,
    });
  for (const [kind, code, width, price] of [
    ['透明', 'TM', '4.5cm', 3.5],
    ['透明', 'TM', '6cm', 4.8],
    ['米黄', 'MH', '4.5cm', 3.8],
  ])
    add({
      sku: `JD-${code}-${width.replace(/[.cm]/g, '')}`,
      name: `${kind}封箱胶带`,
      category: '胶带',
      brand: '永大',
      aliases: ['胶带', '封箱胶', '封箱带', '透明胶'].filter((a) => kind === '透明' || a !== '透明胶'),
      specs: { 宽度: width, 长度: '100米', 颜色: kind },
      unit: '卷',
      unitAliases: ['筒'],
      conversions: { 箱: 48 },
      price,
      stock: 2000,
    });
  for (const [weight, price] of [
    ['3kg', 32],
    ['5kg', 50],
  ])
    add({
      sku: `CRM-50-${weight.replace('kg', '')}`,
      name: '缠绕膜',
      category: '膜',
      aliases: ['缠绕膜', '拉伸膜', '打包膜'],
      specs: { 宽度: '50cm', 重量: weight },
      unit: '卷',
      conversions: { 箱: 6 },
      price,
      stock: 300,
      noBarcode: true,
    });
  for (const [width, price] of [
    ['60cm', 38],
    ['100cm', 62],
  ])
    add({
      sku: `QPM-${width.replace('cm', '')}`,
      name: '气泡膜',
      category: '膜',
      aliases: ['气泡膜', '气泡垫', '泡泡纸', '泡泡膜'],
      specs: { 宽度: width, 长度: '50米' },
      unit: '卷',
      price,
      stock: 120,
      noBarcode: true,
    });
  for (const [size, colour, price] of [
    ['60*100', '白色', 0.75],
    ['80*120', '白色', 1.1],
    ['80*120', '绿色', 1.1],
  ])
    add({
      sku: `BZD-${size.replace('*', 'X')}-${colour === '白色' ? 'W' : 'G'}`,
      name: '编织袋',
      category: '袋',
      aliases: ['编织袋', '蛇皮袋', '麻袋'],
      specs: { 尺寸: size, 颜色: colour },
      unit: '个',
      unitAliases: ['条', '只'],
      conversions: { 捆: 100 },
      price,
      stock: 5000,
      noBarcode: true,
    });
  for (const [size, price] of [
    ['25*35', 0.12],
    ['38*52', 0.25],
  ])
    add({
      sku: `KDD-${size.replace('*', 'X')}`,
      name: '快递袋',
      category: '袋',
      aliases: ['快递袋', '防水袋', '物流袋'],
      specs: { 尺寸: size, 颜色: '灰色' },
      unit: '个',
      conversions: { 包: 100 },
      price,
      stock: 20000,
      noBarcode: true,
    });
  add({
    sku: 'DBD-PP-W',
    name: 'PP打包带',
    category: '打包带',
    aliases: ['打包带', '捆扎带', '包装带'],
    specs: { 宽度: '1.2cm', 重量: '10kg', 颜色: '白色' },
    unit: '卷',
    price: 55,
    stock: 40,
    noBarcode: true,
  });
  add({
    sku: 'FXQ-6',
    name: '封箱器',
    category: '工具',
    aliases: ['封箱器', '胶带切割器', '打包器'],
    specs: { 适用宽度: '6cm' },
    unit: '个',
    unitAliases: ['把'],
    price: 9,
    stock: 60,
    noBarcode: true,
  });
});

// 汽配: engine oil by 粘度 and 容量 (a 箱 of 4 or 12), coolant by 冰点 and 颜色, wipers in 寸, tyres by 规格,
// spark plugs sold by the 支 in a 盒 of 4, brake pads by 位置.
shop('autoparts', '700', ['会员', '修理厂'], (add) => {
  for (const [brand, code, grade, size, price, perCase] of [
    ['壳牌', 'SH', '5W-30', '4L', 168, 4],
    ['壳牌', 'SH', '5W-40', '4L', 188, 4],
    ['壳牌', 'SH', '5W-30', '1L', 48, 12],
    ['美孚', 'MB', '5W-30', '4L', 215, 4],
    ['美孚', 'MB', '0W-20', '4L', 265, 4],
  ])
    add({
      sku: `OIL-${code}-${grade.replace('-', '')}-${size}`,
      name: `${brand}全合成机油`,
      category: '机油',
      brand,
      aliases: ['机油', '全合成机油', '合成油'],
      specs: { 粘度: grade, 容量: size },
      unit: '桶',
      unitAliases: ['瓶'],
      conversions: { 箱: perCase },
      price,
      stock: size === '1L' ? 240 : 120,
    });
  for (const [point, colour, price] of [
    ['-25℃', '绿色', 42],
    ['-40℃', '绿色', 55],
    ['-40℃', '红色', 58],
  ])
    add({
      sku: `COOL-${point.replace(/[-℃]/g, '')}-${colour === '绿色' ? 'G' : 'R'}`,
      name: '长效防冻液',
      category: '防冻液',
      brand: '固特',
      aliases: ['防冻液', '冷却液', '水箱宝'],
      specs: { 冰点: point, 颜色: colour, 容量: '4kg' },
      unit: '桶',
      conversions: { 箱: 4 },
      price,
      stock: 200,
    });
  for (const [point, price] of [
    ['0℃', 36],
    ['-15℃', 52],
  ])
    add({
      sku: `GW-${point.replace(/[-℃]/g, '')}`,
      name: '汽车玻璃水',
      category: '玻璃水',
      brand: '固特',
      aliases: ['玻璃水', '雨刷精'],
      specs: { 冰点: point, 容量: '2L*8瓶' },
      unit: '箱',
      unitAliases: ['件'],
      price,
      stock: 150,
    });
  for (const size of ['16寸', '18寸', '20寸', '22寸', '24寸', '26寸'])
    add({
      sku: `WIPER-${size.replace('寸', '')}`,
      name: '无骨雨刮片',
      category: '雨刮',
      brand: '博世',
      aliases: ['雨刮', '雨刷', '雨刮器', '雨刷片'],
      specs: { 尺寸: size },
      unit: '支',
      unitAliases: ['根', '条'],
      conversions: { 对: 2 },
      price: 28 + Number(size.replace('寸', '')),
      stock: size === '26寸' ? 12 : 300,
    });
  for (const [spec, price, stock] of [
    ['205/55R16', 420, 40],
    ['195/65R15', 360, 40],
    ['215/60R17', 520, 6],
  ])
    add({
      sku: `TYRE-${spec.replace(/[/R]/g, '')}`,
      name: '轮胎',
      category: '轮胎',
      brand: '米其林',
      aliases: ['轮胎', '胎', '车胎'],
      specs: { 规格: spec },
      unit: '条',
      unitAliases: ['个', '只'],
      price,
      stock,
      noBarcode: true,
    });
  for (const [model, price] of [
    ['K6RTC', 18],
    ['ILKAR7', 62],
  ])
    add({
      sku: `PLUG-${model}`,
      name: model.startsWith('I') ? '铱金火花塞' : '镍合金火花塞',
      category: '火花塞',
      brand: 'NGK',
      aliases: ['火花塞', model.startsWith('I') ? '铱金' : '普通火花塞'],
      specs: { 型号: model },
      unit: '支',
      unitAliases: ['个'],
      conversions: { 盒: 4 },
      price,
      stock: 400,
    });
  for (const [place, price] of [
    ['前', 168],
    ['后', 138],
  ])
    add({
      sku: `PAD-${place === '前' ? 'F' : 'R'}`,
      name: '陶瓷刹车片',
      category: '刹车片',
      brand: '布雷博',
      aliases: ['刹车片', '刹车皮', '来令片'],
      specs: { 位置: `${place}轮` },
      unit: '套',
      price,
      stock: 60,
    });
  for (const [kind, price] of [
    ['机油格', 22],
    ['空气格', 35],
    ['空调格', 30],
  ])
    add({
      sku: `FLT-${{ 机油格: 'OIL', 空气格: 'AIR', 空调格: 'AC' }[kind]}`,
      name: { 机油格: '机油滤芯', 空气格: '空气滤芯', 空调格: '空调滤芯' }[kind],
      category: '滤芯',
      brand: '曼牌',
      aliases: [kind, { 机油格: '机滤', 空气格: '空滤', 空调格: '空调滤' }[kind]],
      specs: {},
      unit: '个',
      price,
      stock: 300,
    });
  for (const [colour, price] of [
    ['黑色', 12],
    ['灰色', 12],
  ])
    add({
      sku: `TAPE-${colour === '黑色' ? 'B' : 'G'}`,
      name: '汽车电工胶布',
      category: '胶布',
      brand: '3M',
      aliases: ['电工胶布', '绝缘胶布', '胶布'],
      specs: { 颜色: colour },
      unit: '卷',
      conversions: { 筒: 10 },
      price,
      stock: 500,
    });
});

// 文具办公: pens by 颜色 and 笔尖 sold by the 盒 of 12, copy paper by 克重 sold by the 包 (箱 of 5), folders by 颜色,
// staples by 型号, notebooks by 尺寸, sticky notes, tape measures by 长度, scissors in 寸.
shop('stationery', '701', ['学校', '批发'], (add) => {
  for (const [colour, code] of [
    ['黑色', 'K'],
    ['红色', 'R'],
    ['蓝色', 'B'],
  ])
    for (const tip of ['0.5mm', '0.38mm'])
      add({
        sku: `PEN-${code}-${tip.replace(/[.m]/g, '')}`,
        name: '中性笔',
        category: '笔',
        brand: '晨光',
        aliases: ['中性笔', '水笔', '签字笔', '碳素笔'],
        specs: { 颜色: colour, 笔尖: tip },
        unit: '盒',
        conversions: { 支: 1 / 12, 箱: 40 },
        price: tip === '0.5mm' ? 18 : 20,
        stock: 300,
      });
  for (const [weight, price] of [
    ['70g', 21],
    ['80g', 25],
  ])
    add({
      sku: `A4-${weight}`,
      name: 'A4复印纸',
      category: '纸',
      brand: '得力',
      aliases: ['A4纸', '复印纸', '打印纸', '白纸'],
      specs: { 克重: weight, 尺寸: 'A4' },
      unit: '包',
      unitAliases: ['令'],
      conversions: { 箱: 5 },
      price,
      stock: weight === '80g' ? 400 : 600,
    });
  add({
    sku: 'A3-80g',
    name: 'A3复印纸',
    category: '纸',
    brand: '得力',
    aliases: ['A3纸', '复印纸', '打印纸'],
    specs: { 克重: '80g', 尺寸: 'A3' },
    unit: '包',
    unitAliases: ['令'],
    conversions: { 箱: 5 },
    price: 50,
    stock: 80,
  });
  for (const [colour, code] of [
    ['蓝色', 'B'],
    ['红色', 'R'],
    ['透明', 'T'],
  ])
    add({
      sku: `FOLDER-${code}`,
      name: '按扣文件袋',
      category: '文件袋',
      brand: '得力',
      aliases: ['文件袋', '资料袋', '档案袋'],
      specs: { 颜色: colour },
      unit: '个',
      unitAliases: ['只'],
      conversions: { 包: 10 },
      price: 1.2,
      stock: 2000,
    });
  for (const [width, price] of [
    ['35mm', 6.5],
    ['55mm', 8],
  ])
    add({
      sku: `BOXFILE-${width.replace('mm', '')}`,
      name: '档案盒',
      category: '档案盒',
      brand: '得力',
      aliases: ['档案盒', '文件盒', '资料盒'],
      specs: { 背宽: width, 颜色: '蓝色' },
      unit: '个',
      conversions: { 箱: 50 },
      price,
      stock: 500,
    });
  for (const [model, price] of [
    ['12#', 3],
    ['24/6', 2.5],
  ])
    add({
      sku: `STAPLE-${model.replace(/[#/]/g, '')}`,
      name: '订书钉',
      category: '订书',
      brand: '得力',
      aliases: ['订书钉', '钉书针', '订书针'],
      specs: { 型号: model },
      unit: '盒',
      conversions: { 箱: 100 },
      price,
      stock: 800,
    });
  add({
    sku: 'STAPLER-0414',
    name: '订书机',
    category: '订书',
    brand: '得力',
    aliases: ['订书机', '钉书机'],
    specs: { 型号: '0414' },
    unit: '个',
    price: 15,
    stock: 120,
  });
  for (const [size, price] of [
    ['A5', 4.5],
    ['B5', 6],
  ])
    add({
      sku: `NOTE-${size}`,
      name: '软抄本',
      category: '本子',
      brand: '晨光',
      aliases: ['笔记本', '本子', '软抄本', '记事本'],
      specs: { 尺寸: size, 页数: '60页' },
      unit: '本',
      conversions: { 包: 10 },
      price,
      stock: 1000,
    });
  for (const [colour, code] of [
    ['黄色', 'Y'],
    ['粉色', 'P'],
  ])
    add({
      sku: `STICKY-${code}`,
      name: '便利贴',
      category: '便签',
      brand: '3M',
      aliases: ['便利贴', '便签纸', '便签', '报事贴'],
      specs: { 颜色: colour, 尺寸: '76*76' },
      unit: '本',
      conversions: { 包: 12 },
      price: 3.5,
      stock: 600,
    });
  for (const [length, price] of [
    ['3米', 9],
    ['5米', 14],
    ['7.5米', 22],
  ])
    add({
      sku: `TAPE-${length.replace(/[.米]/g, '')}`,
      name: '钢卷尺',
      category: '测量',
      brand: '得力',
      aliases: ['卷尺', '钢尺', '盒尺'],
      specs: { 长度: length },
      unit: '把',
      unitAliases: ['个'],
      price,
      stock: 150,
    });
  for (const [mm, price] of [
    ['175mm', 6],
    ['200mm', 8],
  ])
    add({
      sku: `SCISSOR-${mm.replace('mm', '')}`,
      name: '办公剪刀',
      category: '剪刀',
      brand: '得力',
      aliases: ['剪刀', '剪子'],
      specs: { 长度: mm },
      unit: '把',
      price,
      stock: 200,
    });
  add({
    sku: 'GLUE-STICK',
    name: '固体胶',
    category: '胶',
    brand: '得力',
    aliases: ['固体胶', '胶棒'],
    specs: { 规格: '21g' },
    unit: '支',
    unitAliases: ['个'],
    conversions: { 盒: 12 },
    price: 2.5,
    stock: 900,
  });
  add({
    sku: 'CALC-837',
    name: '计算器',
    category: '计算器',
    brand: '得力',
    aliases: ['计算器', '计算机'],
    specs: { 型号: '837' },
    unit: '个',
    unitAliases: ['台'],
    price: 28,
    stock: 30,
  });
});

// 日化清洁: bin bags by 尺寸 by the 卷 (箱 of 50), dish soap by 容量 by the 瓶 (箱 of 12), tissue by the 提 of 10 包
// (a 箱 of 6 提), gloves by 尺码 by the 双 (打 of 12), mops, brooms, disinfectant by the 桶.
shop('cleaning', '702', ['酒店', '批发'], (add) => {
  for (const [size, colour, price] of [
    ['45*50', '黑色', 2.5],
    ['60*80', '黑色', 4],
    ['60*80', '绿色', 4.2],
    ['80*100', '黑色', 6.5],
  ])
    add({
      sku: `BAG-${size.replace('*', 'X')}-${colour === '黑色' ? 'K' : 'G'}`,
      name: '加厚垃圾袋',
      category: '垃圾袋',
      brand: '美丽雅',
      aliases: ['垃圾袋', '塑料袋'],
      specs: { 尺寸: size, 颜色: colour },
      unit: '卷',
      unitAliases: ['扎'],
      conversions: { 箱: 50 },
      price,
      stock: 1000,
    });
  for (const [brand, code, volume, price, perCase] of [
    ['白猫', 'BM', '1.5kg', 12, 8],
    ['白猫', 'BM', '500g', 5, 20],
    ['立白', 'LB', '1.5kg', 13.5, 8],
  ])
    add({
      sku: `DISH-${code}-${volume.replace('.', '')}`,
      name: `${brand}洗洁精`,
      category: '洗洁精',
      brand,
      aliases: ['洗洁精', '洗碗液', '洗涤灵'],
      specs: { 容量: volume },
      unit: '瓶',
      conversions: { 箱: perCase },
      price,
      stock: 400,
    });
  for (const [layers, price] of [
    ['3层', 16],
    ['4层', 19],
  ])
    add({
      sku: `TISSUE-${layers.replace('层', 'L')}`,
      name: '抽纸',
      category: '纸巾',
      brand: '清风',
      aliases: ['抽纸', '纸巾', '面巾纸'],
      specs: { 层数: layers, 包装: '10包/提' },
      unit: '提',
      conversions: { 箱: 6 },
      price,
      stock: 300,
    });
  add({
    sku: 'ROLL-27',
    name: '卷纸',
    category: '纸巾',
    brand: '维达',
    aliases: ['卷纸', '卫生纸', '厕纸'],
    specs: { 规格: '27卷/提' },
    unit: '提',
    conversions: { 箱: 4 },
    price: 42,
    stock: 200,
  });
  for (const size of ['M', 'L', 'XL'])
    add({
      sku: `GLOVE-${size}`,
      name: '丁腈手套',
      category: '手套',
      brand: '英科',
      aliases: ['丁腈手套', '一次性手套', '手套'],
      specs: { 尺码: size },
      unit: '盒',
      conversions: { 箱: 10 },
      price: 35,
      stock: size === 'XL' ? 15 : 200,
    });
  for (const [size, price] of [
    ['L', 4.5],
    ['XL', 5],
  ])
    add({
      sku: `RUBBER-${size}`,
      name: '橡胶洗碗手套',
      category: '手套',
      brand: '妙洁',
      aliases: ['胶手套', '洗碗手套', '橡胶手套'],
      specs: { 尺码: size, 颜色: '红色' },
      unit: '双',
      unitAliases: ['副'],
      conversions: { 打: 12 },
      price,
      stock: 500,
    });
  for (const [kind, code, price] of [
    ['平板拖把', 'FLAT', 28],
    ['棉线拖把', 'COT', 15],
  ])
    add({
      sku: `MOP-${code}`,
      name: kind,
      category: '拖把',
      brand: '妙洁',
      aliases: ['拖把', kind === '平板拖把' ? '平拖' : '布拖把'],
      specs: {},
      unit: '把',
      price,
      stock: 80,
    });
  add({
    sku: 'BROOM-SET',
    name: '扫把簸箕套装',
    category: '扫把',
    brand: '妙洁',
    aliases: ['扫把', '扫帚', '簸箕'],
    specs: {},
    unit: '套',
    price: 25,
    stock: 60,
  });
  for (const [volume, price] of [
    ['500ml', 9.9],
    ['2.5L', 38],
  ])
    add({
      sku: `DISINF-${volume.replace('.', '')}`,
      name: '84消毒液',
      category: '消毒液',
      brand: '威露士',
      aliases: ['84消毒液', '消毒液', '84'],
      specs: { 容量: volume },
      unit: volume === '2.5L' ? '桶' : '瓶',
      conversions: { 箱: volume === '2.5L' ? 6 : 24 },
      price,
      stock: 240,
    });
  add({
    sku: 'SOAP-HAND',
    name: '洗手液',
    category: '洗手液',
    brand: '蓝月亮',
    aliases: ['洗手液'],
    specs: { 容量: '500g' },
    unit: '瓶',
    conversions: { 箱: 12 },
    price: 16,
    stock: 150,
  });
});

// 五金电动工具: adjustable wrenches by 长度 in mm (customers say 寸), pipe wrenches by 规格 in 寸, cutting and grinding
// discs by 直径 in mm (4寸 = 100mm) sold by the 片 in boxes of 50, drill bits by 直径, angle grinders by 功率.
shop('powertools', '703', ['老客户', '批发'], (add) => {
  for (const [mm, price] of [
    ['200mm', 22],
    ['250mm', 28],
    ['300mm', 38],
  ])
    add({
      sku: `WRENCH-${mm.replace('mm', '')}`,
      name: '活动扳手',
      category: '扳手',
      brand: '世达',
      aliases: ['活动扳手', '活扳手', '扳手'],
      specs: { 长度: mm },
      unit: '把',
      price,
      stock: 120,
    });
  for (const [inch, price] of [
    ['10寸', 35],
    ['14寸', 48],
    ['18寸', 66],
  ])
    add({
      sku: `PIPEW-${inch.replace('寸', '')}`,
      name: '管子钳',
      category: '管钳',
      brand: '世达',
      aliases: ['管钳', '管子钳', '水管钳'],
      specs: { 规格: inch },
      unit: '把',
      price,
      stock: 60,
    });
  for (const [kind, code, dia, price] of [
    ['切割片', 'CUT', '100mm', 1.5],
    ['切割片', 'CUT', '125mm', 2.2],
    ['磨光片', 'GRD', '100mm', 2],
  ])
    add({
      sku: `DISC-${code}-${dia.replace('mm', '')}`,
      name: `树脂${kind}`,
      category: '砂轮片',
      brand: '博世',
      aliases: [kind, kind === '切割片' ? '切片' : '打磨片', '砂轮片'],
      specs: { 直径: dia },
      unit: '片',
      conversions: { 盒: 50 },
      price,
      stock: 3000,
    });
  for (const [dia, price] of [
    ['6mm', 3],
    ['8mm', 4],
    ['10mm', 5.5],
    ['12mm', 7],
  ])
    add({
      sku: `BIT-${dia.replace('mm', '')}`,
      name: '四坑冲击钻头',
      category: '钻头',
      brand: '博世',
      aliases: ['冲击钻头', '钻头', '电锤钻头'],
      specs: { 直径: dia, 长度: '160mm' },
      unit: '支',
      unitAliases: ['根', '个'],
      conversions: { 盒: 10 },
      price,
      stock: dia === '12mm' ? 25 : 500,
    });
  for (const [power, price] of [
    ['720W', 199],
    ['1000W', 299],
  ])
    add({
      sku: `GRINDER-${power.replace('W', '')}`,
      name: '角磨机',
      category: '电动工具',
      brand: '东成',
      aliases: ['角磨机', '磨光机', '手砂轮'],
      specs: { 功率: power },
      unit: '台',
      unitAliases: ['个', '把'],
      price,
      stock: 30,
    });
  add({
    sku: 'HAMMER-26',
    name: '电锤',
    category: '电动工具',
    brand: '东成',
    aliases: ['电锤', '冲击锤'],
    specs: { 型号: '26', 功率: '800W' },
    unit: '台',
    unitAliases: ['个', '把'],
    price: 329,
    stock: 20,
  });
  for (const [colour, price] of [
    ['黑色', 3.5],
    ['白色', 3.5],
  ])
    add({
      sku: `CABLETIE-${colour === '黑色' ? 'K' : 'W'}`,
      name: '尼龙扎带',
      category: '扎带',
      aliases: ['扎带', '束线带', '尼龙扎带'],
      specs: { 规格: '4*200', 颜色: colour, 包装: '100根/包' },
      unit: '包',
      price,
      stock: 400,
      noBarcode: true,
    });
});
