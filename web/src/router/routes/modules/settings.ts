import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'settings/review-chain',
    component: () => import('../../../views/settings/ReviewChain.vue'),
    meta: { title: '审核流程', order: 30, icon: 'Setting', access: 'editReviewChain' },
  },
  {
    path: 'settings/staff',
    component: () => import('../../../views/settings/StaffList.vue'),
    meta: { title: '员工和角色', order: 31, icon: 'Avatar', access: 'listStaff' },
  },
  {
    path: 'settings/audit',
    component: () => import('../../../views/settings/AuditLog.vue'),
    meta: { title: '操作记录', order: 32, icon: 'Document', access: 'listAudit' },
  },
];
export default routes;
