import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who a customer link speaks for: the customer, and the link version it was issued under. */
export interface CustomerLink {
  customerId: string;
  /** `customers.link_version` when the link was made; revoking a customer's links raises it. */
  version: number;
}

const SIGNATURE_LENGTH = 22; // 132 bits of HMAC-SHA256, base64url

function signature(secret: string, link: CustomerLink): string {
  return createHmac('sha256', secret)
    .update(`customer-link:${link.customerId}:${link.version}`)
    .digest('base64url')
    .slice(0, SIGNATURE_LENGTH);
}

/**
 * The token of a customer's personal link: `<customer id, base64url>.<version>.<signature>`. Only letters, digits,
 * `_`, `-` and `.`, under 128 bytes for ordinary ids, so it also fits WeCom's `scene_param`. Signed with the
 * installation's secret, so nobody can make one for another customer; revoked by raising the customer's link version.
 */
export function signCustomerLink(secret: string, link: CustomerLink): string {
  const id = Buffer.from(link.customerId, 'utf8').toString('base64url');
  return `${id}.${link.version}.${signature(secret, link)}`;
}

/**
 * The link a token speaks for, when its signature is right; `undefined` for anything else. Whether the version is
 * still the customer's current one is for the caller to check against the database.
 */
export function readCustomerLink(secret: string, token: string): CustomerLink | undefined {
  const match = /^([A-Za-z0-9_-]{1,200})\.(\d{1,9})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return undefined;
  const [, id, version, given] = match as unknown as [string, string, string, string];
  const link = { customerId: Buffer.from(id, 'base64url').toString('utf8'), version: Number(version) };
  if (!link.customerId) return undefined;
  const expected = Buffer.from(signature(secret, link));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? link : undefined;
}
