import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up window-film counter: rolls by their width in metres, one width of 1.52米 among others. */
function windowFilmShop(): Product[] {
  const film = (sku: string, kind: string, width: string) =>
    testProduct({
      sku,
      name: '建筑玻璃膜',
      category: '玻璃膜',
      aliases: ['玻璃膜', `${kind}膜`],
      specs: { 类型: kind, 宽度: width, 长度: '30米' },
      unit: '卷',
    });
  return [
    film('BLM-GR-152', '隔热', '1.52米'),
    film('BLM-GR-122', '隔热', '1.22米'),
    film('BLM-FB-152', '防爆', '1.52米'),
    film('BLM-FB-183', '防爆', '1.83米'),
  ];
}

/** A made-up wallpaper counter: rolls 1.06米 wide and 0.53米 wide. */
function wallpaperShop(): Product[] {
  const paper = (sku: string, width: string) =>
    testProduct({
      sku,
      name: '无纺布墙纸',
      category: '墙纸',
      aliases: ['墙纸', '壁纸'],
      specs: { 宽度: width },
      unit: '卷',
    });
  return [paper('QZ-106', '1.06米'), paper('QZ-053', '0.53米')];
}

/** A made-up 3D-printing counter: filament by its diameter (1.75mm, 2.85mm) and material. */
function filamentShop(): Product[] {
  const reel = (sku: string, material: string, diameter: string) =>
    testProduct({
      sku,
      name: '3D打印耗材',
      category: '打印耗材',
      aliases: ['耗材', '打印丝'],
      specs: { 材料: material, 线径: diameter },
      unit: '卷',
    });
  return [
    reel('HC-PLA-175', 'PLA', '1.75mm'),
    reel('HC-PLA-285', 'PLA', '2.85mm'),
    reel('HC-PETG-175', 'PETG', '1.75mm'),
  ];
}

describe('A number said with the decimal point of the catalog value moved', () => {
  it('reads the digits of a width (152的) as the one width that has them (1.52米)', () => {
    const engine = createDialogEngine({ products: windowFilmShop() });
    expect(lineQtys(talkTo(engine, ['隔热膜 152的 3卷'])[0])).toEqual([['BLM-GR-152', 3]]);
    expect(lineQtys(talkTo(engine, ['防爆膜183的2卷'])[0])).toEqual([['BLM-FB-183', 2]]);
  });

  it('reads metres with their hundredths after 米 (1米52, 1米06) as the width', () => {
    expect(
      lineQtys(talkTo(createDialogEngine({ products: windowFilmShop() }), ['隔热膜1米22 4卷'])[0]),
    ).toEqual([['BLM-GR-122', 4]]);
    expect(
      lineQtys(talkTo(createDialogEngine({ products: wallpaperShop() }), ['墙纸 1米06的 10卷'])[0]),
    ).toEqual([['QZ-106', 10]]);
  });

  it('reads metres with their hundredths as the width side of a roll written width*length (1.52米*50米)', () => {
    const banner = (sku: string, size: string) =>
      testProduct({
        sku,
        name: '灯箱布',
        category: '灯箱布',
        aliases: ['喷绘布'],
        specs: { 规格: size },
        unit: '卷',
      });
    const engine = createDialogEngine({
      products: [banner('DX-152', '1.52米*50米'), banner('DX-32', '3.2米*50米')],
    });
    expect(lineQtys(talkTo(engine, ['灯箱布 1米52的 2卷'])[0])).toEqual([['DX-152', 2]]);
  });

  it('takes the digits as the answer to the width question', () => {
    const engine = createDialogEngine({ products: wallpaperShop() });
    const turns = talkTo(engine, ['墙纸 10卷', '106的']);
    expect(lineQtys(turns[1])).toEqual([['QZ-106', 10]]);
  });

  it('reads a diameter said without its point (175的) on filament, with the material', () => {
    const engine = createDialogEngine({ products: filamentShop() });
    expect(lineQtys(talkTo(engine, ['PETG耗材 175的 5卷'])[0])).toEqual([['HC-PETG-175', 5]]);
    expect(lineQtys(talkTo(engine, ['PLA耗材 285的 2卷'])[0])).toEqual([['HC-PLA-285', 2]]);
  });

  it('leaves digits with a unit after them a quantity, never a width', () => {
    const engine = createDialogEngine({ products: wallpaperShop() });
    const turns = talkTo(engine, ['墙纸 106卷']);
    expect(turns[0]!.replies.join('')).toContain('宽度');
    expect(lineQtys(turns[0])).toEqual([]);
  });
});
