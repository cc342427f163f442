import { describe, expect, it } from '@jest/globals';
import { findOrderReferences } from './order-references.js';

const prefixes = new Set(['ld']);
const read = (remark: string) =>
  findOrderReferences(remark, prefixes).map((r) =>
    r.kind === 'dated'
      ? `${r.year ?? ''}${r.monthDay}-${r.sequence}`
      : r.kind === 'sequence'
        ? `#${r.sequence}`
        : r.text,
  );

describe('order numbers in remarks', () => {
  it('reads every spelling people type', () => {
    expect(read('LD-20261201-0007')).toEqual(['20261201-7']);
    expect(read('LD20261201-0007 货款')).toEqual(['20261201-7']);
    expect(read('ld 20261201 0007')).toEqual(['20261201-7']);
    expect(read('单号20261201-0007')).toEqual(['20261201-7']);
    expect(read('1201-7号单尾款')).toEqual(['1201-7']);
    expect(read('ＬＤ－２０２６１２１８－０００９')).toEqual(['20261218-9']);
    expect(read('订单LD202612010007')).toEqual(['20261201-7']);
    expect(read('LD—20261201—0007')).toEqual(['20261201-7']);
  });

  it('reads several numbers in one remark, each on its own', () => {
    expect(read('LD-20261202-0001、LD-20261209-0005')).toEqual(['20261202-1', '20261209-5']);
    expect(read('1201-3、1207-6、1214-3')).toEqual(['1201-3', '1207-6', '1214-3']);
    expect(read('LD20261205-0008/LD20261212-0002')).toEqual(['20261205-8', '20261212-2']);
    expect(read('1201-11, 1206-4 货款')).toEqual(['1201-11', '1206-4']);
  });

  it('reads a bare sequence as a sequence only', () => {
    expect(read('3号单先付一部分')).toEqual(['#3']);
    expect(read('第12单')).toEqual(['#12']);
  });

  it('does not read dates, times, amounts, serials or other prefixes as order numbers', () => {
    expect(read('1201两单')).toEqual([]);
    expect(read('20261203 09:48:05 转账')).toEqual([]);
    expect(read('20261201 3000元')).toEqual([]);
    expect(read('交易流水号20250123123213213131321313131')).toEqual([]);
    expect(read('HT-20261201-0007 合同款')).toEqual([]);
    expect(read('12月3号货款')).toEqual([]);
    expect(read('2026-12-01 货款')).toEqual([]);
    expect(read('电话0757-8123456')).toEqual([]);
  });
});
