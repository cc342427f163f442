import { texts } from './bot-texts.js';
import type { CustomerRef, PendingReview, StaffRef } from './conversation-types.js';
import { customerTurn } from './order-turns.js';
import { parseRepCommand } from './rep-commands.js';
import { freshSession, tellOthers, type TurnContext } from './turn-context.js';

function mayDecide(staff: StaffRef, review: PendingReview): boolean {
  return staff.roles.includes('admin') || review.repIds.length === 0 || review.repIds.includes(staff.id);
}

/**
 * A sales rep (or other staff) talks: list, approve or reject held drafts, start ordering for a customer
 * (帮王老板下单 …, or simply talking inside that customer's group), or go on with the order being taken.
 */
export async function handleStaffMessage(
  ctx: TurnContext,
  staff: StaffRef,
  groupCustomer: CustomerRef | null,
): Promise<void> {
  const { deps, replies } = ctx;
  const cmd = parseRepCommand(ctx.msg.text);
  switch (cmd.type) {
    case 'list': {
      const mine = (await deps.reviews.list()).filter((r) => mayDecide(staff, r));
      replies.push(mine.length ? texts.pendingList(mine) : texts.noPending);
      return;
    }
    case 'approve': {
      const review = await deps.reviews.get(cmd.no);
      if (!review || !mayDecide(staff, review)) {
        replies.push(texts.pendingUnknown(cmd.no));
        return;
      }
      const placed = await deps.intake.place({
        ...review.order,
        placedByStaffId: review.order.placedByStaffId ?? staff.id,
        needsRep: review.reason === 'new_customer',
      });
      await deps.reviews.remove(cmd.no);
      if (review.order.customerId) deps.directory.orderPlaced(review.order.customerId);
      deps.log.info({ reviewNo: cmd.no, orderNo: placed.orderNo, staffId: staff.id }, 'held draft approved');
      replies.push(texts.reviewApproved(cmd.no, placed.orderNo));
      await tellOthers(ctx, () =>
        deps.outbound.toChat(review.requester, texts.requesterApproved(placed.orderNo)),
      );
      return;
    }
    case 'reject': {
      const review = await deps.reviews.get(cmd.no);
      if (!review || !mayDecide(staff, review)) {
        replies.push(texts.pendingUnknown(cmd.no));
        return;
      }
      await deps.reviews.remove(cmd.no);
      deps.log.info({ reviewNo: cmd.no, staffId: staff.id }, 'held draft rejected');
      replies.push(texts.reviewRejected(cmd.no));
      await tellOthers(ctx, () =>
        deps.outbound.toChat(review.requester, texts.requesterRejected(cmd.reason)),
      );
      return;
    }
    case 'order_for': {
      const found = await deps.directory.findCustomers(cmd.customer);
      const exact = found.filter((c) => c.name === cmd.customer || c.id === cmd.customer);
      const pick = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
      if (!pick) {
        replies.push(
          found.length
            ? texts.customerAmbiguous(
                cmd.customer,
                found.slice(0, 5).map((c) => c.name),
              )
            : texts.customerNotFound(cmd.customer),
        );
        return;
      }
      ctx.session = { ...freshSession(deps, ctx.now), actingFor: pick.id };
      if (!cmd.rest) {
        replies.push(texts.actingFor(pick.name));
        return;
      }
      await customerTurn(ctx, pick, staff, cmd.rest);
      return;
    }
    case 'none':
      break;
    default: {
      const never: never = cmd;
      throw new Error(`unknown rep command ${JSON.stringify(never)}`);
    }
  }
  if (groupCustomer && ctx.session.actingFor !== groupCustomer.id) {
    ctx.session = { ...freshSession(deps, ctx.now), actingFor: groupCustomer.id };
  }
  const customer = ctx.session.actingFor ? await deps.directory.customer(ctx.session.actingFor) : null;
  if (!customer) {
    replies.push(texts.repHelp(staff.name));
    return;
  }
  // Placing or cancelling the draft ends the acting-for (a fresh session); until then the rep goes on.
  await customerTurn(ctx, customer, staff);
}
