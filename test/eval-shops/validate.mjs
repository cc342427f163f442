#!/usr/bin/env node
// Checks the shop sets are well formed: every dialog has one expectation with the same id, every SKU (expected or in
// history) is in the shop's catalog, expected quantities are whole, positive and within stock, and expected unit
// prices are the customer's tier price (after quantity breaks). Usage: node test/eval-shops/validate.mjs
/* global console, process */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const problems = [];
let dialogs = 0;
// every folder of test/eval-shops is a shop (one without its own catalog uses the demo shop's)
const shops = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
for (const shop of shops) {
  const own = join(here, shop, 'catalog.json');
  const catalogPath = existsSync(own) ? own : join(here, '../../catalog/demo/products.json');
  const parsed = JSON.parse(readFileSync(catalogPath, 'utf8'));
  const bySku = new Map((parsed.products ?? parsed).map((p) => [p.sku, p]));
  // the fields the catalog loader refuses (a stock written as a list once made a whole shop score 0)
  for (const p of bySku.values())
    for (const field of ['price', 'stock'])
      if (field in p && (typeof p[field] !== 'number' || !Number.isFinite(p[field]) || p[field] < 0))
        problems.push(`${shop}: ${p.sku} ${field} ${JSON.stringify(p[field])} is not a number ≥ 0`);
  for (const part of ['tune', 'held', 'blind', 'blind2', 'final']) {
    if (!existsSync(join(here, shop, `${part}-dialogs.jsonl`))) continue;
    const input = readJsonl(join(here, shop, `${part}-dialogs.jsonl`));
    const expected = new Map(readJsonl(join(here, shop, `${part}-expected.jsonl`)).map((e) => [e.id, e]));
    for (const d of input) {
      dialogs += 1;
      const e = expected.get(d.id);
      if (!e) problems.push(`${shop}/${part} ${d.id}: no expectation`);
      for (const h of d.history ?? [])
        for (const l of h.lines)
          if (!bySku.has(l.sku)) problems.push(`${d.id}: history sku ${l.sku} unknown`);
      for (const l of e?.expect.lines ?? []) {
        const p = bySku.get(l.sku);
        if (!p) {
          problems.push(`${d.id}: sku ${l.sku} unknown`);
          continue;
        }
        if (!Number.isInteger(l.qty) || l.qty <= 0 || l.qty > (p.stock ?? 0))
          problems.push(`${d.id}: ${l.sku} qty ${l.qty} (stock ${p.stock})`);
        const tier = d.customer.tier;
        let price = tier !== undefined && p.tierPrices?.[tier] !== undefined ? p.tierPrices[tier] : p.price;
        for (const b of p.priceBreaks ?? [])
          if (l.qty >= b.minQty && (b.tier === undefined || b.tier === tier) && b.price < price)
            price = b.price;
        if (l.unitPrice !== undefined && Math.abs(l.unitPrice - price) > 0.005)
          problems.push(`${d.id}: ${l.sku} unitPrice ${l.unitPrice}, catalog says ${price}`);
      }
    }
  }
}
for (const p of problems) console.log(p);
console.log(`${dialogs} dialogs, ${problems.length} problem(s)`);
process.exitCode = problems.length ? 1 : 0;
