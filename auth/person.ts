import type { StaffRole } from './roles.js';

/** Who a request or a chat speaks for, as the session says. */
export type Person =
  | { kind: 'staff'; id: string; name: string; roles: StaffRole[]; regions: string[] }
  | { kind: 'customer'; id: string; name: string };

export type StaffPerson = Extract<Person, { kind: 'staff' }>;
