import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import type { ChatDirectory, CustomerRef, Outbound } from './conversation-types.js';
import { bindFromLink, requestBinding, WECOM_CHANNEL, WECOM_SERVICER_CHANNEL } from './pg-wecom-bindings.js';
import { setContactFlags, touchContact, type ContactKey } from './pg-wecom-contacts.js';
import type { WecomApi } from './wecom-api.js';
import type { WecomSender } from './wecom-sender.js';
import { wecomTexts } from './wecom-texts.js';

/** Session states of kf/service_state/trans (PROTOCOL.md §5). */
const STATE_POOL = 2;
const STATE_PERSON = 3;

export interface WecomPeopleDeps {
  db: Db;
  api: WecomApi;
  directory: ChatDirectory;
  outbound: Outbound;
  appSecret: string;
  log: Logger;
  /** Set once the sender exists (it needs `tellStaff` and `whoIs` from here). */
  sender?: WecomSender;
}

/** Who WeChat users are to the shop: binding, names for reps, telling reps, handing a session to a person. */
export interface WecomPeople {
  readonly channel: string;
  customerOf(externalUserId: string): Promise<CustomerRef | null>;
  isKnown(externalUserId: string): Promise<boolean>;
  whoIs(externalUserId: string): Promise<string>;
  tellStaff(externalUserId: string, text: string): Promise<void>;
  /** Binds by the link's scene_param when valid; the welcome to send. */
  onEnterSession(
    key: ContactKey,
    sceneParam: string | undefined,
  ): Promise<{ binding: 'bound' | 'known' | 'revoked' | 'invalid' | 'none'; text: string }>;
  requestBinding(key: ContactKey, said: string): Promise<void>;
  handOver(key: ContactKey): Promise<void>;
}

export function createWecomPeople(deps: WecomPeopleDeps): WecomPeople & { useSender(s: WecomSender): void } {
  const { db, directory, log } = deps;
  let sender = deps.sender;

  async function customerOf(externalUserId: string): Promise<CustomerRef | null> {
    // Read through, not the directory's cache: a binding made a moment ago must count.
    const row = await db
      .selectFrom('chat_identities')
      .select('customer_id')
      .where('channel', '=', WECOM_CHANNEL)
      .where('external_id', '=', externalUserId)
      .executeTakeFirst();
    return row?.customer_id ? directory.customer(row.customer_id) : null;
  }

  async function staffFor(externalUserId: string): Promise<string[]> {
    const customer = await customerOf(externalUserId);
    if (customer?.repId) return [customer.repId];
    return (await directory.reps()).map((r) => r.id);
  }

  const people = {
    channel: WECOM_CHANNEL,
    useSender(s: WecomSender) {
      sender = s;
    },
    customerOf,
    async isKnown(externalUserId: string) {
      return (await customerOf(externalUserId)) !== null;
    },
    async whoIs(externalUserId: string) {
      const customer = await customerOf(externalUserId);
      return customer ? customer.name : `新客户${externalUserId.slice(-4)}`;
    },
    async tellStaff(externalUserId: string, text: string) {
      for (const id of await staffFor(externalUserId))
        await deps.outbound.toParty({ kind: 'staff', id }, text);
    },
    async onEnterSession(key: ContactKey, sceneParam: string | undefined) {
      await touchContact(db, key);
      if (sceneParam) {
        const bound = await bindFromLink(db, deps.appSecret, key.externalUserId, sceneParam);
        if (bound.kind === 'bound') {
          log.info({ customerId: bound.customerId }, 'wecom user bound to a customer by their link');
          return { binding: 'bound' as const, text: wecomTexts.welcomeCustomer(bound.customerName) };
        }
        log.warn({ outcome: bound.kind }, 'wecom link not honoured: treated as a new contact');
        await setContactFlags(db, key, { askedWho: true });
        return { binding: bound.kind, text: wecomTexts.welcomeNewContact };
      }
      const customer = await customerOf(key.externalUserId);
      if (customer) return { binding: 'known' as const, text: wecomTexts.welcomeCustomer(customer.name) };
      await setContactFlags(db, key, { askedWho: true });
      return { binding: 'none' as const, text: wecomTexts.welcomeNewContact };
    },
    async requestBinding(key: ContactKey, said: string) {
      const id = await requestBinding(db, key, said);
      log.info({ requestId: id }, 'wecom new contact waits for a rep to bind them');
      for (const rep of await directory.reps())
        await deps.outbound.toParty({ kind: 'staff', id: rep.id }, wecomTexts.repNewContact(id, said));
    },
    async handOver(key: ContactKey) {
      const customer = await customerOf(key.externalUserId);
      const servicer = customer?.repId
        ? await db
            .selectFrom('chat_identities')
            .select('external_id')
            .where('channel', '=', WECOM_SERVICER_CHANNEL)
            .where('staff_id', '=', customer.repId)
            .executeTakeFirst()
        : undefined;
      // Before the state changes: the API may send only while the bot serves the session.
      await sender?.reply(key, [wecomTexts.handingOver]);
      const base = { open_kfid: key.openKfId, external_userid: key.externalUserId };
      let moved = servicer
        ? await deps.api.transServiceState({
            ...base,
            service_state: STATE_PERSON,
            servicer_userid: servicer.external_id,
          })
        : null;
      if (!moved?.ok) {
        if (moved) log.warn({ errcode: moved.errcode }, 'wecom hand-over to the rep refused, using the pool');
        moved = await deps.api.transServiceState({ ...base, service_state: STATE_POOL });
      }
      if (moved.ok) await setContactFlags(db, key, { servedByPerson: true });
      else log.error({ errcode: moved.errcode }, 'wecom hand-over refused');
      const who = await people.whoIs(key.externalUserId);
      await people.tellStaff(
        key.externalUserId,
        servicer ? wecomTexts.repHandOver(who) : wecomTexts.repUnbound(who),
      );
    },
  };
  return people;
}
