import { describe, expect, it } from '@jest/globals';
import { readCustomerLink, signCustomerLink } from './customer-link.js';

const secret = 'test-secret-0123456789abcdef';

describe('customer links', () => {
  it('reads back the customer and version a token was made for', () => {
    const token = signCustomerLink(secret, { customerId: 'c-wang-zxd', version: 3 });
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(token.length).toBeLessThan(128);
    expect(readCustomerLink(secret, token)).toEqual({ customerId: 'c-wang-zxd', version: 3 });
  });

  it('keeps ids with any characters intact', () => {
    const token = signCustomerLink(secret, { customerId: '王记五金/店 1', version: 1 });
    expect(readCustomerLink(secret, token)?.customerId).toBe('王记五金/店 1');
  });

  it('refuses a token signed with another secret, for another customer or another version', () => {
    const token = signCustomerLink(secret, { customerId: 'c-wang-zxd', version: 1 });
    expect(readCustomerLink('another-secret-0123456789', token)).toBeUndefined();
    const [, version, sig] = token.split('.');
    const otherId = Buffer.from('c-li').toString('base64url');
    expect(readCustomerLink(secret, `${otherId}.${version}.${sig}`)).toBeUndefined();
    const [id] = token.split('.');
    expect(readCustomerLink(secret, `${id}.2.${sig}`)).toBeUndefined();
  });

  it('refuses what is not a token', () => {
    for (const bad of ['', 'abc', 'a.b.c', '..', `${'a'.repeat(300)}.1.${'b'.repeat(22)}`]) {
      expect(readCustomerLink(secret, bad)).toBeUndefined();
    }
  });
});
