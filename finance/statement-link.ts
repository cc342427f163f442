import { createHmac, timingSafeEqual } from 'node:crypto';

/** A 对账单 link sent to a customer: whose statement, which days, and until when it opens. */
export interface StatementLink {
  customerId: string;
  from: string;
  to: string;
  /** The last day it opens (YYYY-MM-DD). */
  until: string;
}

const SIGNATURE_LENGTH = 22;

function signature(secret: string, l: StatementLink): string {
  return createHmac('sha256', secret)
    .update(`statement-link:${l.customerId}:${l.from}:${l.to}:${l.until}`)
    .digest('base64url')
    .slice(0, SIGNATURE_LENGTH);
}

const compact = (day: string) => day.replace(/-/g, '');
const expand = (day: string) => `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;

/** The token of a statement link, signed with the installation's secret (nobody can make one for another customer). */
export function signStatementLink(secret: string, l: StatementLink): string {
  const id = Buffer.from(l.customerId, 'utf8').toString('base64url');
  return `${id}.${compact(l.from)}.${compact(l.to)}.${compact(l.until)}.${signature(secret, l)}`;
}

/** The link a token speaks for when its signature is right and `today` is not past its last day. */
export function readStatementLink(secret: string, token: string, today: string): StatementLink | undefined {
  const m = /^([A-Za-z0-9_-]{1,200})\.(\d{8})\.(\d{8})\.(\d{8})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return undefined;
  const link = {
    customerId: Buffer.from(m[1]!, 'base64url').toString('utf8'),
    from: expand(m[2]!),
    to: expand(m[3]!),
    until: expand(m[4]!),
  };
  const expected = Buffer.from(signature(secret, link));
  const given = Buffer.from(m[5]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return today <= link.until ? link : undefined;
}
