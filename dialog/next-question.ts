import type { ConversationState, OpenQuestion, PendingLineChange } from './conversation-state.js';
import { candidatesOf } from './product-questions.js';
import type { WhichProduct } from './product-questions.js';
import type { TurnWorld } from './turn-world.js';

/** Most options one question lists. */
export const MAX_OPTIONS = 8;
/** Most products listed when a question is asked the third time. */
const MAX_CLOSEST = 6;

/**
 * The question to put to the customer, as the reply module renders it. `round` is how often it was asked
 * before: 0 the plain question, 1 the options numbered, 2 and more the closest products by number.
 */
export type QuestionToAsk =
  | { kind: 'stock'; sku: string; wanted: number; available: number; round: number }
  | { kind: 'quantity'; sku: string; problem?: 'not_whole' | 'no_amount'; said?: string; round: number }
  | {
      kind: 'which_product';
      /** The candidates' catalog positions (often thousands), for the common name. */
      candidates: number[];
      attribute: string;
      /** What to show for each option: a value, or (third round) a product's SKU. */
      options: string[];
      labels?: string[];
      quantityText: string;
      round: number;
    }
  | { kind: 'offer'; skus: string[]; said: string; quantityText: string; round: number }
  | { kind: 'which_line'; skus: string[]; change: PendingLineChange; round: number }
  /** Asked only at a confirmation: what the customer wrote that no line took (see unplaced-items.ts). */
  | {
      kind: 'unplaced';
      said: string;
      /** What the shop has of the product said, when it sells it in other specs only (missing-specs.ts). */
      values?: string[];
      /** The products it could be, shown when there are no values to list. */
      skus?: string[];
      /** Answered "没有" while catalog words are in it: the question offers the closest products. */
      lost?: true;
      /** An edit that named no line: the question asks which line it means. */
      edit?: true;
      round: number;
    };

/**
 * Stage 4 of a turn: the one question to ask, or none. Side-effect free: returns the state with the question's
 * round counted and the options it offers recorded (so that 2 / 第二个 picks one), and drops questions that no
 * longer have candidates.
 */
export function chooseQuestion(
  world: TurnWorld,
  state: ConversationState,
): { state: ConversationState; question?: QuestionToAsk } {
  const m = world.matcher;
  const questions = [...state.questions];
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    // an unplaced item was asked about when it was read; it is asked again only at a confirmation
    if (q.parked || q.kind === 'unplaced') continue;
    const round = q.asked;
    const counted = (next: OpenQuestion, question: QuestionToAsk) => {
      questions[i] = next;
      return { state: { ...state, questions }, question };
    };
    switch (q.kind) {
      case 'stock':
        return counted(
          { ...q, asked: round + 1 },
          { kind: 'stock', sku: q.sku, wanted: q.wanted, available: q.available, round },
        );
      case 'quantity':
        return counted(
          { ...q, asked: round + 1 },
          {
            kind: 'quantity',
            sku: q.sku,
            round,
            ...(q.problem && { problem: q.problem }),
            ...(q.said && { said: q.said }),
          },
        );
      case 'offer':
        return counted(
          { ...q, asked: round + 1 },
          { kind: 'offer', skus: q.skus, said: q.said, quantityText: q.quantity?.text ?? '', round },
        );
      case 'which_line':
        return counted(
          { ...q, asked: round + 1 },
          { kind: 'which_line', skus: q.skus, change: q.change, round },
        );
      case 'which_product': {
        const ids = candidatesOf(world, q);
        if (ids.length <= 1) continue;
        const quantityText = q.request.quantity?.text ?? '';
        // the closest products by number, when few enough to list all; else the options again, numbered
        if (round >= 2 && ids.length <= MAX_CLOSEST) {
          const shown = ids.slice(0, MAX_CLOSEST).map((id) => m.index.products[id]!.sku);
          const next: WhichProduct = {
            ...q,
            asked: round + 1,
            offered: { attribute: '$sku', values: shown },
          };
          return counted(next, {
            kind: 'which_product',
            candidates: ids,
            attribute: '$sku',
            options: shown,
            quantityText,
            round,
          });
        }
        const d = m.distinctions(ids)[0];
        if (!d) continue;
        const options = d.values.slice(0, MAX_OPTIONS);
        const next: WhichProduct = {
          ...q,
          asked: round + 1,
          offered: { attribute: d.attr, values: options },
        };
        return counted(next, {
          kind: 'which_product',
          candidates: ids,
          attribute: d.attr,
          options,
          ...(d.labels && { labels: d.labels.slice(0, MAX_OPTIONS) }),
          quantityText,
          round,
        });
      }
    }
  }
  return { state };
}
