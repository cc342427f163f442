import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { valuePartsOf } from '../catalog/value-parts.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up bedding counter: quilt covers whose size is a bed's name and its measure in one value. */
function beddingShop(): Product[] {
  const cover = (sku: string, fabric: string, size: string) =>
    testProduct({
      sku,
      name: '全棉被套',
      category: '被套',
      aliases: ['被套', '被罩'],
      specs: { 面料: fabric, 尺寸: size },
      unit: '条',
    });
  return [
    cover('BT-SR-40', '40支', '双人 200*230'),
    cover('BT-DR-40', '40支', '单人 150*200'),
    cover('BT-SR-60', '60支', '双人 200*230'),
    cover('BT-DR-60', '60支', '单人 150*200'),
    testProduct({ sku: 'ZT-1', name: '乳胶枕头', category: '枕头', specs: { 尺寸: '40*60' }, unit: '个' }),
  ];
}

/** A made-up workwear counter: a size letter with the height it fits in brackets. */
function workwearShop(): Product[] {
  const suit = (sku: string, size: string) =>
    testProduct({
      sku,
      name: '涤棉工作服',
      category: '工作服',
      aliases: ['工作服', '工装'],
      specs: { 颜色: '藏青', 尺码: size },
      unit: '套',
    });
  return [
    suit('GZ-M', 'M(170)'),
    suit('GZ-L', 'L(175)'),
    suit('GZ-XL', 'XL(180)'),
    suit('GZ-XXL', 'XXL(185)'),
  ];
}

/** A made-up glass counter: the kind of glass and its thickness written as one value, two kinds per thickness. */
function glassShop(): Product[] {
  const sheet = (sku: string, spec: string) =>
    testProduct({
      sku,
      name: '浮法玻璃',
      category: '玻璃',
      aliases: ['玻璃', '平板玻璃'],
      specs: { 规格: spec },
      unit: '平方',
    });
  return [
    sheet('BL-CB-5', '超白 5mm'),
    sheet('BL-PB-5', '普白 5mm'),
    sheet('BL-CB-8', '超白 8mm'),
    sheet('BL-PB-8', '普白 8mm'),
  ];
}

describe('valuePartsOf', () => {
  it('parts a value at spaces and brackets and keeps the word parts, not the sizes', () => {
    expect(valuePartsOf('大度 889*1194')).toEqual(['大度']);
    expect(valuePartsOf('CC型(钩钩)')).toEqual(['cc型', '钩钩']);
    expect(valuePartsOf('XL(180)')).toEqual(['xl']);
    expect(valuePartsOf('正度787*1092')).toEqual(['正度']);
  });

  it('gives nothing for a value of one part, or parts of one character', () => {
    expect(valuePartsOf('镀锌')).toEqual([]);
    expect(valuePartsOf('6*19')).toEqual([]);
    expect(valuePartsOf('白 5mm')).toEqual([]);
  });
});

describe('A value answers to each of its parts', () => {
  it('reads a bed name said in the first message as the size that holds it (双人 → 双人 200*230)', () => {
    const engine = createDialogEngine({ products: beddingShop() });
    const turns = talkTo(engine, ['60支被套 双人的 10条']);
    expect(lineQtys(turns[0])).toEqual([['BT-SR-60', 10]]);
    expect(turns[0]!.replies.join('')).not.toContain('没有');
  });

  it('takes the part as an answer to the question about its attribute', () => {
    const engine = createDialogEngine({ products: beddingShop() });
    const turns = talkTo(engine, ['40支被套 6条', '单人的']);
    expect(turns[0]!.replies.join('')).toContain('尺寸');
    expect(lineQtys(turns[1])).toEqual([['BT-DR-40', 6]]);
  });

  it('reads the letter of a size with its height in brackets (XL的 → XL(180)), and the height alone', () => {
    const engine = createDialogEngine({ products: workwearShop() });
    expect(lineQtys(talkTo(engine, ['工作服 XL的 20套'])[0])).toEqual([['GZ-XL', 20]]);
    expect(lineQtys(talkTo(engine, ['工作服 20套', 'xxl'])[1])).toEqual([['GZ-XXL', 20]]);
  });

  it('narrows to the values a part is shared by, and the rest of the message picks among them', () => {
    const engine = createDialogEngine({ products: glassShop() });
    expect(lineQtys(talkTo(engine, ['超白玻璃 8mm 30平方'])[0])).toEqual([['BL-CB-8', 30]]);
    const asked = talkTo(engine, ['超白玻璃 30平方', '5mm的']);
    expect(lineQtys(asked[0])).toEqual([]);
    expect(asked[0]!.replies.join('')).toMatch(/超白 5mm[\s\S]*超白 8mm/);
    expect(asked[0]!.replies.join('')).not.toContain('普白');
    expect(lineQtys(asked[1])).toEqual([['BL-CB-5', 30]]);
  });
});

/** A made-up heating-element counter: tubes by diameter, each also listed by a length code that holds a number. */
function heaterShop(): Product[] {
  const tube = (sku: string, diameter: string, code: string) =>
    testProduct({
      sku,
      name: '不锈钢电热管',
      category: '电热管',
      aliases: ['电热管', '加热管'],
      specs: { 管径: diameter, 规格: code },
      unit: '根',
    });
  return [tube('DR-8', '8mm', '10*300'), tube('DR-10', '10mm', '8*300'), tube('DR-12', '12mm', '8*400')];
}

/** A made-up hose counter: hoses by bore, each listed with its wall as bore*wall. */
function hoseShop(): Product[] {
  const hose = (sku: string, bore: string, size: string) =>
    testProduct({
      sku,
      name: '钢丝软管',
      category: '软管',
      aliases: ['软管'],
      specs: { 内径: bore, 规格: size },
      unit: '米',
    });
  return [hose('RG-16', '16mm', '16*3'), hose('RG-20', '20mm', '20*3'), hose('RG-25', '25mm', '25*16')];
}

describe('A lone number names the value it is before the values it is one group of', () => {
  it('reads 8的 as the 8mm tube, not the tubes whose length code holds an 8', () => {
    const engine = createDialogEngine({ products: heaterShop() });
    expect(lineQtys(talkTo(engine, ['电热管 8的 20根'])[0])).toEqual([['DR-8', 20]]);
  });

  it('reads 16的 as the 16mm hose beside a 25*16 size', () => {
    const engine = createDialogEngine({ products: hoseShop() });
    expect(lineQtys(talkTo(engine, ['软管 16的 50米'])[0])).toEqual([['RG-16', 50]]);
  });

  it('still asks when the number is only ever a group (300 of 10*300 and 8*300)', () => {
    const engine = createDialogEngine({ products: heaterShop() });
    expect(lineQtys(talkTo(engine, ['电热管 300的 20根'])[0])).toEqual([]);
  });
});

describe('A value written as a Han word and its code answers to either (丁腈NBR, 氟胶FKM, PU聚氨酯)', () => {
  /** Made-up counters: hydraulic seals by material, hoses by inner rubber, conveyor belts by cover. */
  const products: Product[] = [
    ...['氟胶FKM', '硅胶VMQ', '丁腈NBR'].map((material, i) =>
      testProduct({
        sku: `SEAL-${i}`,
        name: '油缸密封圈',
        aliases: ['密封圈'],
        specs: { 材质: material, 规格: '40*50*6' },
        unit: '个',
      }),
    ),
    testProduct({ sku: 'GLUE', name: '密封胶', aliases: ['胶'], unit: '支' }),
    ...['PU聚氨酯', 'PVC塑料'].map((material, i) =>
      testProduct({ sku: `BELT-${i}`, name: '输送带', specs: { 覆盖层: material }, unit: '米' }),
    ),
  ];
  const engine = createDialogEngine({ products });

  it('keeps both parts as words of the value', () => {
    expect(valuePartsOf('氟胶FKM')).toEqual(['氟胶', 'fkm']);
    expect(valuePartsOf('PU聚氨酯')).toEqual(['pu', '聚氨酯']);
  });

  it('reads the Han word as the value, never its last character as another product (胶 of 氟胶)', () => {
    expect(lineQtys(talkTo(engine, ['氟胶密封圈 40*50*6 20个'])[0])).toEqual([['SEAL-0', 20]]);
    expect(lineQtys(talkTo(engine, ['密封圈 40*50*6 硅胶的 10个'])[0])).toEqual([['SEAL-1', 10]]);
    expect(lineQtys(talkTo(engine, ['聚氨酯输送带 30米'])[0])).toEqual([['BELT-0', 30]]);
  });

  it('takes the word as the answer to the question about its attribute', () => {
    const turns = talkTo(engine, ['密封圈 40*50*6 要20个', '氟胶的']);
    expect(lineQtys(turns[1])).toEqual([['SEAL-0', 20]]);
  });
});
