import type { Context } from 'koa';
import { sql } from 'kysely';
import QRCode from 'qrcode';
import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import { signCustomerLink } from '../auth/customer-link.js';
import { writeAudit } from '../auth/pg-audit-log.js';
import { createPasswordLink } from '../auth/pg-staff-accounts.js';
import type { Person } from '../auth/person.js';
import { STAFF_ROLES } from '../auth/roles.js';
import { customerPage } from '../customers/pg-customer-page.js';
import { findCustomer, revokeCustomerLinks } from '../customers/pg-customer-queries.js';
import type { Db } from '../db/pg-database.js';
import { HttpError } from './http-errors.js';
import { auditActor, defineOperation, outOfScope, siteOrigin, type Operation } from './operations.js';

export interface PeopleOperationsDeps {
  db: Db;
  /** Signs customer links (APP_SECRET). */
  secret: string;
  /** The address customers and staff open, e.g. `https://shop.example.com`; the request's own by default. */
  publicUrl?: string;
}

const CustomerParams = z.object({ customerId: z.string().min(1).max(64) });
const StaffParams = z.object({ staffId: z.string().min(1).max(64) });
const CustomerQuery = z.object({
  search: z.string().max(50).optional(),
  region: z.string().max(50).optional(),
  repId: z.string().max(64).optional(),
  tier: z.string().max(20).optional(),
  overdue: z.enum(['1', 'true']).optional().meta({ description: '只看有逾期应收的客户' }),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const StaffUpdate = z
  .object({
    name: z.string().trim().min(1).max(50).optional(),
    roles: z.array(z.enum(STAFF_ROLES)).min(1).optional(),
    regions: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    active: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: '没有要改的内容' });

const notFoundCustomer = () => new HttpError(404, 'customer_not_found', '没有这位客户');

/** Customers (scoped like orders), their chat links, and staff accounts (admin), under `/api/`. */
export function peopleOperations(deps: PeopleOperationsDeps): Operation[] {
  const { db } = deps;
  const origin = (ctx: Context) => deps.publicUrl ?? siteOrigin(ctx);

  const customerFor = async (id: string, person: Person | undefined) => {
    const customer = await findCustomer(db, id);
    if (!customer) throw notFoundCustomer();
    if (!person || !inScope(customerScope(person), customer)) throw outOfScope();
    return customer;
  };

  return [
    defineOperation({
      id: 'listCustomers',
      method: 'GET',
      path: '/api/customers',
      summary:
        '客户列表：等级、区域、业务员、信用额度、欠款和逾期（业务员只看自己的客户，区域经理只看自己的区域）',
      tag: '客户',
      access: ['rep', 'clerk', 'finance', 'manager'],
      query: CustomerQuery,
      async handle({ query, person }) {
        const { overdue, ...rest } = query;
        return customerPage(db, {
          ...rest,
          overdue: overdue !== undefined,
          scope: customerScope(person as Person),
        });
      },
    }),
    defineOperation({
      id: 'getCustomerLink',
      method: 'GET',
      path: '/api/customers/:customerId/link',
      summary: '客户的专属聊天链接和二维码（发给客户，打开就是他本人）',
      tag: '客户',
      access: ['rep', 'clerk', 'manager'],
      params: CustomerParams,
      async handle({ params, person, ctx }) {
        const customer = await customerFor(params.customerId, person);
        const token = signCustomerLink(deps.secret, {
          customerId: customer.id,
          version: customer.linkVersion,
        });
        const url = `${origin(ctx)}/chat/c/${token}`;
        return {
          customerId: customer.id,
          name: customer.name,
          url,
          qrSvg: await QRCode.toString(url, { type: 'svg' }),
        };
      },
    }),
    defineOperation({
      id: 'revokeCustomerLinks',
      method: 'POST',
      path: '/api/customers/:customerId/link/revoke',
      summary: '作废客户的旧链接（旧链接和用它打开的聊天立即失效）',
      tag: '客户',
      access: ['rep', 'manager'],
      params: CustomerParams,
      async handle(input) {
        const customer = await customerFor(input.params.customerId, input.person);
        const version = await db.transaction().execute(async (tx) => {
          const next = await revokeCustomerLinks(tx, customer.id);
          await writeAudit(tx, auditActor(input), {
            action: 'customer.links.revoke',
            customerId: customer.id,
            detail: { linkVersion: next },
          });
          return next;
        });
        return { customerId: customer.id, linkVersion: version };
      },
    }),
    defineOperation({
      id: 'listStaff',
      method: 'GET',
      path: '/api/staff',
      summary: '员工和角色',
      tag: '员工',
      access: ['admin'],
      async handle() {
        const rows = await db
          .selectFrom('staff')
          .select([
            'id',
            'name',
            'roles',
            'regions',
            'active',
            sql<boolean>`password_hash is not null`.as('has_password'),
          ])
          .orderBy('id')
          .execute();
        return {
          items: rows.map((r) => ({
            id: r.id,
            name: r.name,
            roles: r.roles,
            regions: r.regions,
            active: r.active,
            hasPassword: r.has_password,
          })),
        };
      },
    }),
    defineOperation({
      id: 'updateStaff',
      method: 'PATCH',
      path: '/api/staff/:staffId',
      summary: '改员工的名字、角色、区域或停用（停用后他的登录立即失效）',
      tag: '员工',
      access: ['admin'],
      params: StaffParams,
      body: StaffUpdate,
      async handle(input) {
        const { staffId } = input.params;
        return db.transaction().execute(async (tx) => {
          const before = await tx
            .selectFrom('staff')
            .select(['name', 'roles', 'regions', 'active'])
            .where('id', '=', staffId)
            .forUpdate()
            .executeTakeFirst();
          if (!before) throw new HttpError(404, 'staff_not_found', '没有这位员工');
          const after = await tx
            .updateTable('staff')
            .set(input.body)
            .where('id', '=', staffId)
            .returning(['id', 'name', 'roles', 'regions', 'active'])
            .executeTakeFirstOrThrow();
          await writeAudit(tx, auditActor(input), {
            action: 'staff.update',
            detail: { staffId, before, after: input.body },
          });
          return after;
        });
      },
    }),
    defineOperation({
      id: 'createPasswordLink',
      method: 'POST',
      path: '/api/staff/:staffId/password-link',
      summary: '生成一次性设置密码链接（72 小时内有效）',
      tag: '员工',
      access: ['admin'],
      params: StaffParams,
      status: 201,
      async handle(input) {
        const staff = await db
          .selectFrom('staff')
          .select('id')
          .where('id', '=', input.params.staffId)
          .executeTakeFirst();
        if (!staff) throw new HttpError(404, 'staff_not_found', '没有这位员工');
        const token = await db.transaction().execute(async (tx) => {
          const made = await createPasswordLink(tx, staff.id);
          await writeAudit(tx, auditActor(input), {
            action: 'staff.password_link',
            detail: { staffId: staff.id },
          });
          return made;
        });
        return { staffId: staff.id, url: `${origin(input.ctx)}/set-password#${token}` };
      },
    }),
  ] as Operation[];
}
