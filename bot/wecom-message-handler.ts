import type { Db } from '../db/pg-database.js';
import { isDatabaseUnavailable } from '../db/pg-errors.js';
import type { Logger } from '../lib/logger.js';
import { isRedisUnavailable } from '../lib/redis-errors.js';
import type { ConversationService } from './conversation-service.js';
import { saveMedia } from './pg-wecom-media.js';
import { claimMessage, finishMessage, recallMessage } from './pg-wecom-messages.js';
import { noteCustomerMessage, readContact, setContactFlags, type ContactKey } from './pg-wecom-contacts.js';
import { hasBatched, holdAfterSendFail } from './pg-wecom-outgoing.js';
import type { KfEvent, KfMessage, WecomApi } from './wecom-api.js';
import type { WecomPeople } from './wecom-people.js';
import type { WecomSender } from './wecom-sender.js';
import { reasonText, wecomTexts } from './wecom-texts.js';

/** Message origins (PROTOCOL.md §2). */
const ORIGIN_CUSTOMER = 3;

/** 转人工 and its everyday spellings. */
const HAND_OVER = /转人工|人工客服|找人工|找业务员|找客服|要人工|真人/;
/** A mainland mobile number, or the way people start saying who they are. */
const SAYS_WHO = /(?:^|\D)1[3-9]\d{9}(?:\D|$)|^\s*(?:我是|我们是|我叫|店名|本店|我家是|这边是|电话|手机)/;

/** Whether a new contact's text answers "your shop name or phone number". Pure. */
export const saysWhoTheyAre = (text: string) => SAYS_WHO.test(text.replace(/(\d)[\s-]+(?=\d)/g, '$1'));
/** Whether the customer asks for a person. Pure. */
export const asksForPerson = (text: string) => HAND_OVER.test(text.trim()) && text.trim().length <= 20;

export interface WecomHandlerDeps {
  db: Db;
  api: WecomApi;
  sender: WecomSender;
  service: ConversationService;
  people: WecomPeople;
  log: Logger;
  now: () => Date;
}

/** A store that is down: the message is given back, and the pull stops to try the page again later. */
const isUnavailable = (err: unknown) => isDatabaseUnavailable(err) || isRedisUnavailable(err);

/**
 * Handles one pulled message, once (claimed by msgid in PostgreSQL): customer text goes to the conversation
 * service and its replies back through the sender; events bind, welcome, hand over and note failed or recalled
 * messages; pictures, files and voice are kept for the back office and acknowledged. Throws only when a store is
 * unavailable (the message is then unclaimed, so the page's next pull handles it).
 */
export function createWecomMessageHandler(deps: WecomHandlerDeps) {
  const { db, log, people, sender } = deps;

  async function onEvent(openKfId: string, event: KfEvent, msgLog: Logger): Promise<void> {
    const userId = event.external_userid;
    const key: ContactKey | null = userId ? { openKfId, externalUserId: userId } : null;
    switch (event.event_type) {
      case 'enter_session': {
        if (!key) return;
        const welcome = await people.onEnterSession(key, event.scene_param);
        msgLog.info({ binding: welcome.binding }, 'wecom customer entered the session');
        if (event.welcome_code) await sender.welcome(key, event.welcome_code, welcome.text);
        return;
      }
      case 'msg_send_fail': {
        if (!event.fail_msgid) return;
        const reason = `send_fail:${event.fail_type ?? 0}`;
        const held = await holdAfterSendFail(db, event.fail_msgid, reason);
        if (held) {
          const who = await people.whoIs(held.externalUserId);
          await people.tellStaff(held.externalUserId, wecomTexts.repHeld(who, reasonText(reason), held.text));
        }
        msgLog.warn(
          { failMsgid: event.fail_msgid, failType: event.fail_type },
          'wecom message not delivered',
        );
        return;
      }
      case 'user_recall_msg': {
        if (!event.recall_msgid) return;
        const outcome = await recallMessage(db, openKfId, event.recall_msgid, userId);
        msgLog.info({ recalled: event.recall_msgid, outcome }, 'wecom message recalled');
        if (outcome === 'applied' && userId)
          await people.tellStaff(userId, wecomTexts.repRecalledApplied(await people.whoIs(userId)));
        return;
      }
      case 'session_status_change': {
        if (!key) return;
        // 1 taken from the pool, 2 transferred, 4 re-opened by a servicer: a person serves; 3 ended.
        const servedByPerson = event.change_type !== 3;
        await setContactFlags(db, key, { servedByPerson });
        msgLog.info({ changeType: event.change_type, servedByPerson }, 'wecom session changed hands');
        return;
      }
      default:
        msgLog.info({ eventType: event.event_type }, 'wecom event noted');
    }
  }

  async function onCustomerMessage(
    key: ContactKey,
    msg: KfMessage,
    msgLog: Logger,
    moreFollow: boolean,
  ): Promise<void> {
    const answer = (texts: string[]) => (moreFollow ? sender.defer(key, texts) : sender.reply(key, texts));
    await noteCustomerMessage(db, key, new Date(msg.send_time * 1000));
    const contact = await readContact(db, key);
    if (contact?.servedByPerson) {
      msgLog.info('a person serves this session: the bot stays quiet');
      return;
    }
    const who = await people.whoIs(key.externalUserId);
    if (msg.msgtype === 'text' && msg.text) {
      const text = msg.text.content.trim();
      if (!text) return;
      if (asksForPerson(text)) return people.handOver(key);
      const known = await people.isKnown(key.externalUserId);
      if (!known && saysWhoTheyAre(text)) {
        await people.requestBinding(key, text);
        return answer([wecomTexts.whoNoted]);
      }
      const replies = await deps.service.handle({
        channel: people.channel,
        contactId: key.externalUserId,
        contactName: who,
        text,
      });
      if (!known && !contact?.askedWho) {
        replies.push(wecomTexts.askWho);
        await setContactFlags(db, key, { askedWho: true });
      }
      return answer(replies);
    }
    const body = msg[msg.msgtype] as { media_id?: string } | undefined;
    if (['image', 'file', 'voice', 'video'].includes(msg.msgtype) && body?.media_id) {
      const media = await deps.api.getMedia(body.media_id);
      if (media.ok) await saveMedia(db, key, msg, media.value);
      else msgLog.warn({ errcode: media.errcode }, 'wecom media could not be fetched');
      const kind = msg.msgtype === 'voice' ? '一条语音' : msg.msgtype === 'image' ? '一张图片' : '一个文件';
      await people.tellStaff(key.externalUserId, wecomTexts.repPicture(who, kind));
      return sender.reply(key, [
        msg.msgtype === 'voice' ? wecomTexts.voiceReceived : wecomTexts.pictureReceived,
      ]);
    }
    msgLog.info({ msgtype: msg.msgtype }, 'wecom message of a kind the bot does not read');
    await people.tellStaff(key.externalUserId, wecomTexts.repPicture(who, `一条${msg.msgtype}消息`));
    return answer([wecomTexts.otherReceived]);
  }

  /**
   * After a page: replies still deferred for its customers (their last message in the page did not answer, e.g. it
   * was recalled) go out now, unless a person serves the session.
   */
  async function endOfPage(openKfId: string, externalUserIds: string[]): Promise<void> {
    for (const externalUserId of externalUserIds) {
      if (!(await hasBatched(db, externalUserId))) continue;
      const key = { openKfId, externalUserId };
      if ((await readContact(db, key))?.servedByPerson) continue;
      await sender.reply(key, []);
    }
  }

  /**
   * `moreFollow`: later messages of the same customer are in the page being handled (a backlog): this turn's replies
   * wait for the last of them.
   */
  async function handle(openKfId: string, msg: KfMessage, moreFollow = false): Promise<void> {
    const msgLog = log.child({ msgid: msg.msgid, msgtype: msg.msgtype, origin: msg.origin });
    const claim = await claimMessage(db, openKfId, msg);
    if (claim !== 'new') {
      msgLog.debug({ claim }, 'wecom message seen before');
      if (claim === 'interrupted' && msg.origin === ORIGIN_CUSTOMER && msg.external_userid) {
        const key = { openKfId, externalUserId: msg.external_userid };
        const said = msg.text?.content ?? '';
        await sender.reply(key, [wecomTexts.interrupted(said)]).catch(() => undefined);
        await people.tellStaff(
          key.externalUserId,
          wecomTexts.repInterrupted(await people.whoIs(key.externalUserId), said),
        );
      }
      return;
    }
    try {
      if (msg.msgtype === 'event' && msg.event) await onEvent(openKfId, msg.event, msgLog);
      else if (msg.origin === ORIGIN_CUSTOMER && msg.external_userid)
        await onCustomerMessage({ openKfId, externalUserId: msg.external_userid }, msg, msgLog, moreFollow);
      else msgLog.debug('wecom message from a servicer or the system noted');
      await finishMessage(db, openKfId, msg.msgid, 'handled', deps.now());
    } catch (err) {
      if (isUnavailable(err)) {
        await db
          .deleteFrom('wecom_messages')
          .where('open_kfid', '=', openKfId)
          .where('msgid', '=', msg.msgid)
          .execute()
          .catch(() => undefined);
        throw err;
      }
      msgLog.error({ err }, 'wecom message handling failed');
      await finishMessage(db, openKfId, msg.msgid, 'skipped', deps.now());
      if (msg.origin === ORIGIN_CUSTOMER && msg.external_userid)
        await sender
          .reply({ openKfId, externalUserId: msg.external_userid }, [wecomTexts.failed])
          .catch(() => undefined);
    }
  }

  return { handle, endOfPage };
}

export type WecomMessageHandler = ReturnType<typeof createWecomMessageHandler>;
