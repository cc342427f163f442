import { z } from 'zod';
import { customerScope } from '../auth/access.js';
import type { Person } from '../auth/person.js';
import {
  hourlyOrders,
  lowStock,
  openOrdersByStatus,
  overdueReceivables,
  regionHours,
  reviewBacklog,
  todayFigures,
  topSkus,
} from '../dashboard/pg-dashboard-queries.js';
import { detectSurges } from '../dashboard/surge.js';
import type { Db } from '../db/pg-database.js';
import { defineOperation, type Operation } from './operations.js';

const DashboardQuery = z.object({
  at: z.coerce.date().optional().meta({ description: '看哪个时刻的数据（默认现在）' }),
});

/**
 * The owner's dashboard (看板): one read of every figure, each from its own query (they run in parallel; each is
 * measured by `npm run bench:dashboard`). A manager sees their regions; the admin the whole shop.
 */
export function dashboardOperations(deps: { db: Db; now?: () => Date }): Operation[] {
  const { db } = deps;
  const clock = deps.now ?? (() => new Date());
  return [
    defineOperation({
      id: 'getDashboard',
      method: 'GET',
      path: '/api/dashboard',
      summary:
        '看板：今日订单量和销售额（对比昨天同时段、近7天平均）、待审核、已发货占比、分时、各区域（含激增提示）、畅销商品、低库存、逾期应收',
      tag: '看板',
      access: ['manager'],
      query: DashboardQuery,
      async handle({ query, person }) {
        const now = query.at ?? clock();
        const scope = customerScope(person as Person);
        const [today, hourly, open, review, regions, skus, low, overdue] = await Promise.all([
          todayFigures(db, scope, now),
          hourlyOrders(db, scope, now),
          openOrdersByStatus(db, scope),
          reviewBacklog(db, scope),
          regionHours(db, scope, now),
          topSkus(db, scope, now),
          lowStock(db),
          overdueReceivables(db, scope, now),
        ]);
        return {
          at: now,
          today,
          hourly,
          openByStatus: open,
          review,
          regions: detectSurges(regions),
          topSkus: skus,
          lowStock: low,
          overdue,
        };
      },
    }),
  ] as Operation[];
}
