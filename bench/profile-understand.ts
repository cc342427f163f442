import { validateCatalogRows } from '../catalog/catalog-file.js';
import { createMatcher } from '../catalog/matcher.js';
import { createDialogEngine } from '../dialog/dialog-engine.js';
import { generateCatalog } from './generate-catalog.js';
import { messagesFor, seeded } from './understand.js';
const rows = generateCatalog(50000, 1);
const parsed = validateCatalogRows(rows.map((raw, index) => ({ where: { index }, raw })));
if (!parsed.ok) throw new Error('x');
const matcher = createMatcher(parsed.products);
const engine = createDialogEngine({ products: parsed.products, matcher, maxQtyPerLine: 100000 });
const customer = { id: 'b', name: 'b', tier: 'A' };
const messages = messagesFor(parsed.products, 400, seeded(42));
for (const text of messagesFor(parsed.products, 50, seeded(7)))
  engine.handle(null, { text, customer, history: [], now: new Date(0) });
const t0 = performance.now();
for (let k = 0; k < 3; k++)
  for (const text of messages) engine.handle(null, { text, customer, history: [], now: new Date(0) });
console.log('total', performance.now() - t0);
