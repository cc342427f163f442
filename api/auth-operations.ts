import type { Context } from 'koa';
import { z } from 'zod';
import { passwordProblem, hashPassword, verifyPassword } from '../auth/argon2-passwords.js';
import { readCustomerLink } from '../auth/customer-link.js';
import type { LoginLimiter } from '../auth/redis-login-limiter.js';
import { writeAudit } from '../auth/pg-audit-log.js';
import { customerLinkVersion, findStaffLogin, usePasswordLink } from '../auth/pg-staff-accounts.js';
import type { Person } from '../auth/person.js';
import type { Db } from '../db/pg-database.js';
import { HttpError } from './http-errors.js';
import { defineOperation, type Operation } from './operations.js';
import { beginSession, csrfTokenOf, endSession, type SessionSettings } from './session-middleware.js';

export interface AuthOperationsDeps {
  db: Db;
  limiter: LoginLimiter;
  /** Verifies customer links (APP_SECRET). */
  secret: string;
  sessions: Pick<SessionSettings, 'secure' | 'staffIdleMs' | 'customerIdleMs'>;
}

const LoginBody = z.object({
  login: z.string().trim().min(1).max(64).meta({ description: '员工账号' }),
  password: z.string().min(1).max(200),
});
const SetPasswordBody = z.object({
  token: z.string().min(10).max(100),
  password: z.string().min(1).max(200),
});
const LinkParams = z.object({ token: z.string().min(1).max(300) });

export const authTexts = {
  loginFailed: '账号或密码不对',
  tooMany: (minutes: number) => `登录失败次数太多，请 ${minutes} 分钟后再试`,
  linkInvalid: '这个链接无效或已过期，请让管理员重新生成',
};

function tooMany(ctx: Context, waitMs: number): HttpError {
  const seconds = Math.ceil(waitMs / 1000);
  ctx.set('Retry-After', String(seconds));
  return new HttpError(429, 'too_many_attempts', authTexts.tooMany(Math.ceil(seconds / 60)));
}

/** What `/auth/me` and a sign-in answer: who (null when nobody), and the CSRF token the page sends back. */
function whoAmI(person: Person | undefined, ctx: Context) {
  return { person: person ?? null, csrfToken: csrfTokenOf(ctx) ?? null };
}

/** Sign-in, sign-out, who am I, setting a password with a one-time link, and opening a customer's chat link. */
export function authOperations(deps: AuthOperationsDeps): Operation[] {
  const { db } = deps;
  return [
    defineOperation({
      id: 'login',
      method: 'POST',
      path: '/auth/login',
      summary: '员工登录（失败太多次会暂时锁定，按账号和来源地址分别计数）',
      tag: '登录',
      access: 'anyone',
      body: LoginBody,
      async handle({ body, ctx }) {
        const address = ctx.ip || 'unknown';
        const wait = await deps.limiter.waitMs(body.login, address);
        if (wait > 0) throw tooMany(ctx, wait);
        const staff = await findStaffLogin(db, body.login);
        const matches = await verifyPassword(staff?.passwordHash ?? null, body.password);
        if (!staff || !staff.active || !matches) {
          const blocked = await deps.limiter.failed(body.login, address);
          if (blocked > 0) throw tooMany(ctx, blocked);
          throw new HttpError(401, 'login_failed', authTexts.loginFailed);
        }
        await deps.limiter.succeeded(body.login);
        await beginSession(ctx, deps.sessions, { kind: 'staff', id: staff.id, epoch: staff.epoch });
        const person: Person = {
          kind: 'staff',
          id: staff.id,
          name: staff.name,
          roles: staff.roles,
          regions: staff.regions,
        };
        await writeAudit(db, { staffId: staff.id, roles: staff.roles, address }, { action: 'auth.login' });
        return whoAmI(person, ctx);
      },
    }),
    defineOperation({
      id: 'logout',
      method: 'POST',
      path: '/auth/logout',
      summary: '退出登录',
      tag: '登录',
      access: 'anyone',
      status: 204,
      async handle({ ctx }) {
        endSession(ctx);
      },
    }),
    defineOperation({
      id: 'me',
      method: 'GET',
      path: '/auth/me',
      summary: '当前登录的人（没登录时为 null），和页面要带上的 CSRF 令牌',
      tag: '登录',
      access: 'anyone',
      handle: async ({ person, ctx }) => whoAmI(person, ctx),
    }),
    defineOperation({
      id: 'setPassword',
      method: 'POST',
      path: '/auth/set-password',
      summary: '用一次性链接设置密码（以前的登录全部失效）',
      tag: '登录',
      access: 'anyone',
      body: SetPasswordBody,
      async handle({ body }) {
        const problem = passwordProblem(body.password);
        if (problem) throw new HttpError(400, 'weak_password', problem);
        const staffId = await usePasswordLink(db, body.token, await hashPassword(body.password));
        if (!staffId) throw new HttpError(400, 'link_invalid', authTexts.linkInvalid);
        return { staffId };
      },
    }),
    defineOperation({
      id: 'openCustomerLink',
      method: 'GET',
      path: '/chat/c/:token',
      summary: '客户打开自己的专属链接：以他本人的身份进入聊天（作废的链接进不去）',
      tag: '聊天',
      access: 'anyone',
      params: LinkParams,
      status: 302,
      async handle({ params, ctx }) {
        const link = readCustomerLink(deps.secret, params.token);
        const current = link && (await customerLinkVersion(db, link.customerId));
        if (!link || current !== link.version) {
          ctx.redirect('/chat?link=invalid');
          return;
        }
        await beginSession(ctx, deps.sessions, {
          kind: 'customer',
          id: link.customerId,
          linkVersion: link.version,
        });
        ctx.redirect('/chat');
      },
    }),
  ] as Operation[];
}
