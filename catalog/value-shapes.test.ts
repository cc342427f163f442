import { describe, expect, it } from '@jest/globals';
import { createMatcher } from './matcher.js';
import { testProduct } from './catalog-test-kit.js';

const product = (sku: string, name: string, specs: Record<string, string>, unit: string) =>
  testProduct({ sku, name, specs, unit, stock: 100 });

describe('Compound values said with other separators', () => {
  const tubes = createMatcher([
    product('A', '轮胎', { 规格: '185/70R14' }, '条'),
    product('B', '轮胎', { 规格: '175/65R14' }, '条'),
  ]);

  it('reads digit groups split by spaces, slashes or dashes, or run together, as the one value they fit', () => {
    for (const said of ['185 70 14', '185-70-14', '185/70/14', '1857014'])
      expect(tubes.analyze(`${said} 轮胎`).text).toBe('185/70r14 轮胎');
  });

  it('keeps the letters the customer says around the groups', () => {
    const bolts = createMatcher([product('M', '膨胀螺丝', { 规格: 'M12*120' }, '个')]);
    expect(bolts.analyze('膨胀螺丝 M12 120').text).toBe('膨胀螺丝 m12*120');
  });

  it('leaves a count said before the groups alone', () => {
    expect(tubes.analyze('内胎3 175 65 14').text).toBe('内胎3 175/65r14');
  });

  it('leaves the groups as said when two values fit or a group is cut in two', () => {
    const twins = createMatcher([
      product('A', '垫片', { 规格: '12-345' }, '个'),
      product('B', '垫片', { 规格: '123-45' }, '个'),
    ]);
    expect(twins.analyze('12345 垫片').text).toBe('12345 垫片');
    expect(tubes.analyze('18 57 014 轮胎').text).toBe('18 57 014 轮胎');
  });
});

describe('Values read by their shape', () => {
  /** A made-up steel yard: square tube by side*side*wall, the wall written with one decimal. */
  const steel = createMatcher([
    product('S1', '方管', { 规格: '30*30*1.5' }, '支'),
    product('S2', '方管', { 规格: '30*30*2.0' }, '支'),
    product('S3', '方管', { 规格: '50*50*2.5' }, '支'),
  ]);
  /** A made-up tyre counter: car tyres by width/ratio R rim, truck tyres with a decimal rim. */
  const tyres = createMatcher([
    product('T1', '轮胎', { 规格: '185/60R15' }, '条'),
    product('T2', '轮胎', { 规格: '195/60R15' }, '条'),
    product('T3', '轮胎', { 规格: '185/65R14' }, '条'),
    product('T4', '轮胎', { 规格: '195/65R15' }, '条'),
    product('T5', '货车胎', { 规格: '11R22.5' }, '条'),
  ]);

  it('reads groups joined by 乘, x or × as numbers, a whole number for a wall written with a decimal', () => {
    for (const said of ['30乘30乘2', '30x30x2', '30×30×2.0', '30*30*2'])
      expect(steel.analyze(`方管 ${said} 10支`).text).toBe('方管 30*30*2.0 10支');
    expect(steel.analyze('50 50 2.5方管 3支').text).toBe('50*50*2.5方管 3支');
  });

  it('reads a value by two of its groups, one said in 寸, when only one value holds both', () => {
    expect(tyres.analyze('15寸的185 4条').text).toBe('185/60r15 4条');
    expect(tyres.analyze('185 15寸的 4条').text).toBe('185/60r15的 4条');
    expect(tyres.analyze('14寸的185 2条').text).toBe('185/65r14 2条');
  });

  it('leaves two groups that several values hold as said, to be asked about', () => {
    expect(tyres.analyze('15寸的195 4条').text).toBe('15寸的195 4条');
  });

  it('never takes a count said after the groups, nor a pair parted only by a space', () => {
    expect(tyres.analyze('185 60 15 4条').text).toBe('185/60r15 4条');
    expect(tyres.analyze('185 15 4条').text).toBe('185 15 4条');
    expect(tyres.analyze('货车胎 11 22.5 10条').text).toBe('货车胎 11r22.5 10条');
  });
});

describe('A number after 的', () => {
  /** A made-up fruit stall: pears by origin, 果径 in mm and grade, sold by the 斤 and the 件 of 20斤. */
  const pears = createMatcher([
    {
      ...product('P1', '库尔勒香梨', { 产地: '库尔勒', 果径: '60mm', 等级: '一级' }, '斤'),
      conversions: { 件: 20 },
    },
    {
      ...product('P2', '库尔勒香梨', { 产地: '库尔勒', 果径: '65mm', 等级: '一级' }, '斤'),
      conversions: { 件: 20 },
    },
    {
      ...product('P3', '砀山香梨', { 产地: '砀山', 果径: '65mm', 等级: '二级' }, '斤'),
      conversions: { 件: 20 },
    },
  ]);

  it('is a value when the value word before 的 names products that carry it', () => {
    const analysis = pears.analyze('库尔勒的60');
    expect(analysis.quantities).toEqual([]);
    expect(analysis.mentions.map((mention) => mention.text)).toEqual(['库尔勒', '60']);
  });

  it('is a value when the message says its count with a unit', () => {
    expect(pears.analyze('3件 香梨的65').quantities.map((q) => q.raw)).toEqual(['3件']);
  });

  it('stays a count otherwise', () => {
    expect(pears.analyze('香梨的30').quantities.map((q) => q.value)).toEqual([30]);
    expect(pears.analyze('库尔勒的20').quantities.map((q) => q.value)).toEqual([20]);
  });

  it('reads a grade glued to the size before it as the grade', () => {
    const analysis = pears.analyze('砀山65二级 2件');
    expect(analysis.mentions.map((mention) => mention.text)).toEqual(['砀山', '65', '2级']);
  });
});

describe('A lettered model code said by its digits', () => {
  /** A made-up pneumatic counter: push-in fittings by a code of kind letters, tube size and thread. */
  const fittings = createMatcher([
    product('KC6-02', '直通', { 型号: 'KC6-02' }, '个'),
    product('KC10-03', '直通', { 型号: 'KC10-03' }, '个'),
    product('KL6-02', '弯头', { 型号: 'KL6-02' }, '个'),
  ]);

  it('reads the digits as one value of every code that has them', () => {
    const analysis = fittings.analyze('直通 6-02 10-03 各两包');
    expect(analysis.mentions.map((mention) => mention.text)).toEqual(['直通', '6-02', '10-03']);
    expect(analysis.mentions[1]!.ids.length).toBe(2);
  });

  it('lets the kind said pick the code, and asks when nothing does', () => {
    const sku = (text: string) => {
      const result = fittings(text);
      return result.kind === 'matched' ? result.product.sku : result.kind;
    };
    expect(sku('弯头 6-02')).toBe('KL6-02');
    expect(sku('6-02')).toBe('ambiguous');
  });
});
