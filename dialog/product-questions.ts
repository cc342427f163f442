import type { Analysis } from '../catalog/analysis-types.js';
import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { Product } from '../catalog/product.js';
import { scanSpecs } from '../catalog/spec-values.js';
import { isHan, normalizeTerm } from '../catalog/text-normalize.js';
import type { ConversationState, OpenQuestion, ProductRequest } from './conversation-state.js';
import type { Action } from './draft-changes.js';
import { hasProductWord } from './item-text.js';
import type { ItemText } from './item-text.js';
import { answerParts, namesAnotherValue } from './answer-parts.js';
import { narrowByNameCharacters } from './name-characters.js';
import { narrowByWordBesideName } from './word-beside-name.js';
import { placeProduct, saidOf } from './product-placement.js';
import { narrowByMeasures } from './said-measures.js';
import { productAtEnd, sizeEndSaid } from './size-end.js';
import { candidatesAtEnd } from './size-order.js';
import type { SizeEnd } from './size-order.js';
import { idOf } from './turn-world.js';
import type { EarlierInTurn, TurnWorld } from './turn-world.js';

export type WhichProduct = Extract<OpenQuestion, { kind: 'which_product' }>;

/** The value of an attribute a question can offer: `$name`, `$brand`, `$sku` or a spec attribute. */
export function valueOf(p: Product, attribute: string): string | undefined {
  if (attribute === '$name') return p.name;
  if (attribute === '$brand') return p.brand ?? '';
  if (attribute === '$sku') return p.sku;
  return p.specs[attribute];
}

const candidateMemory = new WeakMap<TurnWorld, WeakMap<WhichProduct, number[]>>();

/**
 * Candidates of an open question: its request resolved again, then narrowed by every answer so far. Remembered per
 * question object (questions are never changed in place: a changed question is a new object).
 */
export function candidatesOf(world: TurnWorld, q: WhichProduct): number[] {
  let known = candidateMemory.get(world);
  if (!known) candidateMemory.set(world, (known = new WeakMap()));
  let ids = known.get(q);
  if (!ids) known.set(q, (ids = findCandidates(world, q)));
  return ids;
}

function findCandidates(world: TurnWorld, q: WhichProduct): number[] {
  const m = world.matcher;
  const leansOn = q.request.leansOn ? idOf(world, q.request.leansOn) : undefined;
  let ids = m.resolve(m.analyze(q.request.text), {
    quick: true,
    ...(q.request.quantity?.unit && { unit: q.request.quantity.unit }),
    ...(leansOn !== undefined && { context: leansOn }),
  }).ids;
  // 普通衣架: a word beside the product word that only some options hold (word-beside-name.ts)
  ids = narrowByWordBesideName(m.index, ids, m.analyze(q.request.text));
  for (const answer of q.answers) {
    const analysis = m.analyze(answer);
    const narrowed = narrowByNameCharacters(m.index, m.narrow(ids, analysis) ?? ids, analysis);
    ids = narrowByMeasures(m.index, ids, narrowed, answer);
  }
  for (const c of q.chosen) ids = ids.filter((id) => valueOf(m.index.products[id]!, c.attribute) === c.value);
  for (const words of q.excluded ?? []) {
    const hit = m.narrow(ids, m.analyze(words));
    if (hit?.length && hit.length < ids.length) ids = ids.filter((id) => !hit.includes(id));
  }
  return ids;
}

/**
 * Every product word or brand the words say names none of the candidates (红牛 to a question about wire); a word
 * that is also a spec value (白色 in the names 毛巾 白色) is read as the value.
 */
function namesElsewhere(index: CatalogIndex, ids: number[], analysis: Analysis): boolean {
  const names = analysis.mentions.filter(
    (x) => (x.kind === 'head' || x.kind === 'brand') && !index.terms.get(x.text)?.spec.size,
  );
  if (!names.length) return false;
  const pool = candidateSet(ids);
  return names.every((x) => !x.ids.some((id) => pool.has(id)));
}

const candidateSets = new WeakMap<number[], Set<number>>();

/**
 * The candidates as a set, made once per list: every item of a turn is tried against the same open questions,
 * each with up to thousands of candidates (id lists are never changed in place).
 */
export function candidateSet(ids: number[]): Set<number> {
  let set = candidateSets.get(ids);
  if (!set) candidateSets.set(ids, (set = new Set(ids)));
  return set;
}

/** A request for an item as the conversation keeps it. */
export function requestOf(item: ItemText, leansOn?: string): ProductRequest {
  return {
    text: item.text,
    ...(item.quantity && { quantity: saidOf(item.quantity) }),
    ...(leansOn && { leansOn }),
  };
}

/** Asks which of `ids` the request means (nothing to ask when there is at most one). */
export function askWhichProduct(
  request: ProductRequest,
  ids: number[],
  replaces?: string,
  chosen: WhichProduct['chosen'] = [],
): Action[] {
  if (ids.length <= 1) return [];
  return [
    {
      kind: 'ask',
      question: {
        kind: 'which_product',
        request,
        answers: [],
        chosen,
        asked: 0,
        ...(replaces && { replaces }),
      },
    },
  ];
}

/** When a question's candidates came down to one: closes it and places that product. */
export function settleIfOne(
  world: TurnWorld,
  state: ConversationState,
  q: WhichProduct,
  ids: number[],
): Action[] | undefined {
  if (ids.length !== 1) return undefined;
  const product = world.matcher.index.products[ids[0]!]!;
  return [
    { kind: 'close', question: q },
    ...placeProduct(world, state, product, q.request.quantity, {
      fresh: false,
      ...(q.replaces && { replaces: q.replaces }),
    }),
  ];
}

/** A question refined by an answer: settled when one product is left, else asked again about the rest. */
export function refine(
  world: TurnWorld,
  state: ConversationState,
  q: WhichProduct,
  next: WhichProduct,
): Action[] {
  let ids = candidatesOf(world, next);
  // 抽纸小包的 → "要哪个层数？" → 3层的: the size word said with the request picks its end once the answer leaves
  // the candidates one measure it can mean (while two were open, the question was asked instead)
  const end = ids.length > 1 ? sizeEndSaid(next.request.text) : undefined;
  const atEnd = end && productAtEnd(world, ids, end);
  if (atEnd) ids = [world.matcher.index.bySku.get(atEnd.sku)!];
  return (
    settleIfOne(world, state, next, ids)?.map((a) => (a.kind === 'close' ? { ...a, question: q } : a)) ?? [
      { kind: 'ask', question: next, replacing: q },
    ]
  );
}

/**
 * Free-text answers to open product questions: narrows every question the words fit (BV的 answers all three wire
 * questions of a 各). An answer with its own quantity to a question that has one is a part of it (弯头来150个 →
 * 4分的100个 6分的50个): it becomes a question of its own. Returns undefined when the words fit no question.
 */
export function answerWhichProducts(
  world: TurnWorld,
  state: ConversationState,
  item: ItemText,
  earlier: EarlierInTurn,
): Action[] | undefined {
  const m = world.matcher;
  const split = earlier.changes.flatMap((c) => (c.kind === 'question_split' ? [c.question] : []));
  const questions = [...state.questions, ...split].filter(
    (q): q is WhichProduct => q.kind === 'which_product',
  );
  const namesProductAndValue = (part: string) => {
    const mentions = m.analyze(part).mentions;
    return mentions.length > 1 && mentions.some((x) => x.kind === 'head');
  };
  const parts =
    !item.quantity && questions.length > 1 ? answerParts(item.text, namesProductAndValue) : undefined;
  if (parts) {
    // each part answers the one question it fits, a different one each
    const answered = parts.map((part) => {
      const analysis = m.analyze(part);
      const fits = questions.filter((q) => {
        const ids = candidatesOf(world, q);
        // (拉链要黑色 松紧带要白色: a part naming another product word is not about this question)
        if (namesElsewhere(m.index, ids, analysis)) return false;
        const narrowed = m.narrow(ids, analysis);
        return !!narrowed && narrowed.length < ids.length && !namesAnotherValue(m.index, ids, analysis);
      });
      return fits.length === 1 ? { question: fits[0]!, part: { ...item, text: part, analysis } } : undefined;
    });
    const found = answered.filter((a) => a !== undefined);
    if (found.length === parts.length && new Set(found.map((a) => a.question)).size === parts.length)
      return found.flatMap(({ part }) => answerWhichProducts(world, state, part, earlier) ?? []);
  }
  const actions: Action[] = [];
  for (const q of questions) {
    const ids = candidatesOf(world, q);
    // 红牛 1箱 names another product: no answer to a question about wire
    if (namesElsewhere(m.index, ids, item.analysis)) continue;
    const read = asSizes(world, ids, item);
    if (namesAnotherValue(m.index, ids, read.analysis)) continue;
    let narrowed = narrowByMeasures(
      m.index,
      ids,
      narrowByNameCharacters(m.index, m.narrow(ids, read.analysis) ?? ids, read.analysis),
      item.text,
    );
    // 长城 小桶的: the brand narrows, the size end picks among what is left
    const end = narrowed.length > 1 ? sizeEndSaid(item.text) : undefined;
    const atEnd = end && productAtEnd(world, narrowed, end);
    if (atEnd) narrowed = [m.index.bySku.get(atEnd.sku)!];
    if (narrowed.length >= ids.length) continue;
    const chosen = atEnd ? [...q.chosen, { attribute: '$sku', value: atEnd.sku }] : q.chosen;
    const quantity = read.quantity && !read.quantity.invalid ? saidOf(read.quantity) : undefined;
    // 闭门器 10个 085的 5个, 螺纹 10吨 14的 5吨: a part with its own quantity, in the message that asked the question,
    // is one more line (or question), not a part of the asked quantity (the 10 stay asked about)
    const askedNow = earlier.questionsBefore !== undefined && !earlier.questionsBefore.includes(q);
    // (帮我配一套监控 1. 海康400万半球 4台 …: parts naming products in other units than the asked quantity's are
    // the parts of a heading)
    if (
      quantity &&
      q.request.quantity &&
      askedNow &&
      state.questions.includes(q) &&
      (!hasProductWord(read.analysis) || quantity.unit === q.request.quantity.unit)
    ) {
      if (narrowed.length === 1)
        return placeProduct(world, state, m.index.products[narrowed[0]!]!, quantity, { fresh: true });
      if (!hasProductWord(read.analysis)) return undefined;
      const own: WhichProduct = {
        ...q,
        answers: [...q.answers, read.analysis.text],
        chosen,
        request: { ...q.request, quantity },
        asked: 0,
      };
      delete own.offered;
      return [{ kind: 'ask', question: own }];
    }
    if (quantity && q.request.quantity) {
      // this part of the item gets its own quantity: its own line or question
      const part: WhichProduct = {
        ...q,
        answers: [...q.answers, read.analysis.text],
        chosen,
        request: { ...q.request, quantity },
        asked: 0,
      };
      if (state.questions.includes(q)) actions.push({ kind: 'split', question: q });
      actions.push(
        ...(settleIfOne(world, state, part, candidatesOf(world, part)) ?? [{ kind: 'ask', question: part }]),
      );
      return actions;
    }
    if (!state.questions.includes(q)) continue;
    const next: WhichProduct = {
      ...q,
      answers: [...q.answers, read.analysis.text],
      chosen,
      asked: 0,
      ...(quantity && { request: { ...q.request, quantity } }),
    };
    delete next.offered;
    actions.push(...refine(world, state, q, next));
  }
  return actions.length ? actions : undefined;
}

/**
 * 普通的 to "火花塞要哪一种？镍合金火花塞 / 铱金火花塞": words the analysis drops as chat that only one candidate's own
 * name or aliases hold (普通火花塞) pick that candidate. Undefined when no open question, or not exactly one fits.
 */
export function answerByCandidateWords(
  world: TurnWorld,
  state: ConversationState,
  text: string,
): Action[] | undefined {
  const q = state.questions[0];
  if (q?.kind !== 'which_product' || q.parked) return undefined;
  const word = [...text].filter((c) => isHan(c) && !'的要来吧那就个种款呢啊吧'.includes(c)).join('');
  if (word.length < 1 || word.length > 4) return undefined;
  const ids = candidatesOf(world, q);
  const hits = ids.filter((id) => {
    const p = world.matcher.index.products[id]!;
    return [p.name, ...p.aliases].some((w) => w.includes(word));
  });
  if (hits.length === 1) return settleIfOne(world, state, q, hits);
  // 软的: one character of some candidates' names
  const narrowed = narrowByNameCharacters(world.matcher.index, ids, world.matcher.analyze(text));
  if (narrowed.length === ids.length) return undefined;
  const next: WhichProduct = { ...q, answers: [...q.answers, text], asked: 0 };
  delete next.offered;
  return refine(world, state, q, next);
}

/**
 * 5米 6位 to "插线板要哪个位数？": a measure in a unit none of the candidates is sold in, that fits some of them as a
 * size, is that size and no quantity.
 */
function asSizes(
  world: TurnWorld,
  ids: number[],
  item: ItemText,
): { analysis: ItemText['analysis']; quantity?: ItemText['quantity'] } {
  const unit = item.quantity?.unit;
  const plain = { analysis: item.analysis, ...(item.quantity && { quantity: item.quantity }) };
  if (!unit || ids.some((id) => world.matcher.index.units[id]!.has(unit))) return plain;
  // only a measure (5米, 60公分), never a count (1箱)
  const spelled = scanSpecs(normalizeTerm(item.quantity!.raw));
  if (
    spelled.length !== 1 ||
    spelled[0]!.bare ||
    spelled[0]!.raw.length !== normalizeTerm(item.quantity!.raw).length
  )
    return plain;
  const sized = world.matcher.analyze(`${item.text} ${item.quantity!.raw}的`);
  const narrowed = world.matcher.narrow(ids, sized);
  return narrowed && narrowed.length < ids.length ? { analysis: sized } : plain;
}

/** 第二个 / 2: an option of a product question that offered options; undefined when it offered none. */
export function pickOption(
  world: TurnWorld,
  state: ConversationState,
  q: WhichProduct,
  number: number,
): Action[] | undefined {
  const value = q.offered?.values[number - 1];
  if (!q.offered || value === undefined) return undefined;
  const next: WhichProduct = {
    ...q,
    chosen: [...q.chosen, { attribute: q.offered.attribute, value }],
    asked: 0,
  };
  delete next.offered;
  return refine(world, state, q, next);
}

/** 一号 to "要哪个粒径？": the value of another attribute the answer named (料号 1号), as if it had been offered. */
export function pickChoice(
  world: TurnWorld,
  state: ConversationState,
  q: WhichProduct,
  choice: { attribute: string; value: string },
): Action[] {
  const next: WhichProduct = { ...q, chosen: [...q.chosen, choice], asked: 0 };
  delete next.offered;
  return refine(world, state, q, next);
}

/**
 * 大的 / 最小号 / 长一点的 to a product question: the candidates at that end of the one measure they differ by
 * (see size-order.ts); undefined when the word picks no fewer of them, or more than one value.
 */
export function pickAtEnd(
  world: TurnWorld,
  state: ConversationState,
  q: WhichProduct,
  end: SizeEnd,
): Action[] | undefined {
  const ids = candidatesOf(world, q);
  const at = candidatesAtEnd(world.matcher.index, ids, end);
  if (!at || at.ids.length >= ids.length) return undefined;
  const products = at.ids.map((id) => world.matcher.index.products[id]!);
  const choice =
    products.length === 1
      ? { attribute: '$sku', value: products[0]!.sku }
      : products.every((p) => p.specs[at.attribute] === at.value)
        ? { attribute: at.attribute, value: at.value }
        : undefined;
  if (!choice) return undefined;
  const next: WhichProduct = { ...q, chosen: [...q.chosen, choice], asked: 0 };
  delete next.offered;
  return refine(world, state, q, next);
}
