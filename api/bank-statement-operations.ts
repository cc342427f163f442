import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import { bookImport, previewImport, readImport } from '../finance/pg-bank-import.js';
import { confirmStatementRow, dismissStatementRow, listStatementRows } from '../finance/pg-bank-review.js';
import { IdParam, MONEY_WRITERS, ReasonBody, Yuan } from './finance-api-support.js';
import { badRequest, notFound } from './http-errors.js';
import { auditActor, defineOperation, type Operation } from './operations.js';

const UploadBody = z.object({
  fileName: z.string().trim().min(1).max(200).meta({ description: '文件名（如 12月流水.xlsx）' }),
  contentBase64: z
    .string()
    .min(4)
    .max(20_000_000)
    .meta({ description: '文件内容，base64（CSV 的 UTF-8/GBK 或 XLSX）' }),
});
const BookBody = z.object({
  allowBadRows: z.boolean().default(false).meta({ description: '有读不出的行时，确认跳过它们导入其余的' }),
});
const RowsQuery = z.object({
  state: z.enum(['waiting', 'booked', 'dismissed', 'ignored']).optional(),
  importId: z.coerce.number().int().positive().optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ConfirmBody = z.object({
  customerId: z.string().min(1).max(64).optional().meta({ description: '付款客户；写了分配时可省略' }),
  allocations: z
    .array(
      z.object({
        orderNumber: z.string().min(1).max(40),
        amountYuan: Yuan,
        writeOffYuan: Yuan.optional().meta({ description: '手续费差额核销（不超过设置的容差）' }),
      }),
    )
    .max(200)
    .optional()
    .meta({ description: '更正后的分配；不写则按系统建议' }),
  note: z.string().trim().max(500).optional(),
});

/** Bank statement import (preview, then book) and the rows waiting for finance (confirm, correct, dismiss). */
export function bankStatementOperations(db: Kysely<Database>): Operation[] {
  return [
    defineOperation({
      id: 'previewBankImport',
      method: 'POST',
      path: '/api/finance/bank-imports',
      summary:
        '上传银行流水（CSV 的 UTF-8/GBK，或 XLSX）：先看识别结果（银行、格式、日期、收入笔数、已导入过的笔数），不入账',
      tag: '银行流水',
      access: MONEY_WRITERS,
      body: UploadBody,
      bodyLimit: '20mb',
      status: 201,
      async handle(input) {
        const bytes = Buffer.from(input.body.contentBase64, 'base64');
        if (bytes.length === 0) throw badRequest('文件内容不是 base64');
        return previewImport(db, { fileName: input.body.fileName, bytes, audit: auditActor(input) });
      },
    }),
    defineOperation({
      id: 'listBankImports',
      method: 'GET',
      path: '/api/finance/bank-imports',
      summary: '导入记录：谁、何时、哪个文件、各种笔数',
      tag: '银行流水',
      access: MONEY_WRITERS,
      async handle() {
        const rows = await db
          .selectFrom('bank_imports')
          .select([
            'id',
            'file_name',
            'file_sha256',
            'staff_id',
            'state',
            'counts',
            'created_at',
            'booked_at',
            'booked_by',
          ])
          .orderBy('id', 'desc')
          .limit(200)
          .execute();
        return { items: rows.map((r) => ({ ...r, id: Number(r.id) })) };
      },
    }),
    defineOperation({
      id: 'getBankImport',
      method: 'GET',
      path: '/api/finance/bank-imports/:importId',
      summary: '一次导入：识别结果、读不出的行、笔数',
      tag: '银行流水',
      access: MONEY_WRITERS,
      params: IdParam('importId'),
      handle: ({ params }) => readImport(db, (params as { importId: number }).importId),
    }),
    defineOperation({
      id: 'bookBankImport',
      method: 'POST',
      path: '/api/finance/bank-imports/:importId/book',
      summary:
        '确认导入：新流水按订单号、付款人、金额匹配，确定的自动入账，其余等财务确认；同一笔流水只入一次',
      tag: '银行流水',
      access: MONEY_WRITERS,
      params: IdParam('importId'),
      body: BookBody,
      async handle(input) {
        const { importId } = input.params as { importId: number };
        return bookImport(db, { importId, allowBadRows: input.body.allowBadRows, audit: auditActor(input) });
      },
    }),
    defineOperation({
      id: 'listStatementRows',
      method: 'GET',
      path: '/api/finance/statement-rows',
      summary: '银行流水：待确认的（默认）、已入账、已排除、支出',
      tag: '银行流水',
      access: MONEY_WRITERS,
      query: RowsQuery,
      async handle({ query }) {
        return {
          items: await listStatementRows(db, {
            limit: query.limit,
            offset: query.offset,
            ...(query.state && { state: query.state }),
            ...(query.importId !== undefined && { importId: query.importId }),
          }),
        };
      },
    }),
    defineOperation({
      id: 'getStatementRow',
      method: 'GET',
      path: '/api/finance/statement-rows/:rowId',
      summary: '一笔银行流水：匹配结果、理由、候选订单、入账情况',
      tag: '银行流水',
      access: MONEY_WRITERS,
      params: IdParam('rowId'),
      async handle({ params }) {
        const [row] = await listStatementRows(db, {
          rowId: (params as { rowId: number }).rowId,
          limit: 1,
          offset: 0,
        });
        if (row) return row;
        throw notFound('没有这笔流水');
      },
    }),
    defineOperation({
      id: 'confirmStatementRow',
      method: 'POST',
      path: '/api/finance/statement-rows/:rowId/confirm',
      summary:
        '确认（或更正）一笔待确认的流水并入账；付款人名字记到该客户名下，下次自动认出。两人同时确认只入一次',
      tag: '银行流水',
      access: MONEY_WRITERS,
      params: IdParam('rowId'),
      body: ConfirmBody,
      async handle(input) {
        const { rowId } = input.params as { rowId: number };
        const b = input.body;
        return confirmStatementRow(db, {
          rowId,
          ...(b.customerId !== undefined && { customerId: b.customerId }),
          ...(b.allocations !== undefined && {
            allocations: b.allocations.map((a) => ({
              orderNumber: a.orderNumber,
              amountFen: a.amountYuan,
              ...(a.writeOffYuan !== undefined && { writeOffFen: a.writeOffYuan }),
            })),
          }),
          ...(b.note !== undefined && { note: b.note }),
          audit: auditActor(input),
        });
      },
    }),
    defineOperation({
      id: 'dismissStatementRow',
      method: 'POST',
      path: '/api/finance/statement-rows/:rowId/dismiss',
      summary: '把一笔流水标为非客户货款（供应商退款、股东转入……），要写原因',
      tag: '银行流水',
      access: MONEY_WRITERS,
      params: IdParam('rowId'),
      body: ReasonBody,
      async handle(input) {
        const { rowId } = input.params as { rowId: number };
        return dismissStatementRow(db, { rowId, reason: input.body.reason, audit: auditActor(input) });
      },
    }),
  ] as Operation[];
}
