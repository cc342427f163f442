import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import type { Person } from '../auth/person.js';
import type { ConversationService } from '../bot/conversation-service.js';
import { findCustomer } from '../customers/pg-customer-queries.js';
import type { Db } from '../db/pg-database.js';
import { questionChoices } from '../dialog/question-choices.js';
import { HttpError } from './http-errors.js';
import { PICTURE_BODY_LIMIT, pictureBytes, PictureField } from './picture-operations.js';
import { defineOperation, outOfScope, staffOf, type Operation } from './operations.js';

const PictureBody = z.object({
  picture: PictureField.meta({
    description: '客户发来的单子图片（粘贴或拖入），读出每一行当作客户的话；图片跟订单一起保存',
  }),
});
const CustomerParams = z.object({ customerId: z.string().min(1).max(64) });
const MessageBody = z.object({
  text: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .meta({ description: '粘贴的微信消息、电话里客户说的话，或对问题的回答（「确认」下单，「取消」作废）' }),
});

/**
 * Phone and pasted orders (代客下单): a staff member types or pastes what a customer said, and the same
 * conversation service as the chat (same engine, same questions) keeps a draft for that customer; confirming places
 * it as the customer's order, placed by the staff member. One draft per staff member and customer.
 */
export function deskOrderOperations(deps: { db: Db; service: ConversationService }): Operation[] {
  const { db } = deps;
  /** One desk turn: the customer's words or picture through the chat's conversation, and the draft it left. */
  async function deskTurn(
    input: { person: Person | undefined; params: { customerId: string } },
    message: { text: string; picture?: Uint8Array },
  ) {
    const staff = staffOf(input);
    const customer = await findCustomer(db, input.params.customerId);
    if (!customer) throw new HttpError(404, 'customer_not_found', '没有这位客户');
    if (!inScope(customerScope(staff), customer)) throw outOfScope();
    const outcome = await deps.service.turn({
      channel: 'desk',
      contactId: `${staff.id}:${customer.id}`,
      contactName: staff.name,
      as: { kind: 'staff', id: staff.id },
      onBehalfOf: customer.id,
      ...message,
    });
    const skus = outcome.draft?.lines.map((l) => l.sku) ?? [];
    const products = skus.length
      ? await db
          .selectFrom('products as p')
          .leftJoin('stock as s', 's.sku', 'p.sku')
          .select(['p.sku', 'p.name', 'p.specs', 's.on_hand', 's.reserved'])
          .where('p.sku', 'in', skus)
          .execute()
      : [];
    const bySku = new Map(products.map((p) => [p.sku, p]));
    const draft =
      outcome.draft && outcome.draft.status === 'draft' && outcome.draft.lines.length > 0
        ? outcome.draft
        : null;
    return {
      customer: { id: customer.id, name: customer.name },
      replies: outcome.replies,
      choices: questionChoices(outcome.replies.at(-1)),
      draft: draft && {
        totalFen: draft.totalFen,
        lines: draft.lines.map((l) => {
          const p = bySku.get(l.sku);
          return {
            ...l,
            name: p?.name ?? l.sku,
            spec: p ? Object.values(p.specs).join(' ') : '',
            available: p ? Number(p.on_hand ?? 0) - Number(p.reserved ?? 0) : 0,
          };
        }),
      },
      placed: outcome.placed && {
        orderNo: outcome.placed.orderNumber,
        orderId: outcome.placed.orderId,
      },
    };
  }
  return [
    defineOperation({
      id: 'sendDeskOrderMessage',
      method: 'POST',
      path: '/api/customers/:customerId/desk-order',
      summary:
        '代客下单：把客户的话交给下单助手，返回它的回复、可选的答案、当前草稿；说「确认」即以客户名义下单',
      tag: '代客下单',
      access: ['rep', 'clerk', 'manager'],
      params: CustomerParams,
      body: MessageBody,
      handle: (input) => deskTurn(input, { text: input.body.text }),
    }),
    defineOperation({
      id: 'sendDeskOrderPicture',
      method: 'POST',
      path: '/api/customers/:customerId/desk-order/pictures',
      bodyLimit: PICTURE_BODY_LIMIT,
      summary:
        '代客下单：粘贴或拖入客户发来的单子图片，读出的清单交给下单助手，返回回复（读到的清单、看不清要问的行）、当前草稿',
      tag: '代客下单',
      access: ['rep', 'clerk', 'manager'],
      params: CustomerParams,
      body: PictureBody,
      handle: (input) => deskTurn(input, { text: '', picture: pictureBytes(input.body.picture) }),
    }),
  ] as Operation[];
}
