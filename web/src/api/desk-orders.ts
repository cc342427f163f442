import { send } from './request';

export interface DeskDraftLine {
  sku: string;
  name: string;
  spec: string;
  qty: number;
  unit: string;
  unitPriceFen: number;
  available: number;
}

export interface DeskTurn {
  customer: { id: string; name: string };
  replies: string[];
  choices: string[];
  draft: { totalFen: number; lines: DeskDraftLine[] } | null;
  placed: { orderNo: string; orderId: string } | null;
}

/** One message of a phone or pasted order (代客下单) for the customer. */
export const sendDeskMessage = (customerId: string, text: string, key: string) =>
  send<DeskTurn>('post', `/api/customers/${encodeURIComponent(customerId)}/desk-order`, { text }, key);
