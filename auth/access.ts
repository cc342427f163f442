import type { Person, StaffPerson } from './person.js';
import type { StaffRole } from './roles.js';

/**
 * Who may call an operation: `anyone` (signed in or not), `signed_in` (any customer or staff session), `customer`
 * (a customer's own session), or the staff roles listed. Admin may call every staff operation, so it is never left
 * out by accident.
 */
export type Access = 'anyone' | 'signed_in' | 'customer' | readonly StaffRole[];

export type AccessDecision = 'allowed' | 'sign_in' | 'forbidden';

/** Whether `person` may call an operation of `access`: allowed, must sign in (401), or forbidden (403). */
export function decideAccess(access: Access, person: Person | undefined): AccessDecision {
  if (access === 'anyone') return 'allowed';
  if (!person) return 'sign_in';
  if (access === 'signed_in') return 'allowed';
  if (access === 'customer') return person.kind === 'customer' ? 'allowed' : 'forbidden';
  if (person.kind !== 'staff') return 'forbidden';
  return person.roles.includes('admin') || person.roles.some((r) => access.includes(r))
    ? 'allowed'
    : 'forbidden';
}

/** The customers whose orders and details a person sees and acts on. */
export type CustomerScope =
  | { kind: 'all' }
  | { kind: 'some'; repId?: string; regions: string[] }
  | { kind: 'customer'; customerId: string };

/** Roles that work on every customer's orders; a rep sees their own customers, a manager their regions. */
const WHOLE_SHOP: readonly StaffRole[] = ['admin', 'clerk', 'warehouse', 'finance'];

export function customerScope(person: Person): CustomerScope {
  if (person.kind === 'customer') return { kind: 'customer', customerId: person.id };
  return staffScope(person);
}

function staffScope(person: StaffPerson): CustomerScope {
  if (person.roles.some((r) => WHOLE_SHOP.includes(r))) return { kind: 'all' };
  return {
    kind: 'some',
    ...(person.roles.includes('rep') && { repId: person.id }),
    regions: person.roles.includes('manager') ? person.regions : [],
  };
}

/** Whether a customer (its id, rep and region) is within the scope. */
export function inScope(
  scope: CustomerScope,
  customer: { id: string; repId: string | null; region: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'customer':
      return customer.id === scope.customerId;
    case 'some':
      return (
        (scope.repId !== undefined && customer.repId === scope.repId) ||
        (customer.region !== null && scope.regions.includes(customer.region))
      );
  }
}
