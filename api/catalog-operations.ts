import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { exportCatalog, parseCatalog, type CatalogFormat } from '../catalog/catalog-import.js';
import { importProducts, type ImportSummary } from '../catalog/pg-catalog-repository.js';
import type { Db } from '../db/pg-database.js';
import { DEFAULT_REORDER_AT } from '../orders/pg-warehouse-queries.js';
import { writeAudit } from '../auth/pg-audit-log.js';
import { sortRowErrors, type RowError } from '../lib/file-rows.js';
import type { Logger } from '../lib/logger.js';
import { shopDay } from '../lib/shop-day.js';
import { HttpError } from './http-errors.js';
import { auditActor, defineOperation, type Operation } from './operations.js';

const ProductQuery = z.object({
  search: z.string().trim().max(50).optional().meta({ description: '编号、名称、别名或品牌里有这几个字' }),
  category: z.string().trim().max(50).optional(),
  low: z.enum(['1', 'true']).optional().meta({ description: '只看可用库存到了预警线的（没设预警线按 10）' }),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
const ImportBody = z.object({
  format: z.enum(['csv', 'json']),
  content: z.string().min(1).max(1_000_000),
  replace: z.boolean().default(false).meta({ description: '文件里没有的商品停售（不删除）' }),
});
const ImportParams = z.object({ importId: z.string().uuid() });
const ExportQuery = z.object({ format: z.enum(['csv', 'json']).default('csv') });

/** An import the page follows: checking, writing (with progress), done (with what changed) or refused (row errors). */
export interface CatalogImport {
  id: string;
  state: 'checking' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
  errors: RowError[];
  summary: ImportSummary | null;
  startedAt: Date;
}

const KEEP_IMPORTS = 20;

/** The product list (paginated and searched in PostgreSQL), catalog import with progress, and export. */
export function catalogOperations(deps: { db: Db; log: Logger }): Operation[] {
  const { db } = deps;
  const imports = new Map<string, CatalogImport>();

  const run = async (
    job: CatalogImport,
    text: string,
    format: CatalogFormat,
    replace: boolean,
    done: () => Promise<void>,
  ) => {
    const parsed = parseCatalog(text, format);
    if (!parsed.ok) {
      Object.assign(job, { state: 'failed', errors: sortRowErrors(parsed.errors).slice(0, 500) });
      return;
    }
    Object.assign(job, { state: 'writing', total: parsed.products.length });
    try {
      job.summary = await importProducts(db, parsed.products, {
        replace,
        batchSize: 200,
        onProgress: (n) => {
          job.done = n;
        },
      });
      job.state = 'done';
      await done();
    } catch (err) {
      deps.log.error({ err, importId: job.id }, 'catalog import failed');
      Object.assign(job, {
        state: 'failed',
        errors: [{ field: '(file)', reason: '导入时系统出错，没有改动任何商品' }],
      });
    }
  };

  return [
    defineOperation({
      id: 'listProducts',
      method: 'GET',
      path: '/api/products',
      summary: '商品：规格、别名、单位、价格（含等级价）和库存，按编号、名称、别名搜索',
      tag: '商品',
      access: ['rep', 'clerk', 'warehouse', 'finance', 'manager'],
      query: ProductQuery,
      async handle({ query }) {
        const like = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
        const where = sql.join(
          [
            sql`true`,
            ...(like
              ? [
                  sql`(p.sku ilike ${like} or p.name ilike ${like} or coalesce(p.brand, '') ilike ${like}
                       or exists (select 1 from unnest(p.aliases) a where a ilike ${like}))`,
                ]
              : []),
            ...(query.category ? [sql`p.category = ${query.category}`] : []),
            ...(query.low
              ? [sql`coalesce(s.on_hand - s.reserved, 0) <= coalesce(s.reorder_at, ${DEFAULT_REORDER_AT})`]
              : []),
          ],
          sql` and `,
        );
        const rows = await sql<{
          sku: string;
          name: string;
          category: string | null;
          brand: string | null;
          aliases: string[];
          specs: Record<string, string>;
          unit: string;
          unit_aliases: string[];
          price_fen: number;
          price_breaks: { minQty: number; priceFen: number; tier?: string }[];
          tiers: Record<string, number> | null;
          on_hand: number | null;
          reserved: number | null;
          reorder_at: number;
          active: boolean;
          total: string;
        }>`
          select p.sku, p.name, p.category, p.brand, p.aliases, p.specs, p.unit, p.unit_aliases, p.price_fen,
                 p.price_breaks, p.active, s.on_hand, s.reserved,
                 coalesce(s.reorder_at, ${DEFAULT_REORDER_AT}) as reorder_at,
                 (select jsonb_object_agg(t.tier, t.price_fen) from tier_prices t where t.sku = p.sku) as tiers,
                 count(*) over () as total
          from products p left join stock s on s.sku = p.sku
          where ${where}
          order by p.active desc, p.category nulls last, p.sku
          limit ${query.limit} offset ${query.offset}`.execute(db);
        const categories = await sql<{ category: string }>`
          select distinct category from products where category is not null order by category`.execute(db);
        return {
          total: Number(rows.rows[0]?.total ?? 0),
          categories: categories.rows.map((c) => c.category),
          items: rows.rows.map((r) => ({
            sku: r.sku,
            name: r.name,
            category: r.category,
            brand: r.brand,
            aliases: r.aliases,
            specs: r.specs,
            unit: r.unit,
            unitAliases: r.unit_aliases,
            priceFen: Number(r.price_fen),
            tierPricesFen: r.tiers ?? {},
            priceBreaks: r.price_breaks,
            onHand: Number(r.on_hand ?? 0),
            reserved: Number(r.reserved ?? 0),
            available: Number(r.on_hand ?? 0) - Number(r.reserved ?? 0),
            reorderAt: Number(r.reorder_at),
            active: r.active,
          })),
        };
      },
    }),
    defineOperation({
      id: 'startCatalogImport',
      method: 'POST',
      path: '/api/catalog/imports',
      summary: '导入商品（CSV 或 JSON，全部通过才写入）：立即返回导入编号，进度和出错的行用它查',
      tag: '商品',
      access: ['clerk'],
      body: ImportBody,
      status: 202,
      async handle(input) {
        const job: CatalogImport = {
          id: randomUUID(),
          state: 'checking',
          done: 0,
          total: 0,
          errors: [],
          summary: null,
          startedAt: new Date(),
        };
        imports.set(job.id, job);
        for (const old of [...imports.keys()].slice(0, Math.max(0, imports.size - KEEP_IMPORTS)))
          imports.delete(old);
        const actor = auditActor(input);
        void run(job, input.body.content, input.body.format, input.body.replace, () =>
          writeAudit(db, actor, {
            action: 'catalog.import',
            detail: { summary: job.summary, replace: input.body.replace },
          }),
        );
        return { id: job.id };
      },
    }),
    defineOperation({
      id: 'getCatalogImport',
      method: 'GET',
      path: '/api/catalog/imports/:importId',
      summary: '导入进度：检查中、写入中（已写多少）、完成（新增、修改、停售几个）或出错的行',
      tag: '商品',
      access: ['clerk'],
      params: ImportParams,
      async handle({ params }) {
        const job = imports.get(params.importId);
        if (!job) throw new HttpError(404, 'import_not_found', '没有这次导入（可能系统重启过），请重新导入');
        return job;
      },
    }),
    defineOperation({
      id: 'exportCatalog',
      method: 'GET',
      path: '/api/catalog/export',
      summary: '导出全部商品（CSV 或 JSON，能原样再导入）',
      tag: '商品',
      access: ['clerk', 'manager'],
      query: ExportQuery,
      async handle({ query, ctx }) {
        const text = await exportCatalog(db, query.format);
        const day = shopDay();
        ctx.set('Content-Disposition', `attachment; filename="catalog-${day}.${query.format}"`);
        ctx.type = query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
        return query.format === 'csv' ? `\uFEFF${text}` : text;
      },
    }),
  ] as Operation[];
}
