import { describe, expect, it } from '@jest/globals';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import type { DialogState } from '../dialog/dialog-types.js';
import { loadCatalogFile } from '../dialog/simulate.js';
import type { ListLine } from './list-types.js';
import {
  correctLine,
  followUpPicture,
  followUpText,
  understandPicture,
  type EngineCalls,
} from './picture-conversation.js';
import { pictureMessage } from './picture-message.js';
import type { PicturePlan } from './picture-plan.js';

const catalog = await loadCatalogFile('test/dev-catalog/catalog.json');
if (!catalog.ok) throw new Error(catalog.message);
const engine = createDialogEngine({ products: catalog.products, maxQtyPerLine: 100_000 });
const now = new Date('2026-01-01T08:00:00Z');

/** A conversation on the dev catalog: `run` keeps the state when the step says so. */
function conversation() {
  let state: DialogState | null = null;
  const input = (text: string) => ({ text, customer: { id: 'c', name: '王老板' }, history: [], now });
  const calls: EngineCalls = {
    run: (text) => engine.handle(state, input(text)),
    probe: (text) => engine.handle(null, input(text)),
  };
  return {
    calls,
    keep(turn: ReturnType<EngineCalls['run']> | null) {
      if (turn) state = turn.state;
      return turn;
    },
  };
}

const line = (text: string, confidence = 0.99): ListLine => ({
  text,
  confidence,
  source: 'list',
  pieces: [{ text, confidence }],
});

function planOf(lines: ListLine[]): PicturePlan {
  const message = pictureMessage({ lines, setAside: [], table: false });
  return { before: [], text: message.text || null, after: [], message };
}

describe('correctLine', () => {
  const { calls } = conversation();

  it('keeps a line the catalog matches as read', () => {
    expect(correctLine('海螺425水泥 50包', calls.probe)).toEqual({ text: '海螺425水泥 50包', landed: true });
  });

  it('corrects a misread the catalog agrees with (the letter O read as zero, digits run together)', () => {
    expect(correctLine('海螺水泥 P.042.5 50kg 150包', calls.probe)).toEqual({
      text: '海螺水泥 P.O42.5 50kg 150包',
      landed: true,
    });
    expect(correctLine('自攻螺丝4*305盒', calls.probe)).toEqual({ text: '自攻螺丝4*30 5盒', landed: true });
  });

  it('does not guess at a line nothing matches', () => {
    expect(correctLine('李工3号楼', calls.probe).landed).toBe(false);
  });
});

describe('a picture in a conversation', () => {
  it('reads the list back, drafts the sure lines and takes the confirmation when nothing is held', () => {
    const c = conversation();
    const step = understandPicture(planOf([line('海螺425水泥 50包'), line('4平方红线10捆')]), c.calls);
    c.keep(step.turn);
    expect(step.hold).toBeNull();
    expect(step.replies[0]).toBe('我从图片里看到：\n1. 海螺425水泥 50包\n2. 4平方红线10捆');
    expect(step.turn?.order?.lines.map((l) => [l.sku, l.qty])).toEqual([
      ['CEM-HL425', 50],
      ['WR-BV4-R', 10],
    ]);
    const confirmed = c.keep(c.calls.run(followUpText('照这个来一份 确认').text));
    expect(confirmed?.order?.status).toBe('confirmed');
  });

  it('asks about an unsure line and takes no confirmation until it is answered', () => {
    const c = conversation();
    const step = understandPicture(planOf([line('海螺425水泥 50包'), line('4平方红线10捆', 0.41)]), c.calls);
    c.keep(step.turn);
    expect(step.hold?.lines).toEqual([{ number: 2, text: '4平方红线10捆', why: 'unsure' }]);
    expect(step.replies.at(-1)).toContain('第2行「4平方红线10捆」我看不太清');
    const refused = followUpPicture('确认', step.hold!, c.calls);
    expect(refused.turn).toBeNull();
    expect(refused.replies[0]).toContain('第2行');
    const answered = followUpPicture('4平方红线10捆', step.hold!, c.calls);
    c.keep(answered.turn);
    expect(answered.hold).toBeNull();
    expect(answered.turn?.order?.lines).toHaveLength(2);
  });

  it('holds a line that matches nothing in the catalog', () => {
    const c = conversation();
    const step = understandPicture(planOf([line('海螺425水泥 50包'), line('火星牌飞船 3艘')]), c.calls);
    expect(step.hold?.lines.map((l) => [l.number, l.why])).toEqual([[2, 'unmatched']]);
  });
});

describe('followUpText', () => {
  it('reads a reply pointing at the picture as the list itself', () => {
    expect(followUpText('照这个单子再来一份 确认')).toEqual({ text: '确认', confirms: true });
    expect(followUpText('没问题 下单')).toEqual({ text: '确认', confirms: true });
    expect(followUpText('算了 这单先不要了').text).toBe('算了 先不要了');
    expect(followUpText('海螺325改成2吨')).toEqual({ text: '海螺325改成2吨', confirms: false });
  });
});
