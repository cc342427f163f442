import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'dashboard',
    component: () => import('../../../views/dashboard/DashboardView.vue'),
    meta: { title: '看板', order: 2, icon: 'DataLine', access: 'viewDashboard' },
  },
];
export default routes;
