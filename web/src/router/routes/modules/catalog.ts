import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'catalog',
    component: () => import('../../../views/catalog/ProductList.vue'),
    meta: { title: '商品', order: 21, icon: 'Goods', access: 'listProducts' },
  },
];
export default routes;
