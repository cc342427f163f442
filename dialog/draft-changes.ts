import type {
  ConversationState,
  LineAmountSaid,
  OpenQuestion,
  RefusedRequest,
  SaidQuantity,
} from './conversation-state.js';

/** Something the reply must tell the customer that is not a change of the draft. */
export type Note =
  /** Nothing in the catalog is close to what was asked: the one case for "没有". */
  | { kind: 'not_sold'; what: string; suggestions: string[] }
  /** The product exists, not with this spec or brand; `values` are what there is. */
  | { kind: 'no_such_spec'; what: string; head: string; attribute?: string; values: string[] }
  /** Words the engine did not read beside words it did: said back before the question about the products close. */
  | { kind: 'unread'; what: string }
  /** Values said that no product holds together (XL码 4g): said back before the question among the products close. */
  | { kind: 'not_together'; what: string; head: string }
  | { kind: 'unknown_barcode'; code: string; quantity?: SaidQuantity }
  | { kind: 'out_of_stock'; sku: string }
  | { kind: 'too_many'; sku: string; quantity: number; max: number }
  /** A quantity with nothing to belong to (no product named, no line to set). */
  | { kind: 'quantity_for_nothing'; said: string; quantity: SaidQuantity }
  | { kind: 'no_last_order' }
  | { kind: 'reordered' }
  | { kind: 'no_longer_sold'; sku: string }
  /** An edit names something that is not on the draft (去掉电线 with no wire ordered). */
  | { kind: 'not_on_draft'; what: string };

/**
 * What resolving one intent asks to be done to the conversation (stage 2's output, stage 3's input). Resolution
 * has already checked stock, limits and conversions: applying an action never fails.
 */
export type Action =
  /** Puts a line at `quantity` (sale units), in place of `replaces` when given; `fresh` for a new item. */
  | { kind: 'put'; sku: string; quantity: number; replaces?: string; fresh: boolean; said?: LineAmountSaid }
  | { kind: 'remove'; sku: string }
  /** Opens a question, in place of `replacing` (the same question refined) when given. */
  | { kind: 'ask'; question: OpenQuestion; replacing?: OpenQuestion }
  | { kind: 'close'; question: OpenQuestion; dropped?: boolean; gaveUp?: true }
  /** Stops asking a question gone past after three rounds; it stays open, last, for a late answer. */
  | { kind: 'park'; question: OpenQuestion }
  /** A question split by an answer into parts with their own quantities (弯头 → 4分的100个 6分的50个). */
  | { kind: 'split'; question: OpenQuestion }
  | { kind: 'focus'; sku: string }
  | { kind: 'note'; note: Note }
  | { kind: 'refuse'; refused: RefusedRequest }
  /** The customer pointed at lines already on the draft: the reply shows it. */
  | { kind: 'acknowledge' }
  | { kind: 'cancel_order' };

/** What changed, for the reply (every change is told) and for later intents of the same message. */
export type DraftChange =
  | { kind: 'added'; sku: string; quantity: number; fresh: boolean }
  | { kind: 'quantity_changed'; sku: string; from: number; to: number }
  | { kind: 'replaced'; from: string; to: string; fromQuantity: number; quantity: number }
  | { kind: 'removed'; sku: string; quantity: number }
  /** `gaveUp`: a parked question let go when the order was confirmed: not added, and the reply says so. */
  | { kind: 'question_dropped'; question: OpenQuestion; gaveUp?: true }
  /** No longer asked: asked three ways and gone past again (see {@link OpenQuestion}'s `parked`). */
  | { kind: 'question_parked'; question: OpenQuestion }
  | { kind: 'question_split'; question: OpenQuestion }
  | { kind: 'noted'; note: Note }
  | { kind: 'acknowledged' }
  | { kind: 'cancelled' };

/**
 * Stage 3 of a turn: applies actions to the conversation. Pure: returns a new state and the list of what
 * changed; the state passed in is not touched.
 */
export function applyActions(
  state: ConversationState,
  actions: Action[],
): { state: ConversationState; changes: DraftChange[] } {
  let s: ConversationState = { ...state, lines: [...state.lines], questions: [...state.questions] };
  const changes: DraftChange[] = [];
  for (const action of actions) {
    switch (action.kind) {
      case 'put': {
        const existing = s.lines.find((l) => l.sku === action.sku);
        const old = action.replaces ? s.lines.find((l) => l.sku === action.replaces) : undefined;
        if (old && action.replaces !== action.sku) {
          // 布拖把换成平拖 with 平拖 already on the draft: the two lines become one, neither quantity lost
          const quantity = action.quantity + (existing?.quantity ?? 0);
          s.lines = s.lines
            .filter((l) => l.sku !== action.sku)
            .map((l) =>
              l.sku === old.sku ? lineOf(action.sku, quantity, existing ? undefined : action.said) : l,
            );
          s.questions = s.questions.filter(
            (q) => !(q.kind !== 'which_product' && questionSku(q) === old.sku),
          );
          changes.push({
            kind: 'replaced',
            from: old.sku,
            to: action.sku,
            fromQuantity: old.quantity,
            quantity,
          });
        } else if (existing) {
          if (existing.quantity === action.quantity) {
            s.focus = action.sku;
            continue;
          }
          s.lines = s.lines.map((l) =>
            l.sku === action.sku ? lineOf(l.sku, action.quantity, action.said) : l,
          );
          changes.push({
            kind: 'quantity_changed',
            sku: action.sku,
            from: existing.quantity,
            to: action.quantity,
          });
        } else {
          s.lines.push(lineOf(action.sku, action.quantity, action.said));
          changes.push({ kind: 'added', sku: action.sku, quantity: action.quantity, fresh: action.fresh });
        }
        s.questions = s.questions.filter(
          (q) => !((q.kind === 'quantity' || q.kind === 'stock') && q.sku === action.sku),
        );
        s.focus = action.sku;
        s.revision += 1;
        break;
      }
      case 'remove': {
        const line = s.lines.find((l) => l.sku === action.sku);
        if (!line) break;
        s.lines = s.lines.filter((l) => l.sku !== action.sku);
        s.questions = s.questions.filter(
          (q) => !(q.kind !== 'which_product' && questionSku(q) === action.sku),
        );
        if (s.focus === action.sku) s = withFocus(s, s.lines[s.lines.length - 1]?.sku);
        s.revision += 1;
        changes.push({ kind: 'removed', sku: action.sku, quantity: line.quantity });
        break;
      }
      case 'ask': {
        const replaced = action.replacing;
        const at = replaced ? s.questions.indexOf(replaced) : -1;
        if (at >= 0) s.questions[at] = action.question;
        else {
          // one question per product: a newer one about the same SKU takes the place of the older
          const sku = questionSku(action.question);
          s.questions = s.questions.filter(
            (q) => !(sku && q.kind !== 'which_product' && questionSku(q) === sku),
          );
          s.questions.push(action.question);
        }
        const sku = questionSku(action.question);
        if (sku) s.focus = sku;
        break;
      }
      case 'close':
        s.questions = s.questions.filter((q) => q !== action.question);
        if (action.dropped)
          changes.push({
            kind: 'question_dropped',
            question: action.question,
            ...(action.gaveUp && { gaveUp: true }),
          });
        break;
      case 'park':
        s.questions = [
          ...s.questions.filter((q) => q !== action.question),
          { ...action.question, parked: true },
        ];
        changes.push({ kind: 'question_parked', question: action.question });
        break;
      case 'split':
        s.questions = s.questions.filter((q) => q !== action.question);
        changes.push({ kind: 'question_split', question: action.question });
        break;
      case 'focus':
        s.focus = action.sku;
        break;
      case 'note':
        changes.push({ kind: 'noted', note: action.note });
        break;
      case 'refuse':
        s.refused = action.refused;
        break;
      case 'acknowledge':
        changes.push({ kind: 'acknowledged' });
        break;
      case 'cancel_order':
        s = { ...s, status: 'cancelled', lines: [], questions: [], revision: s.revision + 1 };
        delete s.focus;
        changes.push({ kind: 'cancelled' });
        break;
    }
  }
  return { state: s, changes };
}

function withFocus(s: ConversationState, sku: string | undefined): ConversationState {
  const next = { ...s };
  if (sku) next.focus = sku;
  else delete next.focus;
  return next;
}

/** The SKU a question is about, when it is about one known product. */
export function questionSku(q: OpenQuestion): string | undefined {
  return q.kind === 'quantity' || q.kind === 'stock' ? q.sku : undefined;
}

/** A draft line, with the amount as said only when there is one. */
function lineOf(sku: string, quantity: number, said: LineAmountSaid | undefined) {
  return { sku, quantity, ...(said && { said }) };
}
