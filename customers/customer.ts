/** A customer of the shop as the whole system sees it. Money is integer fen. */
export interface Customer {
  id: string;
  name: string;
  /** Picks tier prices; a tier the catalog does not name pays the base price. */
  tier?: string;
  region?: string;
  creditLimitFen: number;
  /** The sales rep (a staff id) who looks after this customer. */
  repId?: string;
  /** WeChat display names this customer writes from; bound as chat identities `name:<display name>`. */
  chatNames: string[];
}

export type StaffRole = 'rep' | 'warehouse' | 'finance' | 'admin';

export const STAFF_ROLES: readonly StaffRole[] = ['rep', 'warehouse', 'finance', 'admin'];

/** A member of the shop's staff. */
export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  /** WeChat display names, bound like a customer's. */
  chatNames: string[];
}

/** The chat channel names are bound on, and the external id a display name is bound as. */
export const NAME_CHANNEL = 'wechat';
export const nameExternalId = (displayName: string) => `name:${displayName}`;
