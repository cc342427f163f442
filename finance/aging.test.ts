import { describe, expect, it } from '@jest/globals';
import { ageOrder, bucketOf } from './aging.js';

describe('aging', () => {
  it('puts owed money in 0–30, 31–60, 61–90 and 90+ day buckets', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(bucketOf)).toEqual([
      '0-30',
      '0-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
      '90+',
    ]);
  });

  it('settles the oldest shipments first and flags what is past the payment terms', () => {
    const aged = ageOrder(
      {
        charges: [
          { day: '2026-12-01', amountFen: 30_000 },
          { day: '2026-09-01', amountFen: 10_000 },
          { day: '2026-10-20', amountFen: 20_000 },
        ],
        settledFen: 15_000,
      },
      '2026-12-10',
      30,
    );
    expect(aged).toEqual({
      owedFen: 45_000,
      buckets: { '0-30': 30_000, '31-60': 15_000, '61-90': 0, '90+': 0 },
      overdueFen: 15_000,
      oldestDays: 51,
    });
  });

  it('does not age money paid ahead of shipment', () => {
    expect(
      ageOrder({ charges: [{ day: '2026-10-01', amountFen: 5_000 }], settledFen: 8_000 }, '2026-12-10', 30),
    ).toMatchObject({
      owedFen: 0,
      overdueFen: 0,
      oldestDays: null,
    });
  });
});
