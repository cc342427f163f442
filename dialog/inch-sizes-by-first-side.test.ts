import { describe, expect, it } from '@jest/globals';
import { createMatcher } from '../catalog/matcher.js';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** Made-up abrasives: cut-off wheels by diameter*thickness*bore in mm, flap discs by diameter*bore, sold by the 片. */
function abrasives(): Product[] {
  const sizes: [string, string, string][] = [
    ['CUT-105', '树脂切割片', '105*1.2*16'],
    ['CUT-125', '树脂切割片', '125*1.2*22'],
    ['CUT-355', '树脂切割片', '355*3.0*25.4'],
    ['FLAP-100', '百叶片', '100*16'],
    ['FLAP-180', '百叶片', '180*22'],
  ];
  return sizes.map(([sku, name, size]) => testProduct({ sku, name, specs: { 尺寸: size }, unit: '片' }));
}

/** Made-up woodworking saw blades: diameter*bore*teeth, sold by the 片. */
function sawBlades(): Product[] {
  return ['184*25.4*40T', '254*30*60T', '305*30*100T'].map((size) =>
    testProduct({
      sku: `SAW-${size.split('*')[0]}`,
      name: '合金圆锯片',
      aliases: ['锯片'],
      specs: { 规格: size },
      unit: '片',
    }),
  );
}

/** Made-up make-up mirrors: diameter*thickness in mm, sold by the 面. */
function mirrors(): Product[] {
  return ['406*50', '508*50', '610*50'].map((size) =>
    testProduct({
      sku: `MIR-${size.split('*')[0]}`,
      name: '圆形化妆镜',
      aliases: ['化妆镜'],
      specs: { 直径厚度: size },
      unit: '面',
    }),
  );
}

const first = (products: Product[], message: string) =>
  lineQtys(talkTo(createDialogEngine({ products, matcher: createMatcher(products) }), [message])[0]);

describe('A size said in 寸 for a size whose first side is in millimetres', () => {
  it('reads 4寸 / 5寸 / 14寸 as the disc whose diameter is within 5% of that inch', () => {
    expect(first(abrasives(), '4寸切割片 50片')).toEqual([['CUT-105', 50]]);
    expect(first(abrasives(), '5寸切割片 20片')).toEqual([['CUT-125', 20]]);
    expect(first(abrasives(), '14寸切割片 10片')).toEqual([['CUT-355', 10]]);
    expect(first(abrasives(), '百叶片 7寸 10片')).toEqual([['FLAP-180', 10]]);
  });

  it('reads a saw blade said in 寸 the same way', () => {
    expect(first(sawBlades(), '10寸锯片 3片')).toEqual([['SAW-254', 3]]);
    expect(first(sawBlades(), '12寸的锯片 2片')).toEqual([['SAW-305', 2]]);
  });

  it('reads a round mirror said in 寸 by its diameter', () => {
    expect(first(mirrors(), '化妆镜 20寸 4面')).toEqual([['MIR-508', 4]]);
    expect(first(mirrors(), '16寸的化妆镜 2面')).toEqual([['MIR-406', 2]]);
  });
});
