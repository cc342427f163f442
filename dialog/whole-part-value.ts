import type { ProductRequest } from './conversation-state.js';
import type { TurnWorld } from './turn-world.js';

/** No more products than this are offered in one reply. */
const MAX_OFFERED = 3;
const WHOLE_WITH_UNIT = /^(\d+)(\D+)$/;
const DECIMAL_WITH_UNIT = /^(\d+)\.\d+(\D+)$/;

/**
 * 电脑内胆包 13寸 when the shop has 13.3寸 and 15.6寸: a whole number with its unit that no product has, where the
 * products looked among have exactly one value in that unit whose whole part it is (13.3寸), is that value said
 * the short way — the products of it that fit the rest of the request, one to three, to offer (and 确认 takes
 * one), never "没有13寸的". Undefined when no such number was said, or the whole part fits no value or two values.
 */
export function productsByWholePart(
  world: TurnWorld,
  request: ProductRequest,
  pool: number[],
): number[] | undefined {
  const m = world.matcher;
  const a = m.analyze(request.text);
  for (const said of a.mentions) {
    if (said.kind !== 'spec' || said.ids.length) continue;
    const whole = WHOLE_WITH_UNIT.exec(said.text.toLowerCase());
    if (!whole) continue;
    const values = new Set<string>();
    const holding: number[] = [];
    for (const id of pool) {
      const product = m.index.products[id]!;
      for (const value of Object.values(product.specs)) {
        const decimal = DECIMAL_WITH_UNIT.exec(value.toLowerCase());
        if (!decimal || decimal[1] !== whole[1] || decimal[2] !== whole[2]) continue;
        values.add(value);
        holding.push(id);
      }
    }
    if (values.size !== 1) continue;
    const rest = a.mentions.filter((x) => x !== said);
    const fitting = m.resolve({ ...a, mentions: rest }, { within: holding, quick: true }).ids;
    if (fitting.length && fitting.length <= MAX_OFFERED) return fitting;
  }
  return undefined;
}
