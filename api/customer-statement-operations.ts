import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../auth/pg-audit-log.js';
import type { Database } from '../db/schema.js';
import { statementWorkbook } from '../finance/exceljs-customer-statement.js';
import { createStatementPdfRenderer, type StatementFont } from '../finance/pdfkit-customer-statement.js';
import { statementNoticeText } from '../finance/payment-notice-text.js';
import { readCustomerStatement } from '../finance/pg-customer-statement.js';
import { readStatementLink, signStatementLink } from '../finance/statement-link.js';
import { jobIds } from '../orders/jobs.js';
import { enqueueJobs } from '../orders/pg-outbox.js';
import { CustomerParams, customerFor, Day, MONEY_READERS, MONEY_WRITERS } from './finance-api-support.js';
import { badRequest, notFound } from './http-errors.js';
import { auditActor, defineOperation, siteOrigin, type Operation } from './operations.js';

/** What the 对账单 operations need besides the database. */
export interface StatementDeps {
  /** Signs the links sent to customers. */
  secret: string;
  /** The address customers open (PUBLIC_URL); the request's own origin otherwise. */
  publicUrl?: string | undefined;
  /** The CJK font of the PDF (Debian's Noto CJK by default). */
  font?: StatementFont;
}

const PeriodQuery = z.object({
  from: Day.optional().meta({ description: '起始日（默认本月 1 日）' }),
  to: Day.optional().meta({ description: '截止日（含，默认今天）' }),
  format: z.enum(['json', 'pdf', 'xlsx']).default('json'),
});
const SendBody = z.object({ from: Day.optional(), to: Day.optional() });
const LINK_DAYS = 7;

async function period(db: Kysely<Database>, from?: string, to?: string) {
  const r = await sql<{ today: string; first: string; until: string }>`
    select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as today,
           to_char(date_trunc('month', now() at time zone 'Asia/Shanghai'), 'YYYY-MM-DD') as first,
           to_char((now() at time zone 'Asia/Shanghai')::date + ${LINK_DAYS}::int, 'YYYY-MM-DD') as until`.execute(
    db,
  );
  const days = r.rows[0]!;
  const p = { from: from ?? days.first, to: to ?? days.today, today: days.today, until: days.until };
  if (p.from > p.to) throw badRequest('起始日不能晚于截止日');
  return p;
}

const fileName = (name: string, from: string, to: string, ext: string) =>
  encodeURIComponent(`对账单-${name}-${from}至${to}.${ext}`);

/** 对账单 as JSON (for a page), a printable PDF or an Excel file; sent to the customer in chat with a link. */
export function customerStatementOperations(deps: StatementDeps & { db: Kysely<Database> }): Operation[] {
  const { db } = deps;
  const renderPdf = createStatementPdfRenderer(deps.font);
  return [
    defineOperation({
      id: 'getCustomerStatement',
      method: 'GET',
      path: '/api/finance/customers/:customerId/statement',
      summary:
        '对账单：期初、本期订单/发货/退货/收款、期末；format=json（页面）、pdf（打印）或 xlsx（Excel）',
      tag: '对账单',
      access: MONEY_READERS,
      params: CustomerParams,
      query: PeriodQuery,
      async handle({ params, query, person, ctx }) {
        const customer = await customerFor(db, params.customerId, person);
        const p = await period(db, query.from, query.to);
        const statement = await readCustomerStatement(db, {
          customerId: customer.id,
          from: p.from,
          to: p.to,
        });
        if (query.format === 'json') return statement;
        const pdf = query.format === 'pdf';
        ctx.set(
          'Content-Type',
          pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        ctx.set(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${fileName(customer.name, p.from, p.to, pdf ? 'pdf' : 'xlsx')}`,
        );
        return pdf ? renderPdf(statement, null) : statementWorkbook(statement, null);
      },
    }),
    defineOperation({
      id: 'sendCustomerStatement',
      method: 'POST',
      path: '/api/finance/customers/:customerId/statement/send',
      summary: `把对账单发给客户（聊天里一段话加 PDF 链接，${LINK_DAYS} 天内有效），业务员也收到`,
      tag: '对账单',
      access: MONEY_WRITERS,
      params: CustomerParams,
      body: SendBody,
      async handle(input) {
        const customer = await customerFor(db, input.params.customerId, input.person);
        const p = await period(db, input.body.from, input.body.to);
        const statement = await readCustomerStatement(db, {
          customerId: customer.id,
          from: p.from,
          to: p.to,
        });
        const token = signStatementLink(deps.secret, {
          customerId: customer.id,
          from: p.from,
          to: p.to,
          until: p.until,
        });
        const url = `${deps.publicUrl ?? siteOrigin(input.ctx)}/api/statements/${token}`;
        const text = statementNoticeText({
          customerName: customer.name,
          from: p.from,
          to: p.to,
          openingFen: statement.openingFen,
          closingFen: statement.closingFen,
          lines: statement.lines.filter((l) => l.kind !== 'order').length,
          url,
        });
        const occurrence = `${p.from}-${p.to}-${Date.now()}`;
        await db.transaction().execute(async (tx) => {
          await enqueueJobs(tx, [
            {
              queue: 'notify',
              name: 'notify',
              jobId: jobIds.customerNotice(customer.id, 'statement', occurrence, 'all'),
              payload: {
                customerId: customer.id,
                event: 'statement',
                to: [
                  { kind: 'customer', id: customer.id },
                  ...(customer.rep_id ? [{ kind: 'staff' as const, id: customer.rep_id }] : []),
                ],
                text,
              },
            },
          ]);
          await writeAudit(tx, auditActor(input), {
            action: 'customer.statement.send',
            customerId: customer.id,
            detail: { from: p.from, to: p.to, closingFen: statement.closingFen },
          });
        });
        return { customerId: customer.id, from: p.from, to: p.to, text, url, until: p.until };
      },
    }),
    defineOperation({
      id: 'openStatementLink',
      method: 'GET',
      path: '/api/statements/:token',
      summary: '客户打开发给他的对账单链接（PDF；签名链接，过期失效）',
      tag: '对账单',
      access: 'anyone',
      params: z.object({ token: z.string().min(1).max(400) }),
      async handle({ params, ctx }) {
        const { today } = await period(db);
        const link = readStatementLink(deps.secret, params.token, today);
        if (!link) throw notFound('链接无效或已过期，请联系我们重新发送');
        const customer = await db
          .selectFrom('customers')
          .select(['id', 'name'])
          .where('id', '=', link.customerId)
          .executeTakeFirst();
        if (!customer) throw notFound('链接无效或已过期，请联系我们重新发送');
        const statement = await readCustomerStatement(db, {
          customerId: customer.id,
          from: link.from,
          to: link.to,
        });
        ctx.set('Content-Type', 'application/pdf');
        ctx.set(
          'Content-Disposition',
          `inline; filename*=UTF-8''${fileName(customer.name, link.from, link.to, 'pdf')}`,
        );
        return renderPdf(statement, null);
      },
    }),
  ] as Operation[];
}
