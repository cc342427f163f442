import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'desk',
    component: () => import('../../../views/desk/DeskView.vue'),
    meta: { title: '我的待办', order: 1, icon: 'Bell' },
  },
];
export default routes;
