import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'orders',
    component: () => import('../../../views/orders/OrderList.vue'),
    meta: { title: '订单', order: 3, icon: 'Tickets', access: 'listOrders' },
  },
  {
    path: 'orders/:number',
    component: () => import('../../../views/orders/OrderDetail.vue'),
    meta: { title: '订单详情', access: 'viewOrder' },
  },
  {
    path: 'desk-order',
    component: () => import('../../../views/orders/DeskOrder.vue'),
    meta: { title: '代客下单', order: 4, icon: 'EditPen', access: 'deskOrder' },
  },
];
export default routes;
