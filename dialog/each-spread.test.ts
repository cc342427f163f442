import { describe, expect, it } from '@jest/globals';
import type { Product } from '../catalog/product.js';
import { createDialogEngine } from './dialog-engine.js';
import { lineQtys, talkTo, testProduct } from './dialog-test-kit.js';

/** A made-up drip-irrigation counter: drip pipe by the 卷, connectors and end plugs by the 个, each in 16 / 20 mm. */
function irrigationShop(): Product[] {
  const sized = (sku: string, name: string, aliases: string[], unit: string) =>
    ['16mm', '20mm'].map((diameter) =>
      testProduct({ sku: `${sku}-${diameter}`, name, aliases, specs: { 管径: diameter }, unit }),
    );
  return [
    ...sized('DRIP', '内镶滴灌管', ['滴灌管', '滴灌带'], '卷'),
    ...sized('TEE', '滴灌旁通', ['旁通'], '个'),
    ...sized('PLUG', '滴灌堵头', ['堵头'], '个'),
    testProduct({ sku: 'PUNCH', name: '打孔器', unit: '把' }),
  ];
}

const engine = createDialogEngine({ products: irrigationShop() });

describe('a 各 said of one product after a 各 over several values', () => {
  it('spreads over those values, one line each, never one line for all', () => {
    const forms = ['16 20的滴灌管各2卷 旁通各50个', '滴灌管16mm 20mm各两卷，旁通各50个'];
    for (const form of forms) {
      const [turn] = talkTo(engine, [form]);
      expect(lineQtys(turn)).toEqual([
        ['DRIP-16mm', 2],
        ['DRIP-20mm', 2],
        ['TEE-16mm', 50],
        ['TEE-20mm', 50],
      ]);
    }
  });

  it('keeps a 各 said of two products as those two', () => {
    const [turn] = talkTo(engine, ['16 20的滴灌管各2卷 旁通 堵头各50个 16的']);
    expect(lineQtys(turn)).toEqual([
      ['DRIP-16mm', 2],
      ['DRIP-20mm', 2],
      ['TEE-16mm', 50],
      ['PLUG-16mm', 50],
    ]);
  });
});
