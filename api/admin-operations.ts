import { z } from 'zod';
import { listAudit } from '../auth/pg-audit-log.js';
import type { Db } from '../db/pg-database.js';
import { writeAudit } from '../auth/pg-audit-log.js';
import { DeadLetterNotFoundError, type DeadLetterBox } from '../worker/bullmq-dead-letter.js';
import type { ErrorMapping } from './error-middleware.js';
import { auditActor, defineOperation, staffOf, type Operation } from './operations.js';

const AuditQuery = z.object({
  staffId: z.string().max(64).optional(),
  orderNo: z.coerce.number().int().positive().optional(),
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式：2026-12-05')
    .optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const Page = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const JobParams = z.object({ jobId: z.string().min(1).max(200) });

/** The audit log (admins; managers see their regions) and the dead-letter queue (admins), under `/api/`. */
export function adminOperations(deps: { db: Db; deadLetters: DeadLetterBox }): Operation[] {
  const { db } = deps;
  return [
    defineOperation({
      id: 'listAudit',
      method: 'GET',
      path: '/api/audit',
      summary: '操作记录：谁、什么角色、做了什么、哪个订单或客户、前后状态、时间、来源地址',
      tag: '管理',
      access: ['manager'],
      query: AuditQuery,
      async handle(input) {
        const staff = staffOf(input);
        const regions = staff.roles.includes('admin') ? undefined : staff.regions;
        return { items: await listAudit(db, { ...input.query, ...(regions && { regions }) }) };
      },
    }),
    defineOperation({
      id: 'listDeadLetters',
      method: 'GET',
      path: '/api/dead-letters',
      summary: '重试用完仍失败的任务',
      tag: '管理',
      access: ['admin'],
      query: Page,
      handle: ({ query }) => deps.deadLetters.list(query),
    }),
    defineOperation({
      id: 'retryDeadLetter',
      method: 'POST',
      path: '/api/dead-letters/:jobId/retry',
      summary: '把失败任务放回队列重新执行',
      tag: '管理',
      access: ['admin'],
      params: JobParams,
      async handle(input) {
        const result = await deps.deadLetters.retry(input.params.jobId);
        await writeAudit(db, auditActor(input), { action: 'dead_letter.retry', detail: result });
        return result;
      },
    }),
    defineOperation({
      id: 'discardDeadLetter',
      method: 'DELETE',
      path: '/api/dead-letters/:jobId',
      summary: '丢弃失败任务',
      tag: '管理',
      access: ['admin'],
      params: JobParams,
      status: 204,
      async handle(input) {
        await deps.deadLetters.discard(input.params.jobId);
        await writeAudit(db, auditActor(input), {
          action: 'dead_letter.discard',
          detail: { jobId: input.params.jobId },
        });
      },
    }),
  ] as Operation[];
}

export const deadLetterErrorMappings: ErrorMapping[] = [
  {
    match: (e) => e instanceof DeadLetterNotFoundError,
    status: 404,
    code: 'not_found',
    message: () => '没有这个失败任务',
  },
];
