import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up wallpaper counter: two brands of 墙纸 in two widths, and wallpaper paste. */
function wallpaperShop(): Product[] {
  const paper = (sku: string, brand: string, width: string, colour: string) =>
    testProduct({
      sku,
      name: `${brand}墙纸 ${width} ${colour}`,
      brand,
      category: '墙纸',
      aliases: ['墙纸', '壁纸'],
      specs: { 幅宽: width, 颜色: colour },
      unit: '卷',
    });
  return [
    paper('WP-YL-53-B', '玉兰', '0.53m', '米白'),
    paper('WP-YL-106-B', '玉兰', '1.06m', '米白'),
    paper('WP-YL-106-G', '玉兰', '1.06m', '浅灰'),
    paper('WP-RR-53-B', '柔然', '0.53m', '米白'),
    testProduct({
      sku: 'GLUE-5',
      name: '玉兰墙纸胶 5kg桶装',
      brand: '玉兰',
      aliases: ['墙纸胶', '胶浆'],
      specs: { 包装: '桶装', 规格: '5kg' },
      unit: '桶',
    }),
    testProduct({
      sku: 'GLUE-1',
      name: '玉兰墙纸胶 1kg袋装',
      brand: '玉兰',
      aliases: ['墙纸胶', '胶浆'],
      specs: { 包装: '袋装', 规格: '1kg' },
      unit: '袋',
    }),
  ];
}

/** A made-up fabric counter: cotton and polyester cloth by 幅宽, sold by the 米. */
function fabricShop(): Product[] {
  const cloth = (sku: string, kind: string, width: string) =>
    testProduct({
      sku,
      name: `鲁泰${kind}布 ${width}`,
      brand: '鲁泰',
      category: '布料',
      aliases: [`${kind}布`, '布料'],
      specs: { 材质: kind, 幅宽: width },
      unit: '米',
    });
  return [
    cloth('CL-MIAN-150', '纯棉', '150cm'),
    cloth('CL-MIAN-280', '纯棉', '280cm'),
    cloth('CL-DL-150', '涤纶', '150cm'),
  ];
}

/** A made-up spectacle-lens counter: one brand's lenses by 折射率, and lens cloths. */
function lensShop(): Product[] {
  const lens = (sku: string, index: string) =>
    testProduct({
      sku,
      name: `明月镜片 ${index}`,
      brand: '明月',
      category: '镜片',
      aliases: ['镜片'],
      specs: { 折射率: index },
      unit: '副',
    });
  return [
    lens('LENS-156', '1.56'),
    lens('LENS-160', '1.60'),
    lens('LENS-167', '1.67'),
    testProduct({ sku: 'CLOTH', name: '明月眼镜布', brand: '明月', aliases: ['眼镜布'], unit: '包' }),
  ];
}

const replyOf = (turn: { replies: string[] } | undefined) => (turn?.replies ?? []).join('\n');

describe('An item with words the engine does not read beside words the catalog knows', () => {
  it('asks among the products its known words fit, never says 没有 (wallpaper: a width said the trade way)', () => {
    const engine = createDialogEngine({ products: wallpaperShop() });
    const [first] = talkTo(engine, ['五三的玉兰墙纸 米白 20卷']);
    expect(replyOf(first)).not.toContain('没有');
    expect(replyOf(first)).toContain('五三');
    expect(lineQtys(first)).toEqual([]);
  });

  it('asks among a sold brand’s products that hold the unread word’s characters (lenses: 超薄片)', () => {
    const engine = createDialogEngine({ products: lensShop() });
    const turns = talkTo(engine, ['明月超薄片 2副', '确认']);
    expect(replyOf(turns[0])).not.toContain('没有');
    expect(turns[1]?.events.some((e) => e.type === 'confirmed')).toBe(false);
  });

  it('asks among a sold brand’s products when the word beside the brand is not read, and never confirms without it (cloth)', () => {
    const engine = createDialogEngine({ products: fabricShop() });
    const turns = talkTo(engine, ['鲁泰宽幅布 50米', '2']);
    expect(replyOf(turns[0])).not.toContain('没有');
    expect(lineQtys(turns[1])).toEqual([['CL-MIAN-280', 50]]);
  });

  it('offers the one product a wish in words fits (lenses: 想配1.60的镜片)', () => {
    const engine = createDialogEngine({ products: lensShop() });
    const [first, second] = talkTo(engine, ['我家孩子近视了 想配1.60的镜片 2副', '要']);
    expect(replyOf(first)).not.toContain('店里没有');
    expect(lineQtys(second)).toEqual([['LENS-160', 2]]);
  });

  it('still says 没有 for a brand the shop does not have, said of a product word (all three trades)', () => {
    expect(
      replyOf(talkTo(createDialogEngine({ products: wallpaperShop() }), ['欧雅墙纸 10卷'])[0]),
    ).toContain('没有');
    expect(replyOf(talkTo(createDialogEngine({ products: lensShop() }), ['依视路的镜片 2副'])[0])).toContain(
      '没有',
    );
    expect(replyOf(talkTo(createDialogEngine({ products: fabricShop() }), ['真丝布 10米'])[0])).toContain(
      '没有',
    );
  });
});
