import { texts } from './bot-texts.js';
import type { CustomerRef, ReviewAnswer, StaffRef } from './conversation-types.js';
import { readOrderInquiry } from '../dialog/order-inquiry.js';
import { wholeNumberInquiry } from './order-answers.js';
import { answerInquiry, customerTurn, settlePendingCancel } from './order-turns.js';
import { parseRepCommand } from './rep-commands.js';
import { freshSession, type TurnContext } from './turn-context.js';

function answerText(answer: ReviewAnswer): string {
  switch (answer.kind) {
    case 'decided':
      return texts.reviewDecided(answer.number, answer.outcome);
    case 'unknown':
      return texts.reviewUnknown(answer.ref);
    case 'ambiguous':
      return texts.reviewAmbiguous(answer.ref, answer.numbers);
    case 'refused':
      return answer.message;
  }
}

/**
 * A sales rep (or other staff) talks: list the orders waiting at a review step they decide, approve or reject one
 * (the same decision as in the back office; the customer is told by the pipeline), start ordering for a customer
 * (帮王老板下单 …, or simply talking inside that customer's group), or go on with the order being taken.
 */
export async function handleStaffMessage(
  ctx: TurnContext,
  staff: StaffRef,
  groupCustomer: CustomerRef | null,
): Promise<void> {
  const { deps, replies } = ctx;
  // The answer to "确定要取消…吗？" comes before commands (确认 alone is no review decision here).
  if (await settlePendingCancel(ctx, `staff:${staff.id}`)) return;
  const cmd = parseRepCommand(ctx.msg.text);
  switch (cmd.type) {
    case 'list': {
      const mine = await deps.desk.waiting(staff);
      replies.push(mine.length ? texts.pendingList(mine) : texts.noPending);
      return;
    }
    case 'approve': {
      const answer = await deps.desk.decide(staff, cmd.ref, 'approve');
      deps.log.info({ ref: cmd.ref, staffId: staff.id, answer: answer.kind }, 'review decided in chat');
      replies.push(answerText(answer));
      return;
    }
    case 'reject': {
      if (!cmd.reason) {
        replies.push(texts.rejectNeedsReason);
        return;
      }
      const answer = await deps.desk.decide(staff, cmd.ref, 'reject', cmd.reason);
      deps.log.info({ ref: cmd.ref, staffId: staff.id, answer: answer.kind }, 'review decided in chat');
      replies.push(answerText(answer));
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
    // Not ordering for anyone: a question about an order (LD-20261205-0007 到哪了, 订单7发货了吗) or the help.
    const inquiry = wholeNumberInquiry(ctx.msg.text) ?? readOrderInquiry(ctx.msg.text);
    if (inquiry) return answerInquiry(ctx, inquiry, { kind: 'staff', staff });
    replies.push(texts.repHelp(staff.name));
    return;
  }
  // Placing or cancelling the draft ends the acting-for (a fresh session); until then the rep goes on.
  await customerTurn(ctx, customer, staff);
}

/**
 * A staff member orders for a customer from the back office (代客下单): the message always goes to that customer's
 * draft (a draft of another customer in this chat is dropped), and the order is placed as the customer's, by them.
 */
export async function deskTurn(ctx: TurnContext, staff: StaffRef, customerId: string): Promise<void> {
  const customer = await ctx.deps.directory.customer(customerId);
  if (!customer) {
    ctx.replies.push(texts.customerNotFound(customerId));
    return;
  }
  if (ctx.session.actingFor !== customer.id) {
    ctx.session = { ...freshSession(ctx.deps, ctx.now), actingFor: customer.id };
  }
  await customerTurn(ctx, customer, staff);
}
