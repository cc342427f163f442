import { describe, expect, it } from '@jest/globals';
import { createMatcher, type MatchResult } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/**
 * The trade's words of more trades (catalog/trade-lexicon-goods.ts, -industry.ts, -values.ts): a drug's common name
 * for its generic one, a chemical's trade name, a sign maker's board, a greengrocer's regional names, a printing
 * ink's colour said the everyday way, a developer's strength in vol, a glove's size in words, a hose's layers.
 * Each shop is made up; each test also says a near word of another thing that must not be read as the product.
 */
function sku(result: MatchResult): string {
  if (result.kind !== 'matched') throw new Error(`expected a match, got ${result.kind}`);
  return result.product.sku;
}

function skusOf(result: MatchResult): string[] {
  return result.kind === 'matched'
    ? [result.product.sku]
    : result.kind === 'ambiguous'
      ? ['(ambiguous)']
      : [];
}

/** A clinic supplier: tablets by the box, solutions by the bottle. */
function clinicSupplier(): Product[] {
  return [
    testProduct({ sku: 'APAP', name: '对乙酰氨基酚片', specs: { 规格: '0.5g*100片' }, unit: '瓶' }),
    testProduct({ sku: 'IODINE-TINCTURE', name: '碘酊', specs: { 容量: '500ml' }, unit: '瓶' }),
    testProduct({ sku: 'BERBERINE', name: '盐酸小檗碱片', specs: { 规格: '0.1g*100片' }, unit: '瓶' }),
    testProduct({ sku: 'SALINE', name: '氯化钠注射液', specs: { 容量: '250ml' }, unit: '瓶' }),
  ];
}

/** A water-treatment chemicals dealer: caustic soda in flakes, chlorine tablets, soda ash. */
function waterTreatment(): Product[] {
  return [
    testProduct({ sku: 'NAOH', name: '氢氧化钠(片状)', specs: { 含量: '99%' }, unit: '袋' }),
    testProduct({ sku: 'TCCA', name: '三氯异氰尿酸', specs: { 形态: '片剂' }, unit: '桶' }),
    testProduct({ sku: 'SODA-ASH', name: '纯碱', specs: { 类型: '轻质' }, unit: '袋' }),
  ];
}

/** A pig-farm supplier's vet counter: one vaccine, injections spelled 注射液 only. */
function pigFarmCounter(): Product[] {
  return [
    testProduct({ sku: 'CSF', name: '猪瘟活疫苗', specs: { 头份: '20头份' }, unit: '瓶' }),
    ...['10ml', '100ml'].map((volume) =>
      testProduct({
        sku: `AST-${volume}`,
        name: '黄芪多糖注射液',
        category: '注射液',
        specs: { 容量: volume },
        unit: '瓶',
      }),
    ),
    testProduct({ sku: 'ALB', name: '阿苯达唑片', specs: { 规格: '0.5g' }, unit: '瓶' }),
  ];
}

/** A sign maker's board counter. */
function signBoards(): Product[] {
  return ['3mm', '5mm'].flatMap((thickness) => [
    testProduct({ sku: `PVC-${thickness}`, name: 'PVC发泡板', specs: { 厚度: thickness }, unit: '张' }),
    testProduct({ sku: `ACR-${thickness}`, name: '亚克力板', specs: { 厚度: thickness }, unit: '张' }),
  ]);
}

/** A greengrocer of the north. */
function greengrocer(): Product[] {
  return [
    testProduct({ sku: 'POTATO', name: '马铃薯', specs: { 等级: '统货' }, unit: '斤' }),
    testProduct({ sku: 'TOMATO', name: '西红柿', specs: { 等级: '统货' }, unit: '斤' }),
    testProduct({ sku: 'CABBAGE', name: '卷心菜', specs: { 等级: '统货' }, unit: '斤' }),
  ];
}

/** A textile printer's ink corner beside canvas sold by colour. */
function inkAndCanvas(): Product[] {
  return [
    ...['青色', '品红', '黄色', '黑色'].map((colour) =>
      testProduct({ sku: `INK-${colour}`, name: '热转印墨水', specs: { 颜色: colour }, unit: '瓶' }),
    ),
    ...['藏青', '红色'].map((colour) =>
      testProduct({ sku: `CANVAS-${colour}`, name: '帆布', specs: { 颜色: colour }, unit: '米' }),
    ),
  ];
}

/** A barber-supply stall: developer by strength, gloves by size. */
function barberSupply(): Product[] {
  return [
    ...['6%', '9%', '12%'].map((strength) =>
      testProduct({ sku: `DEV-${strength}`, name: '氧化乳', specs: { 浓度: strength }, unit: '瓶' }),
    ),
    ...['S', 'M', 'L', 'XL'].map((size) =>
      testProduct({ sku: `GLOVE-${size}`, name: '丁腈手套', specs: { 尺码: size }, unit: '盒' }),
    ),
  ];
}

/** A hose workshop: hydraulic hose by its layers. */
function hoseWorkshop(): Product[] {
  return ['2层钢丝编织', '4层钢丝缠绕'].map((layers) =>
    testProduct({
      sku: `HOSE-${layers}`,
      name: '液压胶管',
      specs: { 通径: 'DN19', 层数: layers },
      unit: '米',
    }),
  );
}

describe('Trade words of every trade', () => {
  it('reads a drug by its common name (扑热息痛, 碘酒, 黄连素, 生理盐水), never 碘伏 as 碘酊', () => {
    const engine = createDialogEngine({ products: clinicSupplier() });
    const turns = talkTo(engine, ['扑热息痛10瓶 碘酒5瓶 黄连素3瓶 生理盐水20瓶', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['APAP', 10],
      ['IODINE-TINCTURE', 5],
      ['BERBERINE', 3],
      ['SALINE', 20],
    ]);
    expect(skusOf(createMatcher(clinicSupplier())('碘伏'))).not.toEqual(['IODINE-TINCTURE']);
  });

  it('reads a chemical by its trade name (火碱 in a bracketed name, 强氯精), never 纯碱 as 烧碱', () => {
    const match = createMatcher(waterTreatment());
    expect(sku(match('火碱'))).toBe('NAOH');
    expect(sku(match('烧碱 99%'))).toBe('NAOH');
    expect(sku(match('强氯精'))).toBe('TCCA');
    expect(sku(match('纯碱'))).toBe('SODA-ASH');
    expect(skusOf(match('小苏打'))).toEqual([]);
  });

  it('reads a vet counter’s words (猪瘟苗, 黄芪多糖针, 丙硫咪唑), never 口蹄疫苗 as the 猪瘟 vaccine', () => {
    const engine = createDialogEngine({ products: pigFarmCounter() });
    const turns = talkTo(engine, ['猪瘟苗10瓶 黄芪多糖针100ml的5瓶 丙硫咪唑2瓶', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['CSF', 10],
      ['AST-100ml', 5],
      ['ALB', 2],
    ]);
    expect(skusOf(createMatcher(pigFarmCounter())('口蹄疫苗'))).not.toEqual(['CSF']);
  });

  it('reads a sign maker’s boards (雪弗板, 压克力), never 阳光板 as either', () => {
    const engine = createDialogEngine({ products: signBoards() });
    const turns = talkTo(engine, ['雪弗板5mm 10张 压克力3mm 4张', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['PVC-5mm', 10],
      ['ACR-3mm', 4],
    ]);
    expect(skusOf(createMatcher(signBoards())('阳光板 5mm'))).toEqual([]);
  });

  it('reads a greengrocer’s regional names (洋芋, 番茄, 包菜), never 红薯 as 马铃薯', () => {
    const engine = createDialogEngine({ products: greengrocer() });
    const turns = talkTo(engine, ['洋芋50斤 番茄20斤 包菜30斤', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['POTATO', 50],
      ['TOMATO', 20],
      ['CABBAGE', 30],
    ]);
    expect(skusOf(createMatcher(greengrocer())('红薯'))).toEqual([]);
  });

  it('reads 蓝 as an ink’s 青 and 红 as its 品红, never as a canvas colour', () => {
    const match = createMatcher(inkAndCanvas());
    expect(sku(match('热转印墨水 蓝色'))).toBe('INK-青色');
    expect(sku(match('墨水 红色'))).toBe('INK-品红');
    // the canvas's own 红色 stays the canvas's, and 藏蓝 is its 藏青
    expect(sku(match('帆布 红色'))).toBe('CANVAS-红色');
    expect(sku(match('帆布 藏蓝'))).toBe('CANVAS-藏青');
    expect(skusOf(match('帆布 蓝色'))).not.toEqual(['CANVAS-藏青']);
  });

  it('reads a developer’s strength in vol and a glove’s size in words, never 20vol as 9%', () => {
    const engine = createDialogEngine({ products: barberSupply() });
    const turns = talkTo(engine, ['显色乳 20vol 12瓶 丁腈手套大号5盒 加大号3盒', '确认']);
    expect(lineQtys(turns[1])).toEqual([
      ['DEV-6%', 12],
      ['GLOVE-L', 5],
      ['GLOVE-XL', 3],
    ]);
    const match = createMatcher(barberSupply());
    expect(sku(match('双氧奶 30vol'))).toBe('DEV-9%');
    expect(skusOf(match('双氧奶 20vol'))).not.toEqual(['DEV-9%']);
  });

  it('reads a hose by its layers said short (四缠, 两层编织), never 四缠 as the braided one', () => {
    const match = createMatcher(hoseWorkshop());
    expect(sku(match('高压油管 DN19 四缠'))).toBe('HOSE-4层钢丝缠绕');
    expect(sku(match('液压管 DN19 两层编织'))).toBe('HOSE-2层钢丝编织');
    expect(skusOf(match('液压胶管 DN19 四缠'))).not.toEqual(['HOSE-2层钢丝编织']);
  });
});
