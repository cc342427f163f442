import { describe, expect, it } from '@jest/globals';
import { parseAmount, parseDate, parseDirection, parseTime, splitCounterparty } from './statement-cells.js';

describe('statement cells', () => {
  it('reads amounts as banks write them, in fen', () => {
    expect(parseAmount('+10000.00')).toEqual({ kind: 'amount', fen: 1_000_000 });
    expect(parseAmount('-1,000.00')).toEqual({ kind: 'amount', fen: -100_000 });
    expect(parseAmount('"12,345.6  \t')).toEqual({ kind: 'invalid' });
    expect(parseAmount('  12,345.6 \t')).toEqual({ kind: 'amount', fen: 1_234_560 });
    expect(parseAmount('¥1234.50')).toEqual({ kind: 'amount', fen: 123_450 });
    expect(parseAmount('－１２．００')).toEqual({ kind: 'amount', fen: -1200 });
    expect(parseAmount('(5.50)')).toEqual({ kind: 'amount', fen: -550 });
    expect(parseAmount('3.000')).toEqual({ kind: 'amount', fen: 300 });
  });

  it('treats empty, dashes and zero as no amount and refuses text', () => {
    for (const cell of ['', '-', '--', '  -  \t', '----------'])
      expect(parseAmount(cell)).toEqual({ kind: 'none' });
    expect(parseAmount('0.00')).toEqual({ kind: 'amount', fen: 0 });
    expect(parseAmount('12.345')).toEqual({ kind: 'invalid' });
    expect(parseAmount('一百元')).toEqual({ kind: 'invalid' });
    expect(parseAmount('xx,yyyy.zz')).toEqual({ kind: 'invalid' });
  });

  it('reads dates with or without a time, and times alone', () => {
    expect(parseDate('20261203 09:48:05')).toEqual({ date: '2026-12-03', time: '09:48:05' });
    expect(parseDate('2026/12/3')).toEqual({ date: '2026-12-03', time: null });
    expect(parseDate('2026-12-03     \t')).toEqual({ date: '2026-12-03', time: null });
    expect(parseDate('2026年12月3日')).toEqual({ date: '2026-12-03', time: null });
    expect(parseDate('2026-12-01-09.20.43.123456')).toEqual({ date: '2026-12-01', time: '09:20:43' });
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('人民币合计')).toBeNull();
    expect(parseTime('123456')).toBe('12:34:56');
    expect(parseTime('9:20:43')).toBe('09:20:43');
    expect(parseTime('256000')).toBeNull();
  });

  it('reads the 借贷 direction and leaves anything else to the sign', () => {
    expect(parseDirection('贷 Cr')).toBe('income');
    expect(parseDirection('借 Dr')).toBe('expense');
    expect(parseDirection('收入')).toBe('income');
    expect(parseDirection('支')).toBe('expense');
    expect(parseDirection('')).toBeUndefined();
    expect(parseDirection('其他')).toBeUndefined();
  });

  it('splits a name from the account appended to it, and names nobody in a cell of account characters', () => {
    expect(splitCounterparty('北京住房公积金管理中心1111111111')).toEqual({
      name: '北京住房公积金管理中心',
      account: '1111111111',
    });
    expect(splitCounterparty('张三 66666666666666')).toEqual({ name: '张三', account: '66666666666666' });
    expect(splitCounterparty('6226******5669')).toEqual({ name: null, account: '6226******5669' });
    expect(splitCounterparty('--')).toEqual({ name: null, account: null });
    expect(splitCounterparty('支付宝-李四')).toEqual({ name: '支付宝-李四', account: null });
    expect(splitCounterparty('ABC Trading Company')).toEqual({ name: 'ABC Trading Company', account: null });
  });
});
