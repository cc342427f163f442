import { describe, expect, it } from '@jest/globals';
import { fixtureProducts } from '../catalog/fixture-products.js';
import { createDialogEngine } from './dialog-engine.js';
import type { PastOrder } from './dialog-types.js';
import { lineQtys, talkTo } from './dialog-test-kit.js';

const engine = createDialogEngine({ products: fixtureProducts(), maxQtyPerLine: 10000 });

const talk = (turns: string[], opts: { tier?: string; history?: PastOrder[] } = {}) =>
  talkTo(engine, turns, opts);
const lines = lineQtys;

const last = <T>(xs: T[]): T => xs[xs.length - 1]!;

describe('Dialog engine', () => {
  it('asks one question at a time naming the options, and takes free-text answers', () => {
    const t = talk(['电线10卷', '2.5平方的', '红色', '确认']);
    expect(t[0]!.replies).toEqual(['铜芯电线（10卷）要哪个线径？1.5mm² / 2.5mm² / 4mm²']);
    expect(t[1]!.replies[0]).toContain('要什么颜色？红 / 蓝');
    expect(t[0]!.order).toBeNull();
    expect(last(t).order?.status).toBe('confirmed');
    expect(lines(last(t))).toEqual([['WIRE-2.5-R', 10]]);
  });

  it('asks once, with the price, when a quantity is no amount (-5, 0, less than none), and takes the answer', () => {
    for (const bad of ['-5袋', '0袋']) {
      const t = talk([`425水泥 ${bad}`, '10袋']);
      expect(t[0]!.replies).toHaveLength(1);
      expect(t[0]!.replies[0]!.match(/要多少袋/g)).toHaveLength(1);
      expect(t[0]!.replies[0]).toContain('数量不对');
      expect(t[0]!.order).toBeNull();
      expect(lines(last(t))).toEqual([['CEM-JY425', 10]]);
    }
    const less = talk(['425水泥 50袋', '少拿60袋', '20袋']);
    expect(less[1]!.replies[0]!.match(/要多少袋/g)).toHaveLength(1);
    expect(lines(less[1])).toEqual([['CEM-JY425', 50]]);
    expect(lines(last(less))).toEqual([['CEM-JY425', 20]]);
  });

  it('takes a brand as the answer to a brand question (正泰的)', () => {
    const t = talk(['1P 16A空开 10个', '正泰的']);
    expect(t[0]!.replies[0]).toContain('要哪个牌子？正泰 / 德力西');
    expect(lines(last(t))).toEqual([['MCB-ZT-1P-16A', 10]]);
  });

  it('takes a spec said for another attribute than the one asked (要800的), then asks what is still open', () => {
    const t = talk(['瓷砖20箱', '要800的', '灰色']);
    expect(t[1]!.order).toBeNull();
    expect(t[1]!.replies[0]).toContain('白 / 灰');
    expect(lines(last(t))).toEqual([['TILE-800-G', 60]]);
  });

  it('takes a product name as the answer to which kind (内丝的), then asks its size', () => {
    const t = talk(['弯头10个', '内丝的', '20的']);
    expect(t[0]!.replies[0]).toContain('内丝弯头 / 外丝弯头');
    expect(t[1]!.replies[0]).toContain('20*1/2 / 25*3/4');
    expect(lines(last(t))).toEqual([['ELB-NS-20', 10]]);
  });

  it('takes option numbers as answers (第二个, 2)', () => {
    const t = talk(['电线10卷', '第二个', '2']);
    expect(lines(last(t))).toEqual([['WIRE-2.5-B', 10]]);
  });

  it('understands several products in one message with their separators and 各', () => {
    const t = talk(['老板在吗 正泰1P 16A 10个，9W灯泡两箱、2.5平方 红 蓝 各5卷\n水管4分 20根']);
    expect(lines(t[0])).toEqual([
      ['MCB-ZT-1P-16A', 10],
      ['LED-9W', 100],
      ['WIRE-2.5-R', 5],
      ['WIRE-2.5-B', 5],
      ['PIPE-20', 20],
    ]);
  });

  it('counts single pieces in any piece word and reads x10 as a quantity', () => {
    expect(lines(talk(['M8*60螺栓 300只'])[0])).toEqual([['BOLT-M8-60', 300]]);
    expect(lines(talk(['M8*60螺栓 300套'])[0])).toEqual([['BOLT-M8-60', 300]]);
    expect(lines(talk(['雪花啤酒x10'])[0])).toEqual([['BEER-XH', 10]]);
  });

  it('spreads 各 over glued values and over items in separate parts of the message', () => {
    expect(lines(talk(['2.5平方红蓝各10卷'])[0])).toEqual([
      ['WIRE-2.5-R', 10],
      ['WIRE-2.5-B', 10],
    ]);
    expect(lines(talk(['雪花啤酒，9W灯泡，各5箱'])[0])).toEqual([
      ['BEER-XH', 5],
      ['LED-9W', 250],
    ]);
  });

  it('reads quantities before or after the product', () => {
    expect(lines(talk(['要10个正泰1P 16A空开'])[0])).toEqual([['MCB-ZT-1P-16A', 10]]);
    expect(lines(talk(['拿两箱9W灯泡'])[0])).toEqual([['LED-9W', 100]]);
  });

  it('converts units with the catalog conversions (吨 → 袋, 米 → 卷, 箱 → 个)', () => {
    expect(lines(talk(['425水泥 两吨'])[0])).toEqual([['CEM-JY425', 40]]);
    expect(lines(talk(['1.5平方红线 300米'])[0])).toEqual([['WIRE-1.5-R', 3]]);
    expect(lines(talk(['12W球泡 一箱'])[0])).toEqual([['LED-12W', 50]]);
  });

  it('corrects quantities and products (改成, 少拿, 再加, 写错了, 不要X了)', () => {
    expect(lines(last(talk(['425水泥 50包', '改成60袋'])))).toEqual([['CEM-JY425', 60]]);
    expect(lines(last(talk(['425水泥 50包 9W灯泡 10个', '水泥改成2吨'])))).toEqual([
      ['CEM-JY425', 40],
      ['LED-9W', 10],
    ]);
    expect(lines(last(talk(['425水泥 50包', '少拿5包'])))).toEqual([['CEM-JY425', 45]]);
    expect(lines(last(talk(['9W灯泡 10个', '再加1箱'])))).toEqual([['LED-9W', 60]]);
    expect(lines(last(talk(['内丝弯头4分 20个', '写错了 是外丝弯头'])))).toEqual([['ELB-WS-20', 20]]);
    expect(lines(last(talk(['M8*60螺栓 300个', '不对 是M8*80的'])))).toEqual([['BOLT-M8-80', 300]]);
    expect(lines(last(talk(['425水泥 50包 9W灯泡 10个', '不要灯泡了'])))).toEqual([['CEM-JY425', 50]]);
  });

  it('follows elliptical follow-ups on the product just ordered', () => {
    expect(lines(last(talk(['正泰1P 16A 10个', '2P的也来10个'])))).toEqual([
      ['MCB-ZT-1P-16A', 10],
      ['MCB-ZT-2P-16A', 10],
    ]);
    expect(lines(last(talk(['2.5平方红线 10卷', '蓝的也10卷'])))).toEqual([
      ['WIRE-2.5-R', 10],
      ['WIRE-2.5-B', 10],
    ]);
    expect(lines(last(talk(['4平方红线 5卷', '再来10卷2.5的 也要红色'])))).toEqual([
      ['WIRE-4-R', 5],
      ['WIRE-2.5-R', 10],
    ]);
  });

  it('says how many are in stock, offers them and accepts 那就12卷吧', () => {
    const t = talk(['4平方蓝线 20卷', '那就12卷吧', '确认']);
    expect(t[0]!.replies[0]).toContain('只有12卷');
    expect(t[0]!.order).toBeNull();
    expect(lines(last(t))).toEqual([['WIRE-4-B', 12]]);
    expect(last(t).order?.status).toBe('confirmed');
  });

  it('takes all there is on 有多少拿多少, and reads a quantity before a second product', () => {
    expect(lines(last(talk(['4平方蓝线 20卷', '有多少拿多少'])))).toEqual([['WIRE-4-B', 12]]);
    expect(lines(talk(['425水泥 100包 再来50包42.5R水泥'])[0])).toEqual([
      ['CEM-JY425', 100],
      ['CEM-JY425R', 50],
    ]);
  });

  it('reorders the last confirmed order, with changes', () => {
    const history = [
      { lines: [{ sku: 'PIPE-25', qty: 10 }] },
      {
        lines: [
          { sku: 'LED-9W', qty: 100 },
          { sku: 'PIPE-20', qty: 30 },
        ],
      },
    ];
    expect(lines(talk(['跟上次一样'], { history })[0])).toEqual([
      ['LED-9W', 100],
      ['PIPE-20', 30],
    ]);
    expect(lines(talk(['老样子 灯泡改成200个'], { history })[0])).toEqual([
      ['LED-9W', 200],
      ['PIPE-20', 30],
    ]);
    expect(lines(talk(['再来一单 水管不要了'], { history })[0])).toEqual([['LED-9W', 100]]);
    expect(talk(['跟上次一样'])[0]!.replies[0]).toContain('没找到您上次的订单');
  });

  it('says what it does not sell, suggests the nearest and keeps the rest', () => {
    const t = talk(['青岛啤酒 10箱 水管4分 20根', '确认']);
    expect(t[0]!.replies[0]).toContain('青岛啤酒我们店里没有');
    expect(t[0]!.replies[0]).toContain('雪花');
    expect(lines(last(t))).toEqual([['PIPE-20', 20]]);
    expect(last(t).order?.status).toBe('confirmed');
    expect(talk(['6平方电线 10卷'])[0]!.replies[0]).toBe(
      '不好意思，没有6平方的铜芯电线，有：1.5mm² / 2.5mm² / 4mm²',
    );
  });

  it('retries a refused item with the brand or spec the customer settles for', () => {
    expect(lines(last(talk(['15W灯泡 10个', '那12W的也行'])))).toEqual([['LED-12W', 10]]);
    expect(lines(last(talk(['飞利浦灯泡 9W 10个', '那就欧普的吧'])))).toEqual([['LED-9W', 10]]);
  });

  it('shares leading brand words with every item of the line', () => {
    expect(lines(talk(['正泰 两个1P16A空开 一个2P32A空开'])[0])).toEqual([
      ['MCB-ZT-1P-16A', 2],
      ['MCB-ZT-2P-32A', 1],
    ]);
  });

  it('prices the draft at the customer tier and totals it', () => {
    const t = talk(['正泰1P 16A 10个', '确认'], { tier: 'A' });
    expect(last(t).order).toEqual({
      status: 'confirmed',
      lines: [{ sku: 'MCB-ZT-1P-16A', qty: 10, unit: '个', unitPriceFen: 1500 }],
      totalFen: 15000,
    });
    expect(talk(['正泰1P 16A 10个'], { tier: 'Z' })[0]!.order?.totalFen).toBe(18000);
  });

  it('confirms on 确认 / 好的下单 / 可以 / 就这些 and emits the event without an order number', () => {
    for (const word of ['确认', '好的下单', '可以', '就这些']) {
      const t = talk(['425水泥 10包', word]);
      expect(last(t).order?.status).toBe('confirmed');
      expect(last(t).events).toEqual([
        { type: 'confirmed', order: last(t).order, revision: expect.any(Number) },
      ]);
      expect(last(t).replies[0]).not.toMatch(/订单号/);
    }
  });

  it('does not confirm on 先别下单 我等下跟老板确认下', () => {
    const t = talk(['425水泥 10包', '先别下单 我等下跟老板确认下']);
    expect(last(t).order?.status).toBe('draft');
    expect(last(t).events).toEqual([]);
    expect(last(t).replies[0]).toContain('留着');
  });

  it('does not confirm on 不下单 / 还没确认 / 我确认一下价格', () => {
    for (const word of ['先不下单', '还没确认', '我确认一下价格', '别下单']) {
      const t = talk(['425水泥 10包', word]);
      expect(last(t).order?.status).toBe('draft');
    }
  });

  it('does not confirm while a question is open', () => {
    const t = talk(['电线10卷', '确认']);
    expect(last(t).order).toBeNull();
    expect(last(t).replies[0]).toContain('线径');
  });

  it('cancels the whole order', () => {
    const t = talk(['425水泥 10包', '算了 取消吧']);
    expect(last(t).order).toEqual({ status: 'cancelled', lines: [], totalFen: 0 });
    expect(last(t).events).toEqual([{ type: 'cancelled' }]);
  });

  it('shows the order on 看看订单', () => {
    const t = talk(['425水泥 10包', '看看订单']);
    expect(last(t).replies[0]).toContain('金隅水泥 P.O42.5 10袋');
    expect(last(t).replies[0]).toContain('合计260元');
  });

  it('answers chit-chat and questions without touching the order', () => {
    expect(talk(['老板在吗'])[0]!.replies[0]).toContain('在的');
    const t = talk(['425水泥 10包', '多少钱一袋？', '什么时候能送到？', '谢谢']);
    expect(t.slice(1).every((x) => x.replies.length === 1 && x.replies[0]!.length > 0)).toBe(true);
    expect(lines(last(t))).toEqual([['CEM-JY425', 10]]);
    expect(last(t).order?.status).toBe('draft');
  });

  it('asks for the quantity when a product comes without one', () => {
    const t = talk(['有9W灯泡吗', '来50个']);
    expect(t[0]!.replies[0]).toContain('要多少个');
    expect(lines(last(t))).toEqual([['LED-9W', 50]]);
  });

  it('keeps the state small and JSON-serialisable', () => {
    const t = talk(['电线10卷', '2.5平方的']);
    const json = JSON.stringify(last(t).state);
    expect(JSON.parse(json)).toEqual(last(t).state);
    expect(json.length).toBeLessThan(400);
  });
});
