/**
 * Sizes said in 寸 for lengths the catalog writes in millimetres or centimetres, in the trades that round: a 4寸
 * cutting disc is the 105 mm one, 1寸 webbing the 2.5 cm one, 1.5寸 the 3.8 cm one. Pure.
 */

/** How far a catalog length may lie from the true inch said (a 105 mm disc is 3% off 4寸). */
const TOLERANCE = 0.05;
/** Whole and half inches up to this many are read so. */
const MAX_INCHES = 48;
/** Pipe, valve and fitting words: their 分 / 寸 are pipe sizes with a table of their own (spec-values.ts). */
const PIPE_GOODS = /管|阀|弯头|三通|四通|直通|接头|堵头|卡箍|法兰|龙头|水嘴|地漏/;

/**
 * diameter*width of a tyre or wheel in inches, written with no unit: a whole diameter of 6 to 32 and a width of 1
 * to 4.5 (20*1.75, 16*3.0), the size alone.
 */
const INCH_WIDTH_SIZE = /^dim:([6-9]|[12]\d|3[0-2])\*([1-3](?:\.\d+)?|4(?:\.[0-5]\d*)?)$/;

/** The key of a size said in 寸 (1, 1.5, 4, 14), read against the lengths of products that round. */
export function nearInchKey(inches: number): string {
  return `inchnear:${inches}`;
}

/**
 * The `inchnear:` keys of a product's own millimetre lengths (`mm:` keys of its spec values, and the first side of
 * a size of sides, `dim:` keys): the whole and half
 * inches within 5% of each. None for pipe goods, nor for a product whose name already says an inch size. They are
 * weak keys: read only when no spec value of the candidates fits what was said.
 */
export function nearInchKeysOf(ownKeys: ReadonlySet<string>, words: string): string[] {
  if (PIPE_GOODS.test(words)) return [];
  const out: string[] = [];
  for (const key of ownKeys) {
    // (14*2.125 / 13*3.00: a tyre's diameter and width, both in inches, the 14寸 one)
    const inInches = INCH_WIDTH_SIZE.exec(key);
    if (inInches && Number(inInches[2]) * 4 <= Number(inInches[1]))
      out.push(nearInchKey(Number(inInches[1])));
    // a size of sides starts with its diameter or length (355*3.0*25.4 is a 14寸 disc)
    const lead = key.startsWith('dim:') ? /^dim:(\d+(?:\.\d+)?)\*/.exec(key)?.[1] : undefined;
    if (!key.startsWith('mm:') && lead === undefined) continue;
    const millimetres = Number(lead ?? key.slice(3));
    const inches = Math.round((millimetres / 25.4) * 2) / 2;
    if (inches < 0.5 || inches > MAX_INCHES) continue;
    if (Math.abs(inches * 25.4 - millimetres) <= inches * 25.4 * TOLERANCE) out.push(nearInchKey(inches));
  }
  return out;
}

/** A roller chain's number (08A, 10A, 16B, 08A-2): its first two digits are the pitch in sixteenths of an inch. */
const CHAIN_NUMBER = /^(\d{2})[ab](?:-[1-3])?$/;

/**
 * The inch keys of a chain's pitch written as its chain number, for the 分 / 寸 the trade says it in (4分链 is the
 * 08A chain: 8/16 = 4/8 inch; 5分 the 10A, 1寸 the 16A): `in:` as a pipe size in 分 / 寸 is keyed, and `mm:` of
 * the pitch. Only for a value of an attribute of pitch (节距) or of a product whose words say 链, so that a 16A
 * current is never an inch.
 */
export function chainPitchKeysOf(attribute: string, value: string, words: string): string[] {
  const number = CHAIN_NUMBER.exec(value);
  if (!number || !(attribute.includes('节距') || words.includes('链'))) return [];
  const sixteenths = Number(number[1]);
  if (sixteenths < 4) return [];
  const whole = Math.floor(sixteenths / 16);
  let [n, d] = [sixteenths % 16, 16];
  while (n && n % 2 === 0) [n, d] = [n / 2, d / 2];
  const inch = n === 0 ? String(whole) : whole ? `${whole}-${n}/${d}` : `${n}/${d}`;
  return [`in:${inch}`, `mm:${Math.round(sixteenths * 1587.5) / 1000}`];
}
