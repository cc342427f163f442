import type { DialogCustomer, DialogTurn, OrderInquiry, OrderView } from '../dialog/dialog-types.js';
import { texts } from './bot-texts.js';
import type { CustomerRef, OrderOwner, StaffRef } from './conversation-types.js';
import {
  answerOrderQuestion,
  isCancelNo,
  isCancelYes,
  planCancel,
  wholeNumberInquiry,
} from './order-answers.js';
import { attachPictures } from './picture-turn.js';
import { followUpText, holdQuestion } from '../photo/picture-conversation.js';
import { freshSession, tellOthers, type TurnContext } from './turn-context.js';

export function toDialogCustomer(c: CustomerRef): DialogCustomer {
  return c.tier ? { id: c.id, name: c.name, tier: c.tier } : { id: c.id, name: c.name };
}

/**
 * Runs the engine on the session's state; the caller acts on a `confirmed` event. A question about a placed order
 * is answered by the caller from the order records, in place of the engine's holding line.
 */
export async function runDialog(
  ctx: TurnContext,
  text: string,
  customer: DialogCustomer,
  customerId: string | null,
): Promise<DialogTurn> {
  const history = customerId ? await ctx.deps.directory.history(customerId) : [];
  const hold = ctx.pictureTurn ? null : (ctx.session.pictureHold ?? null);
  const said = !ctx.pictureTurn && ctx.session.afterPicture ? followUpText(text) : null;
  const turn = ctx.deps.engine.handle(ctx.session.dialog, {
    text: said?.text ?? text,
    customer,
    history,
    now: ctx.now,
  });
  if (hold && confirmedOf(turn)) {
    // Lines of the picture are still open: the confirmation is not taken, they are asked about again.
    ctx.replies.push(holdQuestion(hold));
    return { ...turn, state: ctx.session.dialog ?? turn.state, events: [], replies: [] };
  }
  if (hold && !said?.confirms) ctx.session = { ...ctx.session, pictureHold: null };
  if (!inquiryOf(turn)) ctx.replies.push(...turn.replies);
  const hasDraft = turn.order?.status === 'draft' && turn.order.lines.length > 0;
  ctx.session = { ...ctx.session, dialog: turn.state, hasDraft };
  ctx.draft = turn.order;
  return turn;
}

function confirmedOf(turn: DialogTurn): { order: OrderView; revision: number } | null {
  for (const e of turn.events) if (e.type === 'confirmed') return e;
  return null;
}

function inquiryOf(turn: DialogTurn): OrderInquiry | null {
  for (const e of turn.events) if (e.type === 'order_question') return e.inquiry;
  return null;
}

/** Who asks about placed orders, and so which orders they may see and cancel. */
export type Asker =
  | { kind: 'customer'; owner: OrderOwner; name: string }
  | { kind: 'staff'; staff: StaffRef; customerId?: string };

/** Answers a question about placed orders from the records; a cancellation is asked about first. */
export async function answerInquiry(ctx: TurnContext, inquiry: OrderInquiry, asker: Asker): Promise<void> {
  const found =
    asker.kind === 'customer'
      ? await ctx.deps.orders.find(asker.owner, inquiry.order, inquiry.text)
      : await ctx.deps.orders.findForStaff(asker.staff, inquiry.order, inquiry.text, asker.customerId);
  ctx.deps.log.info(
    { topic: inquiry.topic, reference: inquiry.order.kind, found: found.kind },
    'order question',
  );
  if (inquiry.topic !== 'cancel') {
    ctx.replies.push(...answerOrderQuestion(inquiry, found));
    return;
  }
  const plan = planCancel(
    found,
    asker.kind === 'customer'
      ? { kind: 'customer', name: asker.name }
      : { kind: 'staff', roles: asker.staff.roles },
  );
  ctx.replies.push(plan.text);
  if (plan.kind === 'ask') {
    const { orderId, number } = plan.order;
    ctx.session = { ...ctx.session, pendingCancel: { orderId, number, onlyFrom: plan.onlyFrom } };
  } else if (plan.kind === 'to_rep' && asker.kind === 'customer') {
    const customer =
      asker.owner.kind === 'customer' ? await ctx.deps.directory.customer(asker.owner.id) : null;
    const reps = customer?.repId ? [customer.repId] : (await ctx.deps.directory.reps()).map((r) => r.id);
    for (const id of reps) {
      await tellOthers(ctx, () => ctx.deps.outbound.toParty({ kind: 'staff', id }, plan.repText));
    }
  }
}

/**
 * The message after "确定要取消…吗？": a yes cancels (the back office's cancellation: stock released, staff told),
 * a no keeps the order; anything else keeps it too and goes on as a message of its own. True when it was the answer.
 */
export async function settlePendingCancel(ctx: TurnContext, actor: string): Promise<boolean> {
  const pending = ctx.session.pendingCancel;
  if (!pending) return false;
  const { pendingCancel: _answered, ...rest } = ctx.session;
  ctx.session = rest;
  const text = ctx.msg.text;
  if (isCancelYes(text)) {
    const outcome = await ctx.deps.orders.cancel(pending.orderId, actor, pending.onlyFrom);
    ctx.deps.log.info({ orderNumber: pending.number, outcome }, 'order cancel asked in chat');
    ctx.replies.push(texts.cancelOutcome(pending.number, outcome));
    return true;
  }
  ctx.replies.push(texts.cancelKept(pending.number));
  return isCancelNo(text);
}

/** After an order left the session (placed or cancelled) the next draft gets a new session id. */
export function closeDraft(ctx: TurnContext): void {
  ctx.session = { ...freshSession(ctx.deps, ctx.now), introduced: ctx.session.introduced };
}

/**
 * A customer (or a rep acting for one: `staff`) talks; a confirmed draft is placed at once. Whether someone must
 * look at it first is the review chain's to say, in the pipeline: one place, weighed once.
 */
export async function customerTurn(
  ctx: TurnContext,
  customer: CustomerRef,
  staff: StaffRef | null,
  text = ctx.msg.text,
): Promise<void> {
  if (await settlePendingCancel(ctx, staff ? `staff:${staff.id}` : `customer:${customer.id}`)) return;
  const asker: Asker = staff
    ? { kind: 'staff', staff, customerId: customer.id }
    : { kind: 'customer', owner: { kind: 'customer', id: customer.id }, name: customer.name };
  const whole = wholeNumberInquiry(text);
  if (whole) return answerInquiry(ctx, whole, asker);
  const turn = await runDialog(ctx, text, toDialogCustomer(customer), customer.id);
  const inquiry = inquiryOf(turn);
  if (inquiry) return answerInquiry(ctx, inquiry, asker);
  if (turn.events.some((e) => e.type === 'cancelled')) return closeDraft(ctx);
  const confirmed = confirmedOf(turn);
  if (!confirmed) return;
  const order = {
    sourceKey: `${ctx.session.id}:${confirmed.revision}`,
    customerId: customer.id,
    placedByStaffId: staff?.id ?? null,
    channel: ctx.msg.channel,
    lines: confirmed.order.lines,
  };
  const placed = await ctx.deps.intake.place({ ...order, needsRep: false });
  ctx.placed = placed;
  await attachPictures(ctx, placed.orderId);
  ctx.deps.directory.orderPlaced(
    customer.id,
    placed.created ? { lines: confirmed.order.lines.map((l) => ({ sku: l.sku, qty: l.qty })) } : undefined,
  );
  ctx.deps.log.info(
    { orderNumber: placed.orderNumber, created: placed.created, customerId: customer.id },
    'order placed',
  );
  if (staff) {
    ctx.replies.push(texts.placedFor(placed.orderNumber, customer.name));
    await tellOthers(ctx, () =>
      ctx.deps.outbound.toParty(
        { kind: 'customer', id: customer.id },
        texts.placedByRep(placed.orderNumber, staff.name),
      ),
    );
  } else {
    ctx.replies.push(texts.placed(placed.orderNumber));
  }
  closeDraft(ctx);
}

/**
 * Someone the directory does not know: the draft is taken and a confirmed one is placed for no customer, with the
 * chat to tell; the review chain has a rep look at it (a new customer) before anything is reserved for good.
 */
export async function guestTurn(ctx: TurnContext): Promise<void> {
  const { msg } = ctx;
  const guest: DialogCustomer = { id: `guest:${msg.channel}:${msg.contactId}`, name: msg.contactName };
  if (await settlePendingCancel(ctx, `chat:${msg.channel}:${msg.contactId}`)) return;
  const owner: OrderOwner = { kind: 'chat', address: { channel: msg.channel, contactId: msg.contactId } };
  const asker: Asker = { kind: 'customer', owner, name: msg.contactName };
  const whole = wholeNumberInquiry(msg.text);
  if (whole) return answerInquiry(ctx, whole, asker);
  const turn = await runDialog(ctx, msg.text, guest, null);
  const inquiry = inquiryOf(turn);
  if (inquiry) return answerInquiry(ctx, inquiry, asker);
  if (turn.events.some((e) => e.type === 'cancelled')) return closeDraft(ctx);
  const confirmed = confirmedOf(turn);
  if (!confirmed) return;
  const placed = await ctx.deps.intake.place({
    sourceKey: `${ctx.session.id}:${confirmed.revision}`,
    customerId: null,
    placedByStaffId: null,
    channel: msg.channel,
    lines: confirmed.order.lines,
    needsRep: true,
    note: `新客户 ${msg.contactName}（${msg.channel} ${msg.contactId}）`,
    guestChat: { ...ctx.address, name: msg.contactName },
  });
  await attachPictures(ctx, placed.orderId);
  ctx.deps.log.info({ orderNumber: placed.orderNumber, created: placed.created }, 'guest order placed');
  ctx.replies.push(texts.placedGuest(placed.orderNumber));
  closeDraft(ctx);
}
