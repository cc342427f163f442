import type { DialogTurn } from '../dialog/dialog-types.js';
import type { PicturePlan } from './picture-plan.js';
import { pictureTexts, type ReadBackLine } from './picture-message.js';
import { lineVariants, tidyLine } from './line-corrections.js';

/** Runs the engine on a text: `run` on the conversation's state, `probe` on a fresh one (nothing kept). */
export interface EngineCalls {
  run(text: string): DialogTurn;
  probe(text: string): DialogTurn;
}

/**
 * Lines of the last picture that are not in the draft: read unsurely, or matching nothing in the catalog. While
 * there are any, a confirmation is not taken: they are asked about again. JSON, kept with the conversation.
 */
export interface PictureHold {
  lines: { number: number; text: string; why: 'unsure' | 'unmatched' }[];
}

/** One step of a conversation with pictures: what to say, the engine turn to keep (null: none), the hold after. */
export interface PictureStep {
  replies: string[];
  turn: DialogTurn | null;
  hold: PictureHold | null;
}

const key = (turn: DialogTurn) =>
  (turn.order?.lines ?? [])
    .map((l) => `${l.sku}:${l.qty}`)
    .sort()
    .join(',');

const landed = (turn: DialogTurn) => (turn.order?.lines.length ?? 0) > 0;

/**
 * The line as the engine should get it: tidied, and when it matches nothing as read, the one correction of a
 * reading confusion (0/O, 1/l, digits run together, …) that matches the catalog. Two corrections that mean
 * different orders are no correction: the line stays as read, to be asked about.
 */
export function correctLine(text: string, probe: EngineCalls['probe']): { text: string; landed: boolean } {
  const tidy = tidyLine(text);
  if (landed(probe(tidy))) return { text: tidy, landed: true };
  const found = new Map<string, string>();
  for (const variant of lineVariants(tidy)) {
    const turn = probe(variant);
    if (landed(turn) && !found.has(key(turn))) found.set(key(turn), variant);
    if (found.size > 1) break;
  }
  if (found.size === 1) return { text: [...found.values()][0]!, landed: true };
  return { text: tidy, landed: false };
}

/** Asks about the held lines of a picture, one by one, by their read-back numbers. */
export function holdQuestion(hold: PictureHold): string {
  const lines = hold.lines.map((l) =>
    l.why === 'unsure'
      ? `第${l.number}行「${l.text}」我看不太清`
      : `第${l.number}行「${l.text}」我没对上店里的货`,
  );
  return `${lines.join('；')}。麻烦打字发一下这${hold.lines.length > 1 ? '几' : ''}行要的货和数量；不要的话回复「不要了」，其余的我再给您确认。`;
}

/** A picture made ready for the engine: what to say before and after its replies, its text, what it holds. */
export interface PreparedPicture {
  before: string[];
  /** The text the engine should understand as if typed; null when there is none. */
  text: string | null;
  after: string[];
  hold: PictureHold | null;
  /** The lines as read back to the customer (corrected), with the reader's confidence: kept with the picture. */
  lines: { text: string; confidence: number }[];
}

/**
 * A picture's list made ready to be understood as if typed: each surely read line corrected against the catalog
 * (by probing the engine on a fresh conversation), and the lines read unsurely or matching nothing held as
 * questions so that a confirmation cannot skip them. The read-back numbers the lines as the picture has them.
 */
export function preparePicture(plan: PicturePlan, probe: EngineCalls['probe']): PreparedPicture {
  if (!plan.message || plan.message.readBack.length === 0)
    return { before: plan.before, text: null, after: plan.after, hold: null, lines: [] };
  const readBack: ReadBackLine[] = [];
  const held: PictureHold['lines'] = [];
  const texts: string[] = [];
  for (const line of plan.message.readBack) {
    if (!line.sure) {
      readBack.push(line);
      held.push({ number: line.number, text: line.line.text, why: 'unsure' });
      continue;
    }
    const corrected = correctLine(line.line.text, probe);
    readBack.push({ ...line, line: { ...line.line, text: corrected.text } });
    texts.push(corrected.text);
    if (!corrected.landed) held.push({ number: line.number, text: corrected.text, why: 'unmatched' });
  }
  // A note the catalog recognises goods in (its quantity or unit not read: 浅灰40 with 片 cut off) is no order
  // line to take, nor one to drop unseen: it is read back and held, to be asked about.
  for (const note of plan.message.notes) {
    const tidy = tidyLine(note);
    if (!landed(probe(tidy))) continue;
    const number = readBack.length + 1;
    readBack.push({ number, line: { text: tidy, confidence: 0, source: 'list', pieces: [] }, sure: false });
    held.push({ number, text: tidy, why: 'unsure' });
  }
  const hold = held.length ? { lines: held } : null;
  return {
    before: [pictureTexts.readBack(readBack)],
    text: texts.length ? texts.join('\n') : null,
    after: hold ? [holdQuestion(hold)] : [],
    hold,
    lines: readBack.map((l) => ({ text: l.line.text, confidence: l.line.confidence })),
  };
}

/** A picture turn in full (liaodan simulate): prepared, then understood by the engine on the conversation. */
export function understandPicture(plan: PicturePlan, engine: EngineCalls): PictureStep {
  const prepared = preparePicture(plan, engine.probe);
  if (prepared.text === null)
    return { replies: [...prepared.before, ...prepared.after], turn: null, hold: prepared.hold };
  const turn = engine.run(prepared.text);
  return { replies: [...prepared.before, ...turn.replies, ...prepared.after], turn, hold: prepared.hold };
}

/** Words in a reply to a picture that point at it (照这个, 按这个单子, 跟图上一样, 再来一份 …): the list itself. */
const POINTING =
  /(照|按|跟|和|就)(着)?(这个|这张|图上|图片|图|单子|上面|这单|这份)(的)?(单子|图|清单)?(一样|的)?|照单|(再|也)?(来|发|下|做)(一|1)(份|单|套)|这单/g;
const CONFIRMING =
  /^(确认|确定|下单|没问题|对的|对|好的|好|可以|行|就这样|就这些|是的|是|嗯|没错|发货|发吧|安排|麻烦了|谢谢|尽快|下午送|明天送|上午送|今天送|送货|送来|吧|啊|了|的)+$/;

/** What a reply to a picture says, with the pointing words taken out; a plain yes becomes 确认. */
export function followUpText(text: string): { text: string; confirms: boolean } {
  const stripped = text.replace(POINTING, ' ').replace(/\s+/g, ' ').trim();
  const bare = stripped.replace(/[\s,，。.!！~～、]/g, '');
  if (
    bare &&
    CONFIRMING.test(bare) &&
    /确认|确定|下单|没问题|对|好|可以|行|就这样|是|没错|发|安排/.test(bare)
  )
    return { text: '确认', confirms: true };
  return { text: stripped || text, confirms: /确认|确定|下单/.test(bare) };
}

/**
 * A text message after a picture: a confirmation while lines are held is not taken (the held lines are asked
 * about again); anything else goes to the engine and ends the hold (the customer has answered it).
 */
export function followUpPicture(text: string, hold: PictureHold, engine: EngineCalls): PictureStep {
  const said = followUpText(text);
  const turn = engine.run(said.text);
  if (turn.events.some((e) => e.type === 'confirmed'))
    return { replies: [holdQuestion(hold)], turn: null, hold };
  if (said.confirms) return { replies: turn.replies, turn, hold };
  return { replies: turn.replies, turn, hold: null };
}

/** A text message after a picture with nothing held: only the pointing words are taken out. */
export function afterPictureText(text: string): string {
  return followUpText(text).text;
}
