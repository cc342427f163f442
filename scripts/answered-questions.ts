/**
 * Lists turns where the engine asked about an attribute although the customer's message just before held a token
 * naming one of the offered options — literally, or through the catalog's own spellings and synonyms (a spec
 * mention of that attribute that fits exactly one offered value). Each is a question the customer had already
 * answered; the kind of the message (a size end, 不是, an attribute named with its value, 各, value–quantity pairs)
 * says which general reading missed it. Not part of the product.
 *
 *   npx tsx scripts/answered-questions.ts [--only glass] [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMatcher } from '../catalog/matcher.js';
import { normalizeTerm } from '../catalog/text-normalize.js';
import type { Product } from '../catalog/product.js';
import type { ConversationState, OpenQuestion } from '../dialog/conversation-state.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import type { DialogState, PastOrder } from '../dialog/dialog-types.js';
import { valueOf } from '../dialog/product-questions.js';
import { loadCatalogFile } from '../dialog/simulate.js';

interface DialogLine {
  id: string;
  customer: { id: string; name: string; tier?: string };
  history?: PastOrder[];
  turns: (string | { image: string })[];
}

const { values: args } = parseArgs({ options: { only: { type: 'string' }, verbose: { type: 'boolean' } } });
const shops = 'test/eval-shops';

/** The kinds of message that hold an answer the engine missed, first match wins. */
const KINDS: { name: string; pattern: RegExp }[] = [
  { name: 'not_x_correction', pattern: /不是/ },
  { name: 'correction', pattern: /不对|错了|改成|换成/ },
  { name: 'size_end', pattern: /(?:最|比较)?[大小长短粗细厚薄](?:一点|点|些)?\p{Script=Han}{0,2}的/u },
  { name: 'each', pattern: /各/ },
];

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function sets(): { name: string; catalog: string; dialogs: string }[] {
  const out: { name: string; catalog: string; dialogs: string }[] = [];
  for (const shop of readdirSync(shops, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const own = join(shops, shop.name, 'catalog.json');
    const catalog = existsSync(own) ? own : 'catalog/demo/products.json';
    for (const part of ['tune', 'held', 'blind', 'blind2', 'final']) {
      const dialogs = join(shops, shop.name, `${part}-dialogs.jsonl`);
      if (existsSync(dialogs)) out.push({ name: `${shop.name}-${part}`, catalog, dialogs });
    }
  }
  return out.filter((s) => !args.only || s.name.startsWith(args.only));
}

/** The question the engine asks first (the order of chooseQuestion), when it is a product question with options. */
function askedQuestion(
  state: ConversationState,
): Extract<OpenQuestion, { kind: 'which_product' }> | undefined {
  const q = state.questions.find((x) => !x.parked && x.kind !== 'unplaced');
  return q?.kind === 'which_product' && q.offered && !q.offered.attribute.startsWith('$sku') ? q : undefined;
}

/** The offered value the message names, and how: literally, or through a spec mention of that attribute. */
function namedOption(
  matcher: ReturnType<typeof createMatcher>,
  products: readonly Product[],
  message: string,
  attribute: string,
  offered: string[],
): { value: string; how: 'literal' | 'synonym' } | undefined {
  const text = normalizeTerm(message);
  const literal = offered.filter((v) => {
    const n = normalizeTerm(v);
    return n.length >= 2 && text.includes(n);
  });
  // a value inside another offered value (5L in 15L) counts only when the longer one is not said
  const own = literal.filter(
    (v) => !literal.some((w) => w !== v && normalizeTerm(w).includes(normalizeTerm(v))),
  );
  if (own.length === 1) return { value: own[0]!, how: 'literal' };
  if (attribute.startsWith('$')) return undefined;
  for (const mention of matcher.analyze(message).mentions) {
    if (mention.kind !== 'spec' || mention.attr !== attribute || mention.bare) continue;
    const said = new Set(mention.ids.map((id) => valueOf(products[id]!, attribute)));
    const hits = offered.filter((v) => said.has(v));
    if (hits.length === 1) return { value: hits[0]!, how: 'synonym' };
  }
  return undefined;
}

const now = new Date('2026-01-01T08:00:00Z');
const byKind = new Map<string, number>();
let total = 0;
for (const set of sets()) {
  const catalog = await loadCatalogFile(set.catalog);
  if (!catalog.ok) throw new Error(`${set.catalog}: ${catalog.message}`);
  const engine = createDialogEngine({ products: catalog.products });
  const matcher = createMatcher(catalog.products);
  for (const dialog of readJsonl<DialogLine>(set.dialogs)) {
    let state: DialogState | null = null;
    for (const [i, turn] of dialog.turns.entries()) {
      if (typeof turn !== 'string') break;
      const result = engine.handle(state, {
        text: turn,
        customer: dialog.customer,
        history: dialog.history ?? [],
        now,
      });
      state = result.state;
      const q = askedQuestion(result.state as ConversationState);
      if (!q?.offered) continue;
      const named = namedOption(matcher, catalog.products, turn, q.offered.attribute, q.offered.values);
      if (!named) continue;
      const kind = KINDS.find((k) => k.pattern.test(turn))?.name ?? 'other';
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      total += 1;
      console.log(
        `${set.name} ${dialog.id} t${i + 1} [${kind}/${named.how}] ${JSON.stringify(turn)} → asked ${q.offered.attribute}: ${q.offered.values.join(' / ')} (said ${named.value})`,
      );
      if (args.verbose) console.log(`    ${result.replies.join(' / ').replace(/\n/g, ' ⏎ ')}`);
    }
  }
}
console.log(JSON.stringify({ total, byKind: Object.fromEntries(byKind) }));
