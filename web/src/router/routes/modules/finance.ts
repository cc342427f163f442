import type { RouteRecordRaw } from 'vue-router';

/** The finance desk: receivables and aging, a customer's ledger, payments, the bank statement, 对账单, mismatches. */
const routes: RouteRecordRaw[] = [
  {
    path: 'finance/receivables',
    component: () => import('../../../views/finance/ReceivablesView.vue'),
    meta: { title: '应收账款', order: 5, icon: 'Wallet', access: 'listReceivables' },
  },
  {
    path: 'finance/customers/:customerId',
    component: () => import('../../../views/finance/CustomerLedger.vue'),
    meta: { title: '客户往来账', access: 'customerLedger', activeMenu: 'finance/receivables' },
  },
  {
    path: 'finance/payment',
    component: () => import('../../../views/finance/PaymentEntry.vue'),
    meta: { title: '登记收款', order: 6, icon: 'Money', access: 'recordCustomerPayment' },
  },
  {
    path: 'finance/bank',
    component: () => import('../../../views/finance/BankStatement.vue'),
    meta: { title: '银行流水对账', order: 7, icon: 'CreditCard', access: 'listStatementRows' },
  },
  {
    path: 'finance/statement',
    component: () => import('../../../views/finance/CustomerStatement.vue'),
    meta: { title: '对账单', order: 8, icon: 'Memo', access: 'customerStatement' },
  },
  {
    path: 'finance/mismatches',
    component: () => import('../../../views/finance/MismatchReport.vue'),
    meta: { title: '对不上的账', order: 9, icon: 'Warning', access: 'mismatchReport' },
  },
  {
    path: 'finance/settings',
    component: () => import('../../../views/finance/FinanceSettings.vue'),
    meta: { title: '对账设置', order: 33, icon: 'Tools', access: 'editFinanceSettings' },
  },
];
export default routes;
