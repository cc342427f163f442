import type { RouteRecordRaw } from 'vue-router';

const routes: RouteRecordRaw[] = [
  {
    path: 'warehouse/pick-list',
    component: () => import('../../../views/warehouse/PickList.vue'),
    meta: { title: '拣货单', order: 10, icon: 'List', access: 'pickList' },
  },
  {
    path: 'warehouse/shipments/:number',
    component: () => import('../../../views/warehouse/DeliveryNote.vue'),
    meta: { title: '发货单', access: 'viewShipment' },
  },
  {
    path: 'warehouse/stock',
    component: () => import('../../../views/warehouse/StockView.vue'),
    meta: { title: '库存', order: 11, icon: 'Box', access: 'listStock' },
  },
  {
    path: 'warehouse/stock/:sku',
    component: () => import('../../../views/warehouse/StockLedger.vue'),
    meta: { title: '库存流水', access: 'stockLedger' },
  },
  {
    path: 'warehouse/goods-in',
    component: () => import('../../../views/warehouse/GoodsIn.vue'),
    meta: { title: '入库', order: 12, icon: 'Download', access: 'goodsIn' },
  },
  {
    path: 'warehouse/stock-count',
    component: () => import('../../../views/warehouse/StockCount.vue'),
    meta: { title: '盘点', order: 13, icon: 'Finished', access: 'stockCount' },
  },
];
export default routes;
