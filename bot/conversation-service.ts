import { randomUUID } from 'node:crypto';
import { texts } from './bot-texts.js';
import type { ChatAddress, CustomerRef, Speaker } from './conversation-types.js';
import { KeyedMutex } from './keyed-mutex.js';
import { readPictureTurn } from './picture-turn.js';
import { customerTurn, guestTurn } from './order-turns.js';
import { handleStaffMessage } from './staff-turn.js';
import {
  addressKey,
  freshSession,
  type ConversationDeps,
  type IncomingText,
  type TurnContext,
} from './turn-context.js';

export type { ConversationDeps, IncomingText } from './turn-context.js';

/**
 * The channel-independent conversation: who is talking, their session, the dialog engine, and what happens to a
 * confirmed draft (placed as an order, or held for a sales rep). Messages of one chat are handled in order.
 */
export interface ConversationService {
  /** The replies for this chat, in order; an empty list means the bot stays silent (e.g. unaddressed group talk). */
  handle(msg: IncomingText): Promise<string[]>;
}

export function createConversationService(input: ConversationDeps): ConversationService {
  const deps: Required<ConversationDeps> = {
    now: () => new Date(),
    newId: () => randomUUID(),
    ...input,
    pictures: input.pictures ?? null,
  };
  const mutex = new KeyedMutex();

  async function speakerOf(msg: IncomingText): Promise<Speaker> {
    if (!msg.as) return deps.directory.resolveContact(msg.channel, msg.contactId, msg.contactName);
    if (msg.as.kind === 'customer') {
      const customer = await deps.directory.customer(msg.as.id);
      return customer ? { kind: 'customer', customer } : { kind: 'unknown' };
    }
    const staff = await deps.directory.staff(msg.as.id);
    return staff ? { kind: 'staff', staff } : { kind: 'unknown' };
  }

  async function turn(msg: IncomingText, address: ChatAddress): Promise<string[]> {
    const [speaker, groupCustomer] = await Promise.all([
      speakerOf(msg),
      msg.group ? deps.directory.resolveGroup(msg.channel, msg.group.id, msg.group.topic) : null,
    ]);
    if (msg.group && !msg.mentioned && !groupCustomer) return [];
    const now = deps.now();
    const replies: string[] = [];
    let session = await deps.sessions.get(address);
    if (session && now.getTime() - session.updatedAt > deps.sessionTtlMs) {
      if (session.hasDraft) replies.push(texts.draftExpired);
      session = { ...freshSession(deps, now), introduced: session.introduced };
    }
    const ctx: TurnContext = {
      deps,
      msg,
      address,
      session: session ?? freshSession(deps, now),
      replies,
      now,
    };

    if (speaker.kind === 'staff' && msg.actingFor && ctx.session.actingFor !== msg.actingFor)
      ctx.session = { ...freshSession(deps, now), actingFor: msg.actingFor };

    let askUnsure: () => void = () => undefined;
    if (msg.picture) {
      const customerId =
        groupCustomer?.id ??
        (speaker.kind === 'customer'
          ? speaker.customer.id
          : speaker.kind === 'staff'
            ? (ctx.session.actingFor ?? null)
            : null);
      const read = await readPictureTurn(ctx, msg.picture, {
        customerId,
        staffId: speaker.kind === 'staff' ? speaker.staff.id : null,
      });
      if (read.text === null) {
        read.askUnsure();
        await deps.sessions.put(address, { ...ctx.session, updatedAt: now.getTime() });
        return replies;
      }
      ctx.msg = { ...msg, text: read.text, picture: undefined };
      askUnsure = read.askUnsure;
    }

    if (speaker.kind === 'staff') {
      await handleStaffMessage(ctx, speaker.staff, groupCustomer);
    } else if (speaker.kind === 'customer' || groupCustomer) {
      const customer = groupCustomer ?? (speaker as { customer: CustomerRef }).customer;
      await customerTurn(ctx, customer, null);
    } else {
      if (!ctx.session.introduced) {
        replies.push(texts.introduction);
        ctx.session = { ...ctx.session, introduced: true };
      }
      await guestTurn(ctx);
    }
    askUnsure();
    await deps.sessions.put(address, { ...ctx.session, updatedAt: now.getTime() });
    return replies;
  }

  return {
    handle(msg) {
      const address: ChatAddress = { channel: msg.channel, contactId: msg.contactId, groupId: msg.group?.id };
      return mutex.run(addressKey(address), () => turn(msg, address));
    },
  };
}
