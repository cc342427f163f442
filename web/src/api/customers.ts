import { get, send } from './request';

export interface Customer {
  id: string;
  name: string;
  tier: string | null;
  region: string | null;
  repId: string | null;
  repName: string | null;
  creditLimitFen: number;
  openFen: number;
  overdueFen: number;
}

export interface CustomerFilters {
  search?: string;
  region?: string;
  repId?: string;
  tier?: string;
  overdue?: '1';
  offset?: number;
  limit?: number;
}

export const listCustomers = (f: CustomerFilters) =>
  get<{ items: Customer[]; total: number }>('/api/customers', { ...f });

export const updateCustomer = (
  id: string,
  body: Partial<{
    name: string;
    tier: string | null;
    region: string | null;
    repId: string | null;
    creditLimitFen: number;
  }>,
  key: string,
) => send<Customer>('patch', `/api/customers/${encodeURIComponent(id)}`, body, key);

export const customerLink = (id: string) =>
  get<{ customerId: string; name: string; url: string; qrSvg: string }>(
    `/api/customers/${encodeURIComponent(id)}/link`,
  );

export const revokeCustomerLink = (id: string, key: string) =>
  send('post', `/api/customers/${encodeURIComponent(id)}/link/revoke`, {}, key);

export interface ChatMessage {
  at: string;
  speaker: 'customer' | 'staff' | 'bot';
  name: string | null;
  channel: string;
  text: string;
}

export const customerChat = (id: string, from: string, to: string) =>
  get<{ messages: ChatMessage[] }>(`/api/customers/${encodeURIComponent(id)}/chat`, { from, to });

export const repsAndRegions = () =>
  get<{ reps: { id: string; name: string }[]; regions: string[] }>('/api/reps');
