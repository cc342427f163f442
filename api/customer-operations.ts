import { sql } from 'kysely';
import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import { writeAudit } from '../auth/pg-audit-log.js';
import type { Person, StaffPerson } from '../auth/person.js';
import { findCustomer } from '../customers/pg-customer-queries.js';
import type { Db } from '../db/pg-database.js';
import { HttpError } from './http-errors.js';
import { auditActor, defineOperation, outOfScope, staffOf, type Operation } from './operations.js';

const CustomerParams = z.object({ customerId: z.string().min(1).max(64) });
const CustomerUpdate = z
  .object({
    name: z.string().trim().min(1).max(50).optional(),
    tier: z
      .string()
      .trim()
      .max(20)
      .nullable()
      .optional()
      .meta({ description: '价格等级（A/B/C…），null 为无等级' }),
    region: z.string().trim().max(50).nullable().optional(),
    repId: z.string().trim().max(64).nullable().optional().meta({ description: '负责的业务员' }),
    creditLimitFen: z.number().int().min(0).max(1e12).optional().meta({ description: '信用额度，单位：分' }),
  })
  .refine((u) => Object.keys(u).length > 0, { message: '没有要改的内容' });

const ChatQuery = z.object({
  from: z.coerce.date().optional().meta({ description: '从这个时刻起（ISO 时间；默认两天前）' }),
  to: z.coerce.date().optional().meta({ description: '到这个时刻前（默认现在）' }),
});

/** Who may change what: credit limits are the clerk's, the finance's and the admin's, not a manager's alone. */
function mayChangeCredit(staff: StaffPerson): boolean {
  return staff.roles.some((r) => r === 'admin' || r === 'clerk' || r === 'finance');
}

/** Editing a customer's name, tier, region, rep and credit limit (audited, before and after). */
export function customerOperations(deps: { db: Db }): Operation[] {
  const { db } = deps;
  return [
    defineOperation({
      id: 'updateCustomer',
      method: 'PATCH',
      path: '/api/customers/:customerId',
      summary: '改客户的名称、等级、区域、负责业务员或信用额度（区域经理只改自己区域的客户，不改信用额度）',
      tag: '客户',
      access: ['clerk', 'finance', 'manager'],
      params: CustomerParams,
      body: CustomerUpdate,
      async handle(input) {
        const staff = staffOf(input);
        const found = await findCustomer(db, input.params.customerId);
        if (!found) throw new HttpError(404, 'customer_not_found', '没有这位客户');
        if (!inScope(customerScope(staff), found)) throw outOfScope();
        const u = input.body;
        if (u.creditLimitFen !== undefined && !mayChangeCredit(staff))
          throw new HttpError(403, 'credit_limit_denied', '信用额度由内勤、财务或管理员修改');
        if (u.repId) {
          const rep = await db
            .selectFrom('staff')
            .select('roles')
            .where('id', '=', u.repId)
            .executeTakeFirst();
          if (!rep || !rep.roles.includes('rep')) throw new HttpError(400, 'invalid_input', '没有这位业务员');
        }
        return db.transaction().execute(async (tx) => {
          const before = await tx
            .selectFrom('customers')
            .select(['name', 'tier', 'region', 'rep_id', 'credit_limit_fen'])
            .where('id', '=', found.id)
            .forUpdate()
            .executeTakeFirstOrThrow();
          const after = await tx
            .updateTable('customers')
            .set({
              ...(u.name !== undefined && { name: u.name }),
              ...(u.tier !== undefined && { tier: u.tier || null }),
              ...(u.region !== undefined && { region: u.region || null }),
              ...(u.repId !== undefined && { rep_id: u.repId || null }),
              ...(u.creditLimitFen !== undefined && { credit_limit_fen: u.creditLimitFen }),
              updated_at: sql`now()`,
            })
            .where('id', '=', found.id)
            .returning(['id', 'name', 'tier', 'region', 'rep_id', 'credit_limit_fen'])
            .executeTakeFirstOrThrow();
          await writeAudit(tx, auditActor(input), {
            action: 'customer.update',
            customerId: found.id,
            detail: { before, after: u },
          });
          return {
            id: after.id,
            name: after.name,
            tier: after.tier,
            region: after.region,
            repId: after.rep_id,
            creditLimitFen: Number(after.credit_limit_fen),
          };
        });
      },
    }),
    defineOperation({
      id: 'getCustomerChat',
      method: 'GET',
      path: '/api/customers/:customerId/chat',
      summary: '客户在这段时间里的聊天（客户说的、员工代说的、下单助手的回复），订单页看下单前后的对话',
      tag: '客户',
      access: ['rep', 'clerk', 'warehouse', 'finance', 'manager'],
      params: CustomerParams,
      query: ChatQuery,
      async handle({ params, query, person }) {
        const found = await findCustomer(db, params.customerId);
        if (!found) throw new HttpError(404, 'customer_not_found', '没有这位客户');
        if (!inScope(customerScope(person as Person), found)) throw outOfScope();
        const rows = await db
          .selectFrom('chat_messages')
          .select(['at', 'speaker', 'name', 'channel', 'text'])
          .where('customer_id', '=', found.id)
          .where('at', '>=', query.from ?? new Date(Date.now() - 48 * 3600_000))
          .where('at', '<', query.to ?? new Date())
          .orderBy('at')
          .orderBy('id')
          .limit(200)
          .execute();
        return { messages: rows };
      },
    }),
    defineOperation({
      id: 'listReps',
      method: 'GET',
      path: '/api/reps',
      summary: '业务员名单（筛选订单和客户、指定负责人用）',
      tag: '客户',
      access: ['rep', 'clerk', 'warehouse', 'finance', 'manager'],
      async handle() {
        const rows = await db
          .selectFrom('staff')
          .select(['id', 'name'])
          .where('active', '=', true)
          .where(sql<boolean>`'rep' = any(roles)`)
          .orderBy('id')
          .execute();
        const regions = await db
          .selectFrom('customers')
          .select('region')
          .distinct()
          .where('region', 'is not', null)
          .orderBy('region')
          .execute();
        return { reps: rows, regions: regions.map((r) => r.region as string) };
      },
    }),
  ] as Operation[];
}
