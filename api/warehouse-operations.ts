import type { Kysely } from 'kysely';
import { z } from 'zod';
import { customerScope, inScope } from '../auth/access.js';
import type { Person } from '../auth/person.js';
import type { Database } from '../db/schema.js';
import { countStock, receiveGoods } from '../orders/pg-goods-in.js';
import { returnGoods, ShipmentNotFoundError } from '../orders/pg-returns.js';
import { deliveryNote, listStock, pickList, stockLedger } from '../orders/pg-warehouse-queries.js';
import type { ErrorMapping } from './error-middleware.js';
import { auditActor, defineOperation, outOfScope, staffOf, type Operation } from './operations.js';

const ShipmentParams = z.object({
  shipmentNumber: z.string().regex(/^FH-\d{8}-\d{4,}-\d+$/, '发货单号的格式：FH-20261205-0007-1'),
});
const PickQuery = z.object({
  orders: z
    .string()
    .max(2000)
    .transform((s) =>
      s
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    )
    .meta({ description: '订单号，用逗号隔开' }),
});
const ReturnBody = z.object({
  reason: z.string().trim().min(1).max(500),
  lines: z
    .array(
      z.object({
        lineNo: z.number().int().positive(),
        qty: z.number().int().positive(),
        disposition: z
          .enum(['restock', 'damaged'])
          .meta({ description: 'restock 放回货架；damaged 坏了，报损' }),
      }),
    )
    .min(1)
    .max(500),
});
const GoodsInBody = z.object({
  supplier: z.string().trim().max(100).optional(),
  note: z.string().trim().max(500).optional(),
  lines: z
    .array(z.object({ sku: z.string().min(1).max(64), qty: z.number().int().positive() }))
    .min(1)
    .max(1000),
});
const CountBody = z.object({
  reason: z.string().trim().min(1).max(500),
  lines: z
    .array(z.object({ sku: z.string().min(1).max(64), countedQty: z.number().int().min(0) }))
    .min(1)
    .max(1000),
});
const StockQuery = z.object({
  search: z.string().max(50).optional(),
  low: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
const SkuParams = z.object({ sku: z.string().min(1).max(64) });
const Page = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Pick lists, delivery notes, returns, goods in, stock counts and the stock with its ledger, under `/api/`. */
export function warehouseOperations(db: Kysely<Database>): Operation[] {
  const noteFor = async (number: string, person: Person | undefined) => {
    const note = await deliveryNote(db, number);
    if (!note) throw new ShipmentNotFoundError(number);
    const scope = customerScope(person as Person);
    if (
      scope.kind !== 'all' &&
      !(note.customerId && inScope(scope, { id: note.customerId, repId: note.repId, region: note.region }))
    ) {
      throw outOfScope();
    }
    return note;
  };
  return [
    defineOperation({
      id: 'pickList',
      method: 'GET',
      path: '/api/pick-list',
      summary: '拣货单：这些订单要从货架上拿的货，按货位和分类排好',
      tag: '仓库',
      access: ['warehouse', 'clerk'],
      query: PickQuery,
      handle: async ({ query }) => ({ items: await pickList(db, query.orders) }),
    }),
    defineOperation({
      id: 'getShipment',
      method: 'GET',
      path: '/api/shipments/:shipmentNumber',
      summary: '发货单（可打印）：客户、订单、每行的数量和金额',
      tag: '仓库',
      access: ['rep', 'clerk', 'warehouse', 'finance', 'manager'],
      params: ShipmentParams,
      handle: ({ params, person }) => noteFor(params.shipmentNumber, person),
    }),
    defineOperation({
      id: 'returnGoods',
      method: 'POST',
      path: '/api/shipments/:shipmentNumber/returns',
      summary: '退货：按发货单退，放回货架或报损，同时冲减货款',
      tag: '仓库',
      access: ['warehouse', 'clerk'],
      params: ShipmentParams,
      body: ReturnBody,
      status: 201,
      async handle(input) {
        const staff = staffOf(input);
        await noteFor(input.params.shipmentNumber, input.person);
        return returnGoods(db, {
          shipmentNumber: input.params.shipmentNumber,
          staffId: staff.id,
          reason: input.body.reason,
          lines: input.body.lines,
          audit: auditActor(input),
        });
      },
    }),
    defineOperation({
      id: 'goodsIn',
      method: 'POST',
      path: '/api/goods-in',
      summary: '入库：供应商来货，先补上欠货的订单（最早的先补）',
      tag: '仓库',
      access: ['warehouse'],
      body: GoodsInBody,
      status: 201,
      async handle(input) {
        const staff = staffOf(input);
        return receiveGoods(db, {
          staffId: staff.id,
          lines: input.body.lines,
          ...(input.body.supplier !== undefined && { supplier: input.body.supplier }),
          ...(input.body.note !== undefined && { note: input.body.note }),
          audit: auditActor(input),
        });
      },
    }),
    defineOperation({
      id: 'countStock',
      method: 'POST',
      path: '/api/stock-counts',
      summary: '盘点：把库存改成实数（要写原因，每个差额记一笔）',
      tag: '仓库',
      access: ['warehouse'],
      body: CountBody,
      async handle(input) {
        const staff = staffOf(input);
        return countStock(db, {
          staffId: staff.id,
          reason: input.body.reason,
          lines: input.body.lines,
          audit: auditActor(input),
        });
      },
    }),
    defineOperation({
      id: 'listStock',
      method: 'GET',
      path: '/api/stock',
      summary: '库存：每个商品的现存、已预留、可用、货位；low=true 只看缺货预警',
      tag: '仓库',
      access: ['warehouse', 'clerk', 'rep', 'finance', 'manager'],
      query: StockQuery,
      handle: ({ query }) => listStock(db, query),
    }),
    defineOperation({
      id: 'stockLedger',
      method: 'GET',
      path: '/api/stock/:sku/ledger',
      summary: '一个商品的每一笔库存变动（哪个订单、发货单、退货单、入库单，谁，什么时候）',
      tag: '仓库',
      access: ['warehouse', 'clerk', 'manager'],
      params: SkuParams,
      query: Page,
      handle: async ({ params, query }) => ({ items: await stockLedger(db, params.sku, query) }),
    }),
  ] as Operation[];
}

export const warehouseErrorMappings: ErrorMapping[] = [
  {
    match: (e) => e instanceof ShipmentNotFoundError,
    status: 404,
    code: 'shipment_not_found',
    message: () => '没有这张发货单',
  },
];
