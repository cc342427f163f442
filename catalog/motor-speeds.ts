/**
 * A motor's speed said for its poles: 1450转 is a 4-pole motor, 2900转 a 2-pole one, 960转 a 6-pole one. On 50 Hz
 * mains an induction motor of P poles turns a few per cent below its synchronous speed, 6000 / P turns a minute
 * (3000 for 2 poles, 1500 for 4, 1000 for 6, 750 for 8): a speed said names the poles whose synchronous speed it is
 * at or up to 8% below. Written as the catalog spells the poles (4极) before a message is read, where the catalog
 * carries that value; a speed no pole count fits stays as said. Pure.
 */

import type { CatalogIndex } from './catalog-index.js';
import { unitSpellingsOf } from './unit-spellings.js';

/** How far below its synchronous speed a motor's rated speed lies: the slip of small and mid-sized motors. */
const MAXIMUM_SLIP = 0.08;
/** A speed in turns a minute: 1450转, 2900转/分, 960rpm. */
const SPEED = /(?<![\d.])(\d{3,4})\s*(?:转(?:\/分|每分)?|rpm|r\/min)/g;

/** The pole count a rated speed lies just below the synchronous speed of; undefined when none. */
export function polesOfSpeed(turnsPerMinute: number): number | undefined {
  for (let poles = 2; poles <= 12; poles += 2) {
    const synchronous = 6000 / poles;
    if (turnsPerMinute <= synchronous && turnsPerMinute >= synchronous * (1 - MAXIMUM_SLIP)) return poles;
  }
  return undefined;
}

/** 1450转 → 4极 where a value of the catalog is 4极 (a pump or fan of a 极 attribute). */
export function spellSpeedsAsPoles(index: CatalogIndex, text: string): string {
  if (!/转|rpm|r\/min/.test(text)) return text;
  const { carried } = unitSpellingsOf(index);
  return text.replace(SPEED, (said: string, speed: string) => {
    const poles = polesOfSpeed(Number(speed));
    return poles !== undefined && carried.has(`${poles}极`) ? `${poles}极` : said;
  });
}
