import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'customers',
    component: () => import('../../../views/customers/CustomerList.vue'),
    meta: { title: '客户', order: 20, icon: 'User', access: 'listCustomers' },
  },
];
export default routes;
