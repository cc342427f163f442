import type { Kysely } from 'kysely';
import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import type { Person } from '../auth/person.js';
import type { StaffRole } from '../auth/roles.js';
import type { Database } from '../db/schema.js';
import { FinanceRefusedError, type FinanceRefusalCode } from '../finance/finance-errors.js';
import { financeText } from '../finance/finance-desk-text.js';
import { StatementFontError } from '../finance/pdfkit-customer-statement.js';
import { yuanToFen } from '../finance/yuan.js';
import { HttpError } from './http-errors.js';
import { outOfScope, type Operation } from './operations.js';

/** Who books money: finance (admin may do everything). */
export const MONEY_WRITERS: StaffRole[] = ['finance'];
/** Who reads receivables, 对账单 and the mismatch report: finance, and managers for their regions. */
export const MONEY_READERS: StaffRole[] = ['finance', 'manager'];

/** An amount in yuan as people type it (`1234.50`, `1,234.5`, or a number with two decimals), to integer fen. */
export const Yuan = z
  .union([z.string().max(24), z.number()])
  .transform((value, ctx) => {
    const fen = yuanToFen(value);
    if (fen === undefined || fen <= 0) {
      ctx.addIssue({ code: 'custom', message: '金额要写成元，最多两位小数，如 1234.50' });
      return z.NEVER;
    }
    return fen;
  })
  .meta({ description: '金额（元，最多两位小数；字符串或数字）', example: '1234.50' });

export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期的格式：2026-12-01')
  .meta({ description: '日期 YYYY-MM-DD（上海时间）' });
export const CustomerParams = z.object({ customerId: z.string().min(1).max(64) });
export const IdParam = (name: string) => z.object({ [name]: z.coerce.number().int().positive() });
export const ReasonBody = z.object({ reason: z.string().trim().min(1).max(500) });
export const OrderAllocation = z.object({
  orderNumber: z.string().min(1).max(40).meta({ description: '订单号' }),
  amountYuan: Yuan,
});

const STATUS: Record<FinanceRefusalCode, number> = {
  invalid_amount: 422,
  over_received: 422,
  no_receivable: 422,
  receivable_void: 422,
  other_customer: 422,
  over_open: 422,
  order_twice: 422,
  write_off_too_large: 422,
  unreadable: 422,
  bad_rows: 422,
  not_found: 404,
  already_decided: 409,
  already_reversed: 409,
  changed_meanwhile: 409,
};

/** Presents the finance core's refusals as answers: 404, 409 (already done by someone) or 422, Chinese message. */
export function financeAnswers(ops: Operation[]): Operation[] {
  return ops.map((op) => ({
    ...op,
    async handle(input) {
      try {
        return await op.handle(input);
      } catch (err) {
        if (err instanceof FinanceRefusedError) {
          throw new HttpError(STATUS[err.code], err.code, err.message, err.details);
        }
        if (err instanceof StatementFontError) {
          throw new HttpError(
            503,
            'font_missing',
            '服务器缺少中文字体，无法生成 PDF（请安装 fonts-noto-cjk）',
          );
        }
        throw err;
      }
    },
  }));
}

/** The customer, when the person may see it (403 for a manager outside their regions, 404 when there is none). */
export async function customerFor(db: Kysely<Database>, customerId: string, person: Person | undefined) {
  const c = await db
    .selectFrom('customers')
    .select(['id', 'name', 'rep_id', 'region'])
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!person) throw outOfScope();
  const scope = customerScope(person);
  if (!c) {
    if (scope.kind !== 'all') throw outOfScope();
    throw new FinanceRefusedError('not_found', financeText.noSuchCustomer);
  }
  if (!inScope(scope, { id: c.id, repId: c.rep_id, region: c.region })) throw outOfScope();
  return c;
}
