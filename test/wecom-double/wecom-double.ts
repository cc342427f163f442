import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import Koa from 'koa';
import { signedKfPush, type CallbackSecrets } from './callback-push.js';
import { DoublePlatform, PLATFORM_ERRORS, type PlatformMessage } from './double-platform.js';

/** A fault the next request on a path meets, instead of (or before) the platform's answer. */
export type Fault = { errcode: number } | { status: number } | { delayMs: number };

export interface WecomDoubleOptions extends CallbackSecrets {
  secret: string;
  /** The shop's callback URL; callbacks are sent once it is set. */
  callbackUrl?: string;
  /** Clock in epoch ms (tests share one with the shop to cross 48 h in a moment). */
  now?: () => number;
  /** Most messages one sync_msg page returns, whatever `limit` asks (to make several pages). Default 1000. */
  pageMax?: number;
}

/** One callback delivery as the platform saw it. */
export interface CallbackDelivery {
  openKfId: string;
  status: number | 'timeout' | 'error';
  ms: number;
  attempt: number;
}

/**
 * A protocol-faithful WeCom 微信客服 double: a Koa server answering /cgi-bin/gettoken, kf/sync_msg, kf/send_msg,
 * kf/send_msg_on_event, media/get, kf/add_contact_way and kf/service_state/trans by the rules of DoublePlatform,
 * and sending encrypted, signed callbacks to the shop exactly as the platform does (answer 200 within 5 s, else
 * retried, 3 tries in all). Test helpers play the WeChat customer.
 */
export class WecomDouble {
  readonly platform: DoublePlatform;
  readonly callbacks: CallbackDelivery[] = [];
  readonly calls: Record<string, number> = {};
  private readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  private readonly opts: WecomDoubleOptions;
  url = '';

  constructor(opts: WecomDoubleOptions) {
    this.opts = opts;
    this.platform = new DoublePlatform(opts.corpId, opts.secret, opts.now ?? Date.now);
  }

  get callbackUrl(): string | undefined {
    return this.opts.callbackUrl;
  }

  set callbackUrl(url: string) {
    this.opts.callbackUrl = url;
  }

  /** Queues faults for the next requests on a path such as `/cgi-bin/kf/send_msg`. */
  inject(path: string, ...faults: Fault[]) {
    this.faults.set(path, [...(this.faults.get(path) ?? []), ...faults]);
  }

  clearFaults() {
    this.faults.clear();
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    const app = new Koa();
    const router = new Router();
    const p = this.platform;
    app.use(async (ctx, next) => {
      this.calls[ctx.path] = (this.calls[ctx.path] ?? 0) + 1;
      const fault = this.faults.get(ctx.path)?.shift();
      if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
      else if (fault && 'status' in fault) {
        ctx.status = fault.status;
        ctx.body = 'platform error';
        return;
      } else if (fault) {
        ctx.body = { errcode: fault.errcode, errmsg: 'injected' };
        return;
      }
      if (ctx.path !== '/cgi-bin/gettoken') {
        const errcode = p.checkAccessToken(
          typeof ctx.query.access_token === 'string' ? ctx.query.access_token : undefined,
        );
        if (errcode) {
          ctx.body = { errcode, errmsg: 'access_token invalid or expired' };
          return;
        }
      }
      await next();
    });
    app.use(bodyParser({ enableTypes: ['json'] }));
    router.get('/cgi-bin/gettoken', (ctx) => {
      const token = p.issueAccessToken(String(ctx.query.corpid ?? ''), String(ctx.query.corpsecret ?? ''));
      ctx.body = token
        ? { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 }
        : { errcode: PLATFORM_ERRORS.invalidCredential, errmsg: 'invalid credential' };
    });
    const body = (ctx: Koa.Context) => (ctx.request.body ?? {}) as Record<string, unknown>;
    router.post('/cgi-bin/kf/sync_msg', (ctx) => {
      ctx.body = p.syncMsg(body(ctx), this.opts.pageMax ?? 1000);
    });
    router.post('/cgi-bin/kf/send_msg', async (ctx) => {
      const answer = p.sendMsg(body(ctx));
      ctx.body = answer;
      if (answer.errcode === 0 && p.sent.at(-1)?.failsLater) void this.push(String(body(ctx).open_kfid));
    });
    router.post('/cgi-bin/kf/send_msg_on_event', (ctx) => {
      ctx.body = p.sendMsgOnEvent(body(ctx));
    });
    router.post('/cgi-bin/kf/service_state/trans', (ctx) => {
      ctx.body = p.trans(body(ctx) as Parameters<DoublePlatform['trans']>[0]);
    });
    router.post('/cgi-bin/kf/add_contact_way', (ctx) => {
      const scene = String(body(ctx).scene ?? '');
      if (!/^[0-9a-zA-Z_-]{0,32}$/.test(scene)) {
        ctx.body = { errcode: 40058, errmsg: 'invalid scene' };
        return;
      }
      const kf = Buffer.from(String(body(ctx).open_kfid ?? ''))
        .toString('hex')
        .slice(0, 16);
      ctx.body = {
        errcode: 0,
        errmsg: 'ok',
        url: `https://work.weixin.qq.com/kf/kfc${kf}?enc_scene=ENC${Buffer.from(scene).toString('base64url')}`,
      };
    });
    router.get('/cgi-bin/media/get', (ctx) => {
      const media = p.media.get(String(ctx.query.media_id ?? ''));
      if (!media) {
        ctx.type = 'application/json';
        ctx.body = { errcode: PLATFORM_ERRORS.invalidMediaId, errmsg: 'invalid media_id' };
        return;
      }
      ctx.type = media.contentType;
      ctx.set('Content-disposition', `attachment; filename="${media.filename}"`);
      ctx.body = media.bytes;
    });
    app.use(router.routes());
    this.server = app.listen(port, host);
    await new Promise((r) => this.server!.once('listening', r));
    this.url = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop() {
    const closed = new Promise((r) => this.server?.close(r));
    this.server?.closeAllConnections();
    await closed;
  }

  /**
   * Tells the shop there is news for an account: an encrypted, signed POST with a fresh sync token. Not answered
   * with 200 within 5 s: tried again, 3 tries in all.
   */
  async push(openKfId: string): Promise<CallbackDelivery> {
    const url = this.opts.callbackUrl;
    if (!url) throw new Error('no callback URL set');
    const token = this.platform.issueSyncToken(openKfId);
    let last: CallbackDelivery | undefined;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const signed = signedKfPush(
        this.opts,
        { openKfId, token },
        { timestamp: Math.floor(this.platform.now() / 1000) },
      );
      const started = Date.now();
      let status: CallbackDelivery['status'];
      try {
        const res = await fetch(`${url}?${new URLSearchParams(signed.query)}`, {
          method: 'POST',
          headers: { 'content-type': 'text/xml' },
          body: signed.body,
          signal: AbortSignal.timeout(5000),
        });
        await res.text();
        status = res.status;
      } catch (err) {
        status = (err as Error).name === 'TimeoutError' ? 'timeout' : 'error';
      }
      last = { openKfId, status, ms: Date.now() - started, attempt };
      this.callbacks.push(last);
      if (status === 200) break;
    }
    return last as CallbackDelivery;
  }

  // --- playing the WeChat customer ---

  async customerEnters(openKfId: string, userId: string, opts: { scene?: string; sceneParam?: string } = {}) {
    const entered = this.platform.enterSession(openKfId, userId, opts.scene, opts.sceneParam);
    if (this.opts.callbackUrl) await this.push(openKfId);
    return entered;
  }

  async customerSays(
    openKfId: string,
    userId: string,
    text: string,
    opts: { push?: boolean; menuId?: string } = {},
  ) {
    const msg = this.platform.customerMessage(openKfId, userId, 'text', {
      content: text,
      ...(opts.menuId && { menu_id: opts.menuId }),
    });
    if (opts.push !== false && this.opts.callbackUrl) await this.push(openKfId);
    return msg;
  }

  async customerSends(openKfId: string, userId: string, kind: 'image' | 'voice' | 'file', bytes: Buffer) {
    const type = kind === 'image' ? 'image/jpeg' : kind === 'voice' ? 'audio/amr' : 'application/pdf';
    const mediaId = this.platform.addMedia(type, `${kind}.${type.split('/')[1]}`, bytes);
    const msg = this.platform.customerMessage(openKfId, userId, kind, { media_id: mediaId });
    if (this.opts.callbackUrl) await this.push(openKfId);
    return msg;
  }

  async customerRecalls(openKfId: string, userId: string, msg: PlatformMessage) {
    this.platform.event(openKfId, userId, { event_type: 'user_recall_msg', recall_msgid: msg.msgid });
    if (this.opts.callbackUrl) await this.push(openKfId);
  }

  async servicerEnds(openKfId: string, userId: string) {
    this.platform.endSession(openKfId, userId);
    if (this.opts.callbackUrl) await this.push(openKfId);
  }

  /** What the shop sent this user (send_msg, accepted), as they read it. */
  sentTo(userId: string): string[] {
    return this.platform.sent.filter((s) => s.touser === userId).map((s) => s.text);
  }
}
