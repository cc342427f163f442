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

import type { StaffRole } from '../auth/roles.js';

/** A member of the shop's staff. */
export interface StaffMember {
  /** Also the login name. */
  id: string;
  name: string;
  /** At least one. */
  roles: StaffRole[];
  /** Regions a manager oversees (customers' `region`). */
  regions: string[];
  /** WeChat display names, bound like a customer's. */
  chatNames: string[];
}

/** The chat channel names are bound on, and the external id a display name is bound as. */
export const NAME_CHANNEL = 'wechat';
export const nameExternalId = (displayName: string) => `name:${displayName}`;
