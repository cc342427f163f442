import type { DialogCustomer, DialogTurn, OrderView } from '../dialog/dialog-types.js';
import { texts } from './bot-texts.js';
import type { CustomerRef, StaffRef } from './conversation-types.js';
import { attachPictures } from './picture-turn.js';
import { freshSession, tellOthers, type TurnContext } from './turn-context.js';

export function toDialogCustomer(c: CustomerRef): DialogCustomer {
  return c.tier ? { id: c.id, name: c.name, tier: c.tier } : { id: c.id, name: c.name };
}

/** Runs the engine on the session's state; the caller acts on a `confirmed` event. */
export async function runDialog(
  ctx: TurnContext,
  text: string,
  customer: DialogCustomer,
  customerId: string | null,
): Promise<DialogTurn> {
  const history = customerId ? await ctx.deps.directory.history(customerId) : [];
  const turn = ctx.deps.engine.handle(ctx.session.dialog, { text, customer, history, now: ctx.now });
  ctx.replies.push(...turn.replies);
  const hasDraft = turn.order?.status === 'draft' && turn.order.lines.length > 0;
  ctx.session = { ...ctx.session, dialog: turn.state, hasDraft };
  return turn;
}

function confirmedOf(turn: DialogTurn): { order: OrderView; revision: number } | null {
  for (const e of turn.events) if (e.type === 'confirmed') return e;
  return null;
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
  const turn = await runDialog(ctx, text, toDialogCustomer(customer), customer.id);
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
  await attachPictures(ctx, placed.orderId);
  ctx.deps.directory.orderPlaced(customer.id);
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
  const turn = await runDialog(ctx, msg.text, guest, null);
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
