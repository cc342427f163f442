import type { Logger } from '../lib/logger.js';
import type { ChatAddress, Outbound, Party } from './conversation-types.js';

/** Finds a party's chat accounts on a channel (chat_identities external ids). */
export interface IdentityLookup {
  identities(channel: string, party: Party): Promise<string[]>;
}

/** Sends on one live channel (Wechaty). */
export interface ChannelSender {
  readonly channel: string;
  sendToChat(address: ChatAddress, text: string): Promise<void>;
  /** `externalId` as stored in chat_identities: a contact id, a group id, `name:<name>` or `room:<topic>`. */
  sendToIdentity(externalId: string, text: string): Promise<boolean>;
}

/** Where web and terminal users pick up messages addressed to them (they poll). */
export interface ChatMailbox {
  push(inbox: string, text: string): Promise<void>;
  drain(inbox: string): Promise<string[]>;
}

/** A message for a live channel this process does not run. */
export type ForwardItem =
  { kind: 'chat'; address: ChatAddress; text: string } | { kind: 'party'; party: Party; text: string };

/** Hands messages to the process that runs a live channel. */
export interface ChatForward {
  push(channel: string, item: ForwardItem): Promise<void>;
}

/** Channels whose users poll an inbox instead of being pushed to. */
export const INBOX_CHANNELS: readonly string[] = ['web', 'terminal'];

/** The inbox name of a party in web and terminal chat: `customer:<id>` or `staff:<id>`. */
export const inboxOf = (party: Party) => `${party.kind}:${party.id}`;

/**
 * Routes outgoing messages: to a party's accounts on every live channel and to their web/terminal inbox; to a chat
 * on its own channel, or to the inbox when the channel is web or terminal.
 */
export class OutboundRouter implements Outbound {
  private readonly senders = new Map<string, ChannelSender>();

  constructor(
    private readonly deps: {
      identities: IdentityLookup;
      mailbox: ChatMailbox;
      log: Logger;
      /** Live channels (e.g. `wechat`) run by another process: messages for them are forwarded there. */
      remoteChannels?: string[];
      forward?: ChatForward;
    },
  ) {}

  /** Adds a live channel (the bot process adds Wechaty once it runs); returns a function that removes it. */
  attach(sender: ChannelSender): () => void {
    this.senders.set(sender.channel, sender);
    return () => {
      if (this.senders.get(sender.channel) === sender) this.senders.delete(sender.channel);
    };
  }

  async toChat(address: ChatAddress, text: string): Promise<void> {
    const sender = this.senders.get(address.channel);
    if (sender) return sender.sendToChat(address, text);
    if (!INBOX_CHANNELS.includes(address.channel) && this.deps.forward) {
      return this.deps.forward.push(address.channel, { kind: 'chat', address, text });
    }
    await this.deps.mailbox.push(address.contactId, text);
  }

  async toParty(party: Party, text: string): Promise<void> {
    await this.deps.mailbox.push(inboxOf(party), text);
    for (const sender of this.senders.values()) await this.toPartyOn(sender, party, text);
    for (const channel of this.deps.remoteChannels ?? []) {
      if (!this.senders.has(channel)) await this.deps.forward?.push(channel, { kind: 'party', party, text });
    }
  }

  /** Delivers a forwarded message on the live channel this process runs. */
  async deliverForwarded(channel: string, item: ForwardItem): Promise<void> {
    const sender = this.senders.get(channel);
    if (!sender) throw new Error(`channel ${channel} is not running here`);
    if (item.kind === 'chat') await sender.sendToChat(item.address, item.text);
    else await this.toPartyOn(sender, item.party, item.text);
  }

  private async toPartyOn(sender: ChannelSender, party: Party, text: string): Promise<void> {
    const ids = await this.deps.identities.identities(sender.channel, party);
    for (const id of ids) {
      try {
        await sender.sendToIdentity(id, text);
      } catch (err) {
        this.deps.log.warn({ err, channel: sender.channel, party }, 'could not deliver to chat identity');
      }
    }
  }
}
