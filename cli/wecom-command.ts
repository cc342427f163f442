import type { Command } from 'commander';
import { openImportDb } from './import-support.js';

type Db = Awaited<ReturnType<typeof openImportDb>>['db'];

/** Runs `work` against DATABASE_URL, closing the pool after. */
async function withDb(work: (db: Db) => Promise<void>): Promise<void> {
  const { db } = await openImportDb();
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
}

const print = (rows: unknown[]) => {
  for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
};

/**
 * `liaodan wecom …`: what a rep or an admin does for the WeCom 微信客服 channel until the back-office pages exist:
 * a customer's personal link, new contacts waiting to be bound, binding reps' WeCom accounts for hand-over, and
 * messages that have not reached customers.
 */
export function registerWecomCommand(program: Command): void {
  const wecom = program
    .command('wecom')
    .description('the WeCom 微信客服 channel (links, bindings, undelivered)');

  wecom
    .command('link <customerId>')
    .description("print a customer's personal 微信客服 link (binds whoever opens it to the customer)")
    .option('--account <openKfId>', 'customer-service account (default: the first of WECOM_OPEN_KFIDS)')
    .action(async (customerId: string, options: { account?: string }) => {
      const { parseConfig } = await import('../lib/config.js');
      const { BotConfig } = await import('../bot/config.js');
      const { wecomConfig } = await import('../bot/wecom-config.js');
      const config = parseConfig(BotConfig, process.env);
      const api = wecomConfig(config).api;
      if (!api) throw new Error('the WeCom channel is not configured (WECOM_CORP_ID … WECOM_KF_SECRET)');
      const account = options.account ?? api.openKfIds[0];
      if (!account) throw new Error('name the account with --account or set WECOM_OPEN_KFIDS');
      const { Redis } = await import('ioredis');
      const { createRedisAccessTokens } = await import('../bot/redis-wecom-token.js');
      const { createWecomApi, fetchAccessToken } = await import('../bot/wecom-api.js');
      const { customerWecomLink } = await import('../bot/wecom-links.js');
      const { createLogger } = await import('../lib/logger.js');
      const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3 });
      try {
        await withDb(async (db) => {
          const tokens = createRedisAccessTokens({
            redis,
            prefix: config.QUEUE_PREFIX,
            corpId: api.corpId,
            fetchToken: () => fetchAccessToken(api.apiBase, api.corpId, api.secret),
          });
          const client = createWecomApi({
            apiBase: api.apiBase,
            tokens,
            log: createLogger({ level: 'warn' }),
          });
          const link = await customerWecomLink(db, client, {
            openKfId: account,
            appSecret: api.appSecret,
            customerId,
          });
          if (!link) throw new Error(`no customer ${customerId}`);
          if (!link.ok) throw new Error(`add_contact_way refused: errcode ${link.errcode} ${link.errmsg}`);
          process.stdout.write(`${link.value.url}\n`);
        });
      } finally {
        redis.disconnect();
      }
    });

  wecom
    .command('bindings')
    .description('new contacts waiting for a rep to say which customer they are (JSON Lines)')
    .action(() =>
      withDb(async (db) => {
        const { listBindingRequests } = await import('../bot/pg-wecom-bindings.js');
        print(await listBindingRequests(db));
      }),
    );

  wecom
    .command('bind <requestId> <customerId>')
    .description('bind a waiting new contact to a customer')
    .option('--by <staffId>', 'who decides', 'admin')
    .action((requestId: string, customerId: string, options: { by: string }) =>
      withDb(async (db) => {
        const { decideBinding } = await import('../bot/pg-wecom-bindings.js');
        const decided = await decideBinding(db, {
          requestId,
          customerId,
          confirm: true,
          decidedBy: `staff:${options.by}`,
        });
        if (!decided) throw new Error(`no waiting request ${requestId}`);
        print([decided]);
      }),
    );

  wecom
    .command('reject <requestId>')
    .description('turn a waiting new contact down (they stay a guest)')
    .option('--by <staffId>', 'who decides', 'admin')
    .action((requestId: string, options: { by: string }) =>
      withDb(async (db) => {
        const { decideBinding } = await import('../bot/pg-wecom-bindings.js');
        const decided = await decideBinding(db, {
          requestId,
          confirm: false,
          decidedBy: `staff:${options.by}`,
        });
        if (!decided) throw new Error(`no waiting request ${requestId}`);
        print([decided]);
      }),
    );

  wecom
    .command('servicer <staffId> <wecomUserId>')
    .description("a rep's WeCom userid: 转人工 hands their customers' sessions to them")
    .action((staffId: string, wecomUserId: string) =>
      withDb(async (db) => {
        const { WECOM_SERVICER_CHANNEL } = await import('../bot/pg-wecom-bindings.js');
        await db
          .insertInto('chat_identities')
          .values({ channel: WECOM_SERVICER_CHANNEL, external_id: wecomUserId, staff_id: staffId })
          .onConflict((oc) => oc.columns(['channel', 'external_id']).doUpdateSet({ staff_id: staffId }))
          .execute();
        process.stdout.write(`${staffId} ↔ ${wecomUserId}\n`);
      }),
    );

  wecom
    .command('undelivered')
    .description('messages held or failed on the way to customers, newest first (JSON Lines)')
    .action(() =>
      withDb(async (db) => {
        const { listUndelivered } = await import('../bot/pg-wecom-outgoing.js');
        print(await listUndelivered(db));
      }),
    );
}
