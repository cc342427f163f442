import { get } from './request';

export interface Dashboard {
  at: string;
  today: {
    orders: number;
    salesFen: number;
    yesterdayOrders: number;
    yesterdaySalesFen: number;
    weekAvgOrders: number;
    weekAvgSalesFen: number;
    shipped: number;
    standing: number;
  };
  hourly: { today: number[]; yesterday: number[] };
  openByStatus: { status: string; count: number }[];
  review: { count: number; oldest: string | null; bySteps?: { step: string; count: number }[] };
  regions: {
    region: string;
    lastHour: number;
    usual: number;
    today: number;
    surge: boolean;
    explanation: string;
  }[];
  topSkus: {
    sku: string;
    name: string;
    spec: string;
    unit: string;
    qty: number;
    amountFen: number;
    orders: number;
  }[];
  lowStock: {
    total: number;
    items: {
      sku: string;
      name: string;
      spec: string;
      unit: string;
      onHand: number;
      reserved: number;
      available: number;
    }[];
  };
  overdue: {
    totalFen: number;
    customers: number;
    items: {
      customerId: string;
      name: string;
      region: string | null;
      overdueFen: number;
      orders: number;
      oldest: string;
    }[];
  };
}

export const getDashboard = () => get<Dashboard>('/api/dashboard');
