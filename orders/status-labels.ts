import type { OrderStatus } from '../db/schema.js';

/** Each order status as the shop says it (back office, errors, chat). */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  confirmed: '已下单',
  reserved: '已备货',
  priced: '已核价',
  in_review: '审核中',
  approved: '已审核',
  partially_shipped: '部分发货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
  rejected: '已驳回',
};
