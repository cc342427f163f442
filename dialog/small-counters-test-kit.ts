import type { Product } from '../catalog/product.js';
import { testProduct } from './dialog-test-kit.js';

/** A made-up nail-salon counter: gel polish by colour and bottle size. */
export function nailShop(): Product[] {
  const gel = (sku: string, colour: string, size: string) =>
    testProduct({
      sku,
      name: '美甲甲油胶',
      aliases: ['甲油胶'],
      specs: { 颜色: colour, 容量: size },
      unit: '瓶',
    });
  return [gel('N-R-15', '红色', '15ml'), gel('N-P-15', '粉色', '15ml'), gel('N-W-8', '白色', '8ml')];
}

/** A made-up optician's counter: resin lenses by index and coating; 1.67 comes only with the blue coating. */
export function lensShop(): Product[] {
  const lens = (sku: string, index: string, coat: string) =>
    testProduct({
      sku,
      name: '树脂镜片',
      aliases: ['镜片'],
      specs: { 折射率: index, 膜层: coat },
      unit: '副',
    });
  return [lens('L-156-G', '1.56', '绿膜'), lens('L-160-G', '1.60', '绿膜'), lens('L-167-B', '1.67', '蓝膜')];
}

/** A made-up bedding counter: cotton bed sets by width and colour; 2.0 m comes only in blue. */
export function beddingShop(): Product[] {
  const set = (sku: string, size: string, colour: string) =>
    testProduct({
      sku,
      name: '纯棉四件套',
      aliases: ['四件套'],
      specs: { 尺寸: size, 颜色: colour },
      unit: '套',
    });
  return [set('S-15-GR', '1.5米', '灰色'), set('S-18-GR', '1.8米', '灰色'), set('S-20-BL', '2.0米', '蓝色')];
}
