import { z } from 'zod';
import { ConfigError, DEV_APP_SECRET } from '../lib/config.js';

const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );

/**
 * Settings of the WeCom 微信客服 channel, read by the api (the callback) and the bot (pulling and sending). Every one
 * is optional: the channel is off until the callback trio is set, and pulling needs the secret too.
 */
export const wecomSettings = {
  /** The corp's CorpID (我的企业 → 企业信息). */
  WECOM_CORP_ID: z
    .string()
    .regex(/^[\w-]{1,64}$/, 'letters, digits, - and _ only')
    .optional(),
  /** The Secret of the self-built app allowed to call 微信客服 (微信客服 → 可调用接口的应用). */
  WECOM_KF_SECRET: z.string().min(1).optional(),
  /** The callback Token set in the admin console (API 接收消息). */
  WECOM_CALLBACK_TOKEN: z
    .string()
    .regex(/^[A-Za-z0-9]{1,32}$/, 'letters and digits only, at most 32 (as the admin console makes it)')
    .optional(),
  /** The callback EncodingAESKey: 43 letters and digits. */
  WECOM_CALLBACK_AES_KEY: z
    .string()
    .regex(/^[A-Za-z0-9]{43}$/, 'must be the 43 letters and digits the admin console shows')
    .optional(),
  /** Customer-service accounts (open_kfid) to serve, comma separated; empty: every account that calls back. */
  WECOM_OPEN_KFIDS: list,
  /** The platform's address; the local double's in tests and the demo. */
  WECOM_API_BASE: z
    .url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })
    .default('https://qyapi.weixin.qq.com'),
  /** Safety-net pull this often without a callback (a lost callback must not strand a customer); 0 never. */
  WECOM_POLL_SECONDS: z.coerce.number().int().min(0).default(60),
};

type WecomEnv = {
  NODE_ENV: 'development' | 'production' | 'test';
  WECOM_CORP_ID?: string | undefined;
  WECOM_KF_SECRET?: string | undefined;
  WECOM_CALLBACK_TOKEN?: string | undefined;
  WECOM_CALLBACK_AES_KEY?: string | undefined;
  WECOM_OPEN_KFIDS: string[];
  WECOM_API_BASE: string;
  WECOM_POLL_SECONDS: number;
  /** Signs customer links (lib/config.ts `common.APP_SECRET`). */
  APP_SECRET: string;
};

/** What the callback endpoint needs to verify and decrypt the platform's requests. */
export interface WecomCallbackConfig {
  corpId: string;
  token: string;
  aesKey: string;
  /** Empty: any account. */
  openKfIds: string[];
}

/** What pulling and sending need besides the callback settings. */
export interface WecomApiConfig {
  corpId: string;
  secret: string;
  apiBase: string;
  openKfIds: string[];
  pollMs: number;
  appSecret: string;
}

export interface WecomConfig {
  callback: WecomCallbackConfig | null;
  /** Null when WECOM_KF_SECRET is missing: the callback may still answer, nothing is pulled or sent. */
  api: WecomApiConfig | null;
}

/**
 * The channel's configuration from a parsed process configuration. Off (both null) when none of the callback trio
 * is set; a partial trio, or a secret without the trio, is a ConfigError naming the missing variables.
 */
export function wecomConfig(env: WecomEnv): WecomConfig {
  const trio = {
    WECOM_CORP_ID: env.WECOM_CORP_ID,
    WECOM_CALLBACK_TOKEN: env.WECOM_CALLBACK_TOKEN,
    WECOM_CALLBACK_AES_KEY: env.WECOM_CALLBACK_AES_KEY,
  };
  const set = Object.values(trio).filter(Boolean).length;
  if (set === 0 && !env.WECOM_KF_SECRET) return { callback: null, api: null };
  const problems = Object.entries(trio)
    .filter(([, value]) => !value)
    .map(([variable]) => ({ variable, problem: 'is required for the WeCom 微信客服 channel' }));
  if (env.NODE_ENV === 'production' && (env.APP_SECRET === DEV_APP_SECRET || env.APP_SECRET.length < 32))
    problems.push({
      variable: 'APP_SECRET',
      problem: 'set a random secret of at least 32 characters in production (it signs customer links)',
    });
  if (problems.length) throw new ConfigError(problems);
  const callback = {
    corpId: env.WECOM_CORP_ID as string,
    token: env.WECOM_CALLBACK_TOKEN as string,
    aesKey: env.WECOM_CALLBACK_AES_KEY as string,
    openKfIds: env.WECOM_OPEN_KFIDS,
  };
  const api = env.WECOM_KF_SECRET
    ? {
        corpId: callback.corpId,
        secret: env.WECOM_KF_SECRET,
        apiBase: env.WECOM_API_BASE.replace(/\/+$/, ''),
        openKfIds: env.WECOM_OPEN_KFIDS,
        pollMs: env.WECOM_POLL_SECONDS * 1000,
        appSecret: env.APP_SECRET,
      }
    : null;
  return { callback, api };
}
