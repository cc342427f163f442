import { describe, expect, it } from '@jest/globals';
import { chineseNumber, lineVariants, tidyLine } from './line-corrections.js';

describe('tidyLine', () => {
  it('undoes width and spacing the reader adds, and keeps specs apart from quantities', () => {
    expect(tidyLine('中性玻璃胶 白云透明 ２ 箱')).toBe('中性玻璃胶 白云透明 2箱');
    expect(tidyLine('农夫山泉550ml20件')).toBe('农夫山泉550ml 20件');
    expect(tidyLine('东鹏800×800白色抛釉砖')).toBe('东鹏800*800白色抛釉砖');
    expect(tidyLine('星宇浸胶手套XL6打')).toBe('星宇浸胶手套XL 6打');
  });

  it('leaves model numbers alone', () => {
    expect(tidyLine('M8*80膨胀螺丝500套')).toBe('M8*80膨胀螺丝500套');
    expect(tidyLine('公牛16A三孔插座 6个')).toBe('公牛16A三孔插座 6个');
  });
});

describe('lineVariants', () => {
  it('undoes look-alike characters', () => {
    expect(lineVariants('海螺水泥 P.042.5 50kg 150包')).toContain('海螺水泥 P.O42.5 50kg 150包');
    expect(lineVariants('得力美工刀片18mml0片/盒50盒')).toContain('得力美工刀片18mm10片/盒50盒');
    expect(lineVariants('梅思安ABS安全帽黄1J顶')).toContain('梅思安ABS安全帽黄1顶');
  });

  it('splits digits run together, never before a 0', () => {
    const variants = lineVariants('自攻螺丝4*305盒');
    expect(variants).toContain('自攻螺丝4*30 5盒');
    expect(variants).not.toContain('自攻螺丝4*3 05盒');
    expect(lineVariants('华新42550公斤六十包')).toContain('华新425 50公斤60包');
  });

  it("leaves a delivery note's generic name out", () => {
    expect(lineVariants('普通硅酸盐水泥 海螺P.O42.5 50kg 2吨')).toContain('海螺P.O42.5 50kg 2吨');
  });
});

describe('chineseNumber', () => {
  it('reads the numbers lists are written in', () => {
    expect([
      chineseNumber('三'),
      chineseNumber('十五'),
      chineseNumber('六十'),
      chineseNumber('一百二十'),
    ]).toEqual([3, 15, 60, 120]);
    expect(chineseNumber('三三')).toBeNull();
  });
});
