/** The shop's time zone: every calendar day the shop's staff see and the finance books keep is a day here. */
export const SHOP_TIME_ZONE = 'Asia/Shanghai';

/** The shop's calendar day of a moment, YYYY-MM-DD. */
export function shopDay(at: Date = new Date()): string {
  return at.toLocaleDateString('sv-SE', { timeZone: SHOP_TIME_ZONE });
}
