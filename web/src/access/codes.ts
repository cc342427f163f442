/**
 * The access code of each action a page offers: the operation of the api's route table that does it
 * (`METHOD /path/{}`). Whether a person may is read from the same table (`x-roles` of /api/openapi.json), so the
 * page never offers what the server would refuse, and an operation the server does not have is never offered.
 */
export const CODES = {
  viewDashboard: 'GET /api/dashboard',
  listOrders: 'GET /api/orders',
  viewOrder: 'GET /api/orders/{}',
  reviewOrder: 'POST /api/orders/{}/review',
  cancelOrder: 'POST /api/orders/{}/cancel',
  shipOrder: 'POST /api/orders/{}/shipments',
  cancelRemainder: 'POST /api/orders/{}/cancel-remainder',
  recordPayment: 'POST /api/orders/{}/payments',
  returnGoods: 'POST /api/shipments/{}/returns',
  viewShipment: 'GET /api/shipments/{}',
  pickList: 'GET /api/pick-list',
  goodsIn: 'POST /api/goods-in',
  stockCount: 'POST /api/stock-counts',
  listStock: 'GET /api/stock',
  stockLedger: 'GET /api/stock/{}/ledger',
  viewReviewChain: 'GET /api/settings/review-chain',
  editReviewChain: 'PUT /api/settings/review-chain',
  deskOrder: 'POST /api/customers/{}/desk-order',
  listCustomers: 'GET /api/customers',
  editCustomer: 'PATCH /api/customers/{}',
  customerLink: 'GET /api/customers/{}/link',
  revokeCustomerLink: 'POST /api/customers/{}/link/revoke',
  customerChat: 'GET /api/customers/{}/chat',
  listProducts: 'GET /api/products',
  importCatalog: 'POST /api/catalog/imports',
  exportCatalog: 'GET /api/catalog/export',
  listStaff: 'GET /api/staff',
  editStaff: 'PATCH /api/staff/{}',
  staffPasswordLink: 'POST /api/staff/{}/password-link',
  listAudit: 'GET /api/audit',
} as const;

export type AccessCode = keyof typeof CODES;
