#!/usr/bin/env node
// Checks the held-out set is well formed: JSON parses, SKUs unique and known, EAN-13 barcodes valid and
// unique, every dialog has exactly one expectation with the same id.
// Usage (from the repository root): node test/eval-holdout/validate.mjs
/* global process, console */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const readJsonl = (name) =>
  readFileSync(join(here, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (err) {
        throw new Error(`${name}:${i + 1}: ${err.message}`, { cause: err });
      }
    });

const problems = [];
const { products } = JSON.parse(readFileSync(join(here, 'catalog.json'), 'utf8'));
const bySku = new Map();
const barcodes = new Set();
const eanOk = (code) => {
  if (!/^\d{13}$/.test(code)) return false;
  const sum = [...code.slice(0, 12)].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === Number(code[12]);
};
for (const p of products) {
  if (!p.sku || !p.name || !p.unit || typeof p.price !== 'number')
    problems.push(`bad product ${JSON.stringify(p)}`);
  if (bySku.has(p.sku)) problems.push(`duplicate sku ${p.sku}`);
  bySku.set(p.sku, p);
  if (p.barcode !== undefined) {
    if (!eanOk(p.barcode)) problems.push(`${p.sku}: invalid EAN-13 ${p.barcode}`);
    if (barcodes.has(p.barcode)) problems.push(`${p.sku}: duplicate barcode ${p.barcode}`);
    barcodes.add(p.barcode);
  }
}

const dialogs = readJsonl('dialogs.jsonl');
const expected = readJsonl('expected.jsonl');
const expById = new Map();
for (const e of expected) {
  if (expById.has(e.id)) problems.push(`duplicate expectation ${e.id}`);
  expById.set(e.id, e);
  if (!['draft', 'confirmed', 'cancelled'].includes(e.expect.status)) problems.push(`${e.id}: bad status`);
  for (const l of e.expect.lines) {
    const p = bySku.get(l.sku);
    if (!p) problems.push(`${e.id}: unknown sku ${l.sku}`);
    else if (!(l.qty > 0) || l.qty > (p.stock ?? 0))
      problems.push(`${e.id}: qty ${l.qty} of ${l.sku} not in 1..stock`);
  }
}
const ids = new Set();
for (const d of dialogs) {
  if (ids.has(d.id)) problems.push(`duplicate dialog ${d.id}`);
  ids.add(d.id);
  if (!expById.has(d.id)) problems.push(`${d.id}: no expectation`);
  if (!Array.isArray(d.turns) || d.turns.length === 0) problems.push(`${d.id}: no turns`);
  for (const h of d.history ?? [])
    for (const l of h.lines) if (!bySku.has(l.sku)) problems.push(`${d.id}: history sku ${l.sku}`);
}
for (const id of expById.keys()) if (!ids.has(id)) problems.push(`${id}: expectation without dialog`);

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`ok: ${products.length} products (${barcodes.size} barcodes), ${dialogs.length} dialogs`);
