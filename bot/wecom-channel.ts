import type { Redis } from 'ioredis';
import type { Db } from '../db/pg-database.js';
import type { Logger } from '../lib/logger.js';
import type { ChatRuntime } from './chat-runtime.js';
import type { ChannelSender } from './outbound-router.js';
import { ensureAccounts } from './pg-wecom-accounts.js';
import { WECOM_CHANNEL } from './pg-wecom-bindings.js';
import { createRedisAccessTokens } from './redis-wecom-token.js';
import { createWecomApi, fetchAccessToken, type WecomApi, type WecomApiOptions } from './wecom-api.js';
import type { WecomApiConfig } from './wecom-config.js';
import { createWecomMessageHandler } from './wecom-message-handler.js';
import { createWecomPeople, type WecomPeople } from './wecom-people.js';
import { startWecomPullLoop, type PullLoop } from './wecom-pull-loop.js';
import { createWecomSender, type WecomSender } from './wecom-sender.js';

export interface WecomChannelOptions {
  config: WecomApiConfig;
  db: Db;
  databaseUrl: string;
  redis: Redis;
  prefix: string;
  runtime: Pick<ChatRuntime, 'service' | 'outbound' | 'directory' | 'forward'>;
  log: Logger;
  now?: () => Date;
  /** Client tuning (tests: short back-off and timeouts). */
  apiOptions?: Pick<WecomApiOptions, 'timeoutMs' | 'attempts' | 'backoffMs' | 'sleep'>;
  /** sync_msg page size (default 1000) and how often due accounts are checked without a notification. */
  limit?: number;
  checkMs?: number;
}

export interface WecomChannel {
  /** For OutboundRouter: notices to WeChat users through kf/send_msg within the platform's rule. */
  sender: ChannelSender;
  api: WecomApi;
  people: WecomPeople;
  pull: PullLoop;
  stop(): Promise<void>;
}

/**
 * Wires the WeCom 微信客服 channel in the bot process: the shared access token, the API client, the sender with the
 * platform's quota, the message handler on the conversation service, the pull loop, and the consumer of messages
 * other processes forward to this channel.
 */
export async function startWecomChannel(opts: WecomChannelOptions): Promise<WecomChannel> {
  const { config, db, log } = opts;
  const now = opts.now ?? (() => new Date());
  const tokens = createRedisAccessTokens({
    redis: opts.redis,
    prefix: opts.prefix,
    corpId: config.corpId,
    fetchToken: () => fetchAccessToken(config.apiBase, config.corpId, config.secret),
  });
  const api = createWecomApi({ apiBase: config.apiBase, tokens, log, ...opts.apiOptions });
  const people = createWecomPeople({
    db,
    api,
    directory: opts.runtime.directory,
    outbound: opts.runtime.outbound,
    appSecret: config.appSecret,
    log,
  });
  const wecomSender: WecomSender = createWecomSender({
    db,
    api,
    log,
    now,
    tellStaff: people.tellStaff,
    whoIs: people.whoIs,
    fallbackOpenKfId: config.openKfIds[0] ?? null,
  });
  people.useSender(wecomSender);
  const handler = createWecomMessageHandler({
    db,
    api,
    sender: wecomSender,
    service: opts.runtime.service,
    people,
    log,
    now,
  });
  const sender: ChannelSender = {
    channel: WECOM_CHANNEL,
    async sendToChat(address, text) {
      await wecomSender.notice(address.contactId, text);
    },
    async sendToIdentity(externalUserId, text) {
      await wecomSender.notice(externalUserId, text);
      return true;
    },
  };
  const detach = opts.runtime.outbound.attach(sender);
  await ensureAccounts(db, config.openKfIds);
  const pull = startWecomPullLoop({
    db,
    databaseUrl: opts.databaseUrl,
    api,
    handle: handler.handle,
    endOfPage: handler.endOfPage,
    log,
    safetyPollMs: config.pollMs,
    now,
    ...(opts.limit && { limit: opts.limit }),
    ...(opts.checkMs && { checkMs: opts.checkMs }),
  });
  const forwarded = opts.runtime.forward.consume(
    WECOM_CHANNEL,
    (item) => opts.runtime.outbound.deliverForwarded(WECOM_CHANNEL, item),
    log.child({ part: 'wecom-forward' }),
  );
  log.info({ apiBase: config.apiBase, accounts: config.openKfIds }, 'wecom channel started');
  return {
    sender,
    api,
    people,
    pull,
    async stop() {
      await forwarded.stop();
      await pull.stop();
      detach();
    },
  };
}
