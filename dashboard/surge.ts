/** How many orders a region had in the last hour, and how many it usually has at that hour. */
export interface RegionHour {
  region: string;
  lastHour: number;
  /** Average count of the same clock hour over the previous days. */
  usual: number;
  today: number;
}

export interface SurgeRule {
  /** A region needs at least this many orders in the hour to be flagged at all. */
  minCount: number;
  /** …and at least this many times its usual count. */
  factor: number;
}

export const DEFAULT_SURGE_RULE: SurgeRule = { minCount: 5, factor: 2 };

export interface RegionLoad extends RegionHour {
  surge: boolean;
  /** Why it is flagged (or not), as the owner reads it. */
  explanation: string;
}

const one = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * Flags a region whose orders in the last hour are well above its usual for that hour: at least `minCount`, at
 * least `factor` times the usual, and more than chance would give (three standard deviations of a Poisson count with
 * the usual as its mean), so a quiet region going from 0 to 2 is not a surge. Pure.
 */
export function detectSurges(regions: RegionHour[], rule: SurgeRule = DEFAULT_SURGE_RULE): RegionLoad[] {
  return regions
    .map((r) => {
      const chance = r.usual + 3 * Math.sqrt(Math.max(r.usual, 1));
      const surge = r.lastHour >= rule.minCount && r.lastHour >= rule.factor * r.usual && r.lastHour > chance;
      const ratio = r.usual > 0 ? `，是平时的 ${one(r.lastHour / r.usual)} 倍` : '，平时这个时段几乎没有订单';
      const explanation = surge
        ? `最近 1 小时 ${r.lastHour} 单，平时这个时段约 ${one(r.usual)} 单${ratio}`
        : `最近 1 小时 ${r.lastHour} 单，平时这个时段约 ${one(r.usual)} 单`;
      return { ...r, surge, explanation };
    })
    .sort(
      (a, b) => Number(b.surge) - Number(a.surge) || b.today - a.today || a.region.localeCompare(b.region),
    );
}
