import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { parseCatalogJson } from '../catalog-file.js';
import { ean13CheckDigit, isValidEan13, type DemoProductRow } from './demo-product.js';
import { readRoles, STAFF_ROLES } from '../../auth/roles.js';
import { buildDemoCatalog } from './generate-demo.js';

const read = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const productsText = read('products.json');
const products = (JSON.parse(productsText) as { products: DemoProductRow[] }).products;
const staff = parse(read('staff.csv'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const customers = parse(read('customers.csv'), { columns: true, skip_empty_lines: true }) as Record<
  string,
  string
>[];

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);
const hasAtMostTwoDecimals = (n: number): boolean => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;

describe('EAN-13 check digits', () => {
  it('accepts a published barcode and rejects it with a wrong check digit', () => {
    expect(ean13CheckDigit('400638133393')).toBe(1);
    expect(isValidEan13('4006381333931')).toBe(true);
    expect(isValidEan13('4006381333932')).toBe(false);
    expect(isValidEan13('400638133393')).toBe(false);
  });
});

describe('demo catalog products.json', () => {
  it('is what the generator writes, so the committed file is up to date', () => {
    expect(JSON.parse(productsText)).toEqual(JSON.parse(JSON.stringify(buildDemoCatalog())));
  });

  it('holds at least 180 products in at least 5 categories', () => {
    expect(products.length).toBeGreaterThanOrEqual(180);
    expect(new Set(products.map((p) => p.category)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives every product a unique sku, a name, a unit and a positive price with at most 2 decimals', () => {
    expect(duplicates(products.map((p) => p.sku))).toEqual([]);
    for (const p of products) {
      expect(p.sku).toMatch(/^[A-Z0-9][A-Z0-9-]*$/);
      expect(p.name.trim()).not.toBe('');
      expect(p.unit.trim()).not.toBe('');
      expect(p.price).toBeGreaterThan(0);
      expect(hasAtMostTwoDecimals(p.price)).toBe(true);
    }
  });

  it('gives most products a barcode, each a valid EAN-13 starting 69 and none shared', () => {
    const barcodes = products.flatMap((p) => (p.barcode === undefined ? [] : [p.barcode]));
    expect(barcodes.length).toBeGreaterThan(products.length * 0.8);
    expect(barcodes.filter((b) => !isValidEan13(b) || !b.startsWith('69'))).toEqual([]);
    expect(duplicates(barcodes)).toEqual([]);
  });

  it('prices tiers at or below the base price, tier A cheapest, on most products', () => {
    const tiered = products.filter((p) => p.tierPrices && Object.keys(p.tierPrices).length > 0);
    expect(tiered.length).toBeGreaterThan(products.length * 0.8);
    expect(tiered.some((p) => p.tierPrices?.C !== undefined)).toBe(true);
    for (const p of tiered) {
      const { A, B, C } = p.tierPrices ?? {};
      for (const price of [A, B, C]) if (price !== undefined) expect(price).toBeLessThanOrEqual(p.price);
      expect(A).toBeDefined();
      if (B !== undefined) expect(A!).toBeLessThanOrEqual(B);
      if (B !== undefined && C !== undefined) expect(B).toBeLessThanOrEqual(C);
      for (const price of [A, B, C]) if (price !== undefined) expect(hasAtMostTwoDecimals(price)).toBe(true);
    }
  });

  it('sets price breaks on about ten products, each cheaper than the price it replaces', () => {
    const withBreaks = products.filter((p) => p.priceBreaks?.length);
    expect(withBreaks.length).toBeGreaterThanOrEqual(8);
    for (const p of withBreaks) {
      for (const b of p.priceBreaks ?? []) {
        expect(Number.isInteger(b.minQty) && b.minQty > 1).toBe(true);
        expect(b.price).toBeLessThan(p.price);
        if (b.tier !== undefined) expect(b.price).toBeLessThan(p.tierPrices?.[b.tier] ?? p.price);
      }
    }
  });

  it('has whole, non-negative stock with some sold out and some short', () => {
    for (const p of products) expect(Number.isInteger(p.stock) && p.stock! >= 0).toBe(true);
    expect(products.filter((p) => p.stock === 0).length).toBeGreaterThanOrEqual(2);
    expect(products.filter((p) => p.stock! >= 30 && p.stock! <= 80).length).toBeGreaterThanOrEqual(5);
  });

  it('states conversions as positive amounts of the sale unit, never the sale unit itself', () => {
    for (const p of products) {
      for (const [unit, amount] of Object.entries(p.conversions ?? {})) {
        expect(amount).toBeGreaterThan(0);
        expect([p.unit, ...(p.unitAliases ?? [])]).not.toContain(unit);
      }
    }
  });

  it('parses with the catalog file parser without a single error', () => {
    const parsed = parseCatalogJson(productsText);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(parsed.ok && parsed.products.length).toBe(products.length);
  });
});

describe('demo staff.csv and customers.csv', () => {
  it('lists staff with unique ids, known roles (one of each at least) and at least one chat name', () => {
    expect(Object.keys(staff[0] ?? {})).toEqual(['id', 'name', 'roles', 'regions', 'chat_names']);
    expect(duplicates(staff.map((s) => s.id!))).toEqual([]);
    const roles = staff.map((s) => readRoles(s.roles!));
    for (const [i, s] of staff.entries()) {
      expect(roles[i]?.unknown).toEqual([]);
      expect(s.chat_names!.split('|').filter(Boolean).length).toBeGreaterThan(0);
    }
    expect(new Set(roles.flatMap((r) => r.roles))).toEqual(new Set(STAFF_ROLES));
    expect(roles.filter((r) => r.roles.includes('rep'))).toHaveLength(3);
  });

  it('assigns every customer a rep from staff.csv, a known tier and a credit limit in yuan', () => {
    expect(Object.keys(customers[0] ?? {})).toEqual([
      'id',
      'name',
      'tier',
      'region',
      'credit_limit',
      'rep',
      'chat_names',
    ]);
    const reps = new Set(staff.filter((s) => readRoles(s.roles!).roles.includes('rep')).map((s) => s.id));
    expect(customers.length).toBeGreaterThanOrEqual(12);
    expect(duplicates(customers.map((c) => c.id!))).toEqual([]);
    for (const c of customers) {
      expect(reps.has(c.rep)).toBe(true);
      expect(['A', 'B', 'C', '']).toContain(c.tier);
      expect(c.credit_limit).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(c.chat_names!.split('|').filter(Boolean).length).toBeGreaterThan(0);
    }
    expect(new Set(customers.map((c) => c.tier))).toEqual(new Set(['A', 'B', 'C', '']));
    expect(customers.filter((c) => Number(c.credit_limit) === 0).length).toBeGreaterThanOrEqual(2);
  });

  it('never gives two people the same chat name, so each chat binds to exactly one person', () => {
    const names = [...staff, ...customers].flatMap((row) => row.chat_names!.split('|'));
    expect(duplicates(names)).toEqual([]);
  });
});
