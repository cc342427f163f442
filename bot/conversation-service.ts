import { randomUUID } from 'node:crypto';
import { texts } from './bot-texts.js';
import type { OrderView } from '../dialog/dialog-types.js';
import type { ChatAddress, CustomerRef, PlacedOrder, Speaker } from './conversation-types.js';
import { KeyedMutex } from './keyed-mutex.js';
import { readPictureTurn } from './picture-turn.js';
import type { PictureHold } from '../photo/picture-conversation.js';
import { customerTurn, guestTurn } from './order-turns.js';
import { deskTurn, handleStaffMessage } from './staff-turn.js';
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
  /** The same turn, with the draft as it stands after it and the order it placed (for the back office). */
  turn(msg: IncomingText): Promise<TurnOutcome>;
}

/** A turn as a page shows it: the replies, the draft after the turn (null when none), the order placed if any. */
export interface TurnOutcome {
  replies: string[];
  draft: OrderView | null;
  placed: PlacedOrder | null;
  /** The message was a picture and a list was read on it (false for a refusal or a picture without a list). */
  pictureRead?: boolean;
}

export function createConversationService(input: ConversationDeps): ConversationService {
  const deps: Required<ConversationDeps> = {
    now: () => new Date(),
    newId: () => randomUUID(),
    chatLog: { record: async () => undefined },
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

  async function turn(msg: IncomingText, address: ChatAddress): Promise<TurnOutcome> {
    const [speaker, groupCustomer] = await Promise.all([
      speakerOf(msg),
      msg.group ? deps.directory.resolveGroup(msg.channel, msg.group.id, msg.group.topic) : null,
    ]);
    if (msg.group && !msg.mentioned && !groupCustomer) return { replies: [], draft: null, placed: null };
    const now = deps.now();
    const replies: string[] = [];
    const opened = await deps.sessions.open(address, msg.event);
    if (opened.kind === 'repeat') {
      deps.log.debug({ messageId: msg.event?.id }, 'duplicate message event ignored');
      return { replies: [], draft: null, placed: null };
    }
    let session = opened.session;
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

    // The order desk keeps one draft per customer: a new customer starts a new session before a picture is kept.
    if (speaker.kind === 'staff' && msg.onBehalfOf !== undefined && ctx.session.actingFor !== msg.onBehalfOf)
      ctx.session = { ...freshSession(deps, now), actingFor: msg.onBehalfOf };

    let askUnsure: () => void = () => undefined;
    let pictureHold: PictureHold | null | undefined;
    let pictureRead = false;
    let understand = true;
    if (msg.picture) {
      const customerId =
        msg.onBehalfOf ??
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
      ctx.msg = { ...msg, text: read.text ?? '', picture: undefined };
      askUnsure = read.askUnsure;
      understand = read.text !== null;
      pictureHold = read.hold;
      pictureRead = read.read;
      ctx.pictureTurn = true;
    }

    if (!understand) {
      askUnsure();
    } else if (speaker.kind === 'staff' && msg.onBehalfOf !== undefined) {
      await deskTurn(ctx, speaker.staff, msg.onBehalfOf);
    } else if (speaker.kind === 'staff') {
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
    if (understand) askUnsure();
    if (pictureHold !== undefined && !ctx.placed && (understand || pictureHold))
      ctx.session = { ...ctx.session, pictureHold, afterPicture: true };
    await deps.sessions.put(address, { ...ctx.session, updatedAt: now.getTime() });
    const about =
      msg.onBehalfOf ??
      groupCustomer?.id ??
      (speaker.kind === 'customer' ? speaker.customer.id : (ctx.session.actingFor ?? session?.actingFor));
    // The replies do not wait for the log: it is the back office's record, best effort, and its insert (grouped
    // with other turns') would add a PostgreSQL round trip to every answer. Runtimes flush it before closing.
    if (about)
      void logChat(
        about,
        speaker,
        msg.picture ? { ...msg, text: `[图片]\n${ctx.msg.text}`.trim() } : msg,
        replies,
        now,
      );
    return {
      replies,
      draft: ctx.draft ?? null,
      placed: ctx.placed ?? null,
      ...(msg.picture && { pictureRead }),
    };
  }

  /** What was said about a customer, kept for the back office (best effort: a failure never fails the turn). */
  async function logChat(
    customerId: string,
    speaker: Speaker,
    msg: IncomingText,
    replies: string[],
    at: Date,
  ) {
    try {
      await deps.chatLog.record([
        {
          customerId,
          channel: msg.channel,
          speaker: speaker.kind === 'staff' ? 'staff' : 'customer',
          staffId: speaker.kind === 'staff' ? speaker.staff.id : null,
          name: speaker.kind === 'staff' ? speaker.staff.name : msg.contactName,
          text: msg.text,
          at,
        },
        ...replies.map((text) => ({
          customerId,
          channel: msg.channel,
          speaker: 'bot' as const,
          staffId: null,
          name: null,
          text,
          at,
        })),
      ]);
    } catch (err) {
      deps.log.warn({ err, customerId }, 'chat log write failed');
    }
  }

  const run = (msg: IncomingText) => {
    const address: ChatAddress = { channel: msg.channel, contactId: msg.contactId, groupId: msg.group?.id };
    return mutex.run(addressKey(address), () => turn(msg, address));
  };
  return {
    turn: run,
    async handle(msg) {
      return (await run(msg)).replies;
    },
  };
}
