import { describe, expect, it } from '@jest/globals';
import { detectSurges } from './surge.js';

describe('detectSurges', () => {
  it('flags a region with many more orders than usual at this hour, and says why', () => {
    const [east] = detectSurges([{ region: '城东', lastHour: 12, usual: 2, today: 30 }]);
    expect(east).toMatchObject({ surge: true });
    expect(east?.explanation).toBe('最近 1 小时 12 单，平时这个时段约 2 单，是平时的 6 倍');
  });

  it('does not flag a quiet region that went from nothing to a couple of orders', () => {
    expect(detectSurges([{ region: '县城', lastHour: 3, usual: 0, today: 3 }])[0]?.surge).toBe(false);
  });

  it('does not flag a busy region that is as busy as usual', () => {
    expect(detectSurges([{ region: '城南', lastHour: 40, usual: 30, today: 200 }])[0]?.surge).toBe(false);
  });

  it('lists surging regions first, then by today’s orders', () => {
    const out = detectSurges([
      { region: 'A', lastHour: 1, usual: 1, today: 50 },
      { region: 'B', lastHour: 20, usual: 1, today: 20 },
      { region: 'C', lastHour: 1, usual: 1, today: 80 },
    ]);
    expect(out.map((r) => r.region)).toEqual(['B', 'C', 'A']);
  });
});
