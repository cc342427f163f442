import { get, send } from './request';

export interface ReviewStepSetting {
  step: 'rep' | 'order' | 'finance' | 'warehouse' | string;
  enabled: boolean;
  conditions: {
    minAmountFen?: number;
    tiers?: string[];
    newCustomer?: boolean;
    overCreditLimit?: boolean;
    overdue?: boolean;
  };
}

export interface ReviewChain {
  version: number;
  steps: ReviewStepSetting[];
}

export const getReviewChain = () => get<ReviewChain>('/api/settings/review-chain');
export const saveReviewChain = (chain: ReviewChain, key: string) =>
  send<ReviewChain>('put', '/api/settings/review-chain', chain, key);

export interface StaffMember {
  id: string;
  name: string;
  roles: string[];
  regions: string[];
  active: boolean;
  hasPassword: boolean;
}

export const listStaff = () => get<{ items: StaffMember[] }>('/api/staff');
export const updateStaff = (
  id: string,
  body: Partial<{ name: string; roles: string[]; regions: string[]; active: boolean }>,
  key: string,
) => send('patch', `/api/staff/${encodeURIComponent(id)}`, body, key);
export const passwordLink = (id: string, key: string) =>
  send<{ url: string }>('post', `/api/staff/${encodeURIComponent(id)}/password-link`, {}, key);

export interface AuditRow {
  id: number;
  at: string;
  staffId: string;
  staffName: string | null;
  roles: string[];
  action: string;
  orderNo?: number | string | null;
  orderNumber?: string | null;
  customerId: string | null;
  statusBefore: string | null;
  statusAfter: string | null;
  detail: unknown;
  address: string | null;
}

export const listAudit = (f: {
  staffId?: string;
  orderNo?: string;
  day?: string;
  offset?: number;
  limit?: number;
}) => get<{ items: AuditRow[] }>('/api/audit', { ...f });
