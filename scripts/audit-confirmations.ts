/**
 * Lists candidate wrong confirmations: every dialog of every eval set whose final order is confirmed although
 * some turn's reply said the engine could not place what the customer wrote (not sold, no such spec, an offer of
 * near products, a quantity for nothing, a line not on the draft, a question given up, a message not understood).
 * Each is a dialog where the engine went on to confirm after a reading it was unsure of: on a shop it never saw,
 * such a dialog may end with a wrong order confirmed. Not part of the product.
 *
 *   npx tsx scripts/audit-confirmations.ts [--only plumbing] [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { loadCatalogFile, simulateDialog } from '../dialog/simulate.js';
import type { PastOrder } from '../dialog/dialog-types.js';

/** Reply text that says something the customer wrote was not placed onto a line. */
const UNPLACED_SIGNS: { name: string; pattern: RegExp }[] = [
  { name: 'not_sold', pattern: /我们店里没有/ },
  { name: 'no_such_spec', pattern: /不好意思，没有/ },
  { name: 'offer', pattern: /没有完全对得上|没找到完全对得上/ },
  { name: 'quantity_for_nothing', pattern: /是要哪个商品/ },
  { name: 'not_on_draft', pattern: /订单里没有|您说的是哪个商品/ },
  { name: 'barcode', pattern: /没查到对应的商品/ },
  { name: 'parked', pattern: /一直没对上/ },
  { name: 'given_up', pattern: /没定下来，没有加在单子里/ },
  { name: 'not_understood', pattern: /没太看明白/ },
];

interface DialogLine {
  id: string;
  customer: { id: string; name: string; tier?: string };
  history?: PastOrder[];
  turns: string[];
}

interface Expectation {
  id: string;
  expect: { status?: string; lines?: { sku: string; qty: number }[] };
}

const { values } = parseArgs({ options: { only: { type: 'string' }, verbose: { type: 'boolean' } } });
const shared = process.env.SHARED_EVAL ?? '../shared/eval';
const shops = 'test/eval-shops';

function sets(): { name: string; catalog: string; dialogs: string; expected: string }[] {
  const out = [
    { name: 'dev', dir: join(shared, 'dev'), part: '' },
    { name: 'holdout', dir: 'test/eval-holdout', part: '' },
    { name: 'holdout2', dir: 'test/eval-holdout-2', part: '' },
  ].map((s) => ({
    name: s.name,
    catalog: join(s.dir, 'catalog.json'),
    dialogs: join(s.dir, 'dialogs.jsonl'),
    expected: join(s.dir, 'expected.jsonl'),
  }));
  for (const shop of readdirSync(shops, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const own = join(shops, shop.name, 'catalog.json');
    const catalog = existsSync(own) ? own : 'catalog/demo/products.json';
    for (const part of ['tune', 'held', 'blind', 'blind2', 'final']) {
      const dialogs = join(shops, shop.name, `${part}-dialogs.jsonl`);
      if (!existsSync(dialogs)) continue;
      const expected = join(shops, shop.name, `${part}-expected.jsonl`);
      out.push({ name: `${shop.name}-${part}`, catalog, dialogs, expected });
    }
  }
  return out.filter((s) => !values.only || s.name.startsWith(values.only));
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function sameOrder(
  expect: Expectation['expect'] | undefined,
  order: { status: string; lines: { sku: string; qty: number }[] } | null,
): boolean {
  if (!expect) return false;
  if ((order?.status ?? 'none') !== (expect.status ?? 'none')) return false;
  const got = (order?.lines ?? []).map((l) => `${l.sku}×${l.qty}`).sort();
  const want = (expect.lines ?? []).map((l) => `${l.sku}×${l.qty}`).sort();
  return got.join() === want.join();
}

const now = new Date('2026-01-01T08:00:00Z');
let candidates = 0;
let wrong = 0;
let confirmedTotal = 0;
for (const set of sets()) {
  const catalog = await loadCatalogFile(set.catalog);
  if (!catalog.ok) throw new Error(`${set.catalog}: ${catalog.message}`);
  const engine = createDialogEngine({ products: catalog.products });
  const expected = new Map(readJsonl<Expectation>(set.expected).map((e) => [e.id, e.expect]));
  let setCandidates = 0;
  let setWrong = 0;
  let setConfirmedWrong = 0;
  for (const dialog of readJsonl<DialogLine>(set.dialogs)) {
    const result = await simulateDialog(engine, dialog, now);
    const right = sameOrder(expected.get(dialog.id), result.order);
    if (result.order?.status !== 'confirmed') continue;
    confirmedTotal += 1;
    if (!right) setConfirmedWrong += 1;
    const signs = result.replies.flatMap((turn, i) =>
      UNPLACED_SIGNS.filter((s) => turn.some((r) => s.pattern.test(r))).map((s) => `${i + 1}:${s.name}`),
    );
    if (!signs.length) continue;
    setCandidates += 1;
    if (!right) setWrong += 1;
    if (values.verbose || !right) {
      console.log(`  ${set.name} ${dialog.id} ${right ? 'right' : 'WRONG'} [${signs.join(' ')}]`);
      if (values.verbose)
        dialog.turns.forEach((t, i) =>
          console.log(`    > ${t}\n      ${(result.replies[i] ?? []).join(' / ').replace(/\n/g, ' ⏎ ')}`),
        );
    }
  }
  candidates += setCandidates;
  wrong += setWrong;
  console.log(
    `${set.name.padEnd(22)} confirmed after an unplaced reading: ${setCandidates} (wrong ${setWrong}); wrong-confirmed in all: ${setConfirmedWrong}`,
  );
}
console.log(
  JSON.stringify({ confirmedDialogs: confirmedTotal, candidates, wrongAmongCandidates: wrong }, null, 0),
);
