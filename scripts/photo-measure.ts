/**
 * Measures the picture reader and the list layout against a photo set with transcripts (the development set's
 * `transcripts.jsonl` format: each picture's lines with their kind). Prints, per style, how many order lines come
 * out exactly (after normalisation), how many are missed, how many extra lines the layout keeps, and how many of
 * all transcript lines the reader read exactly; the last line is JSON.
 *
 *   npx tsx scripts/photo-measure.ts [--set ../shared/eval/photo-dev] [--cache file.json] [--verbose]
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readList } from '../photo/picture-list.js';
import type { PictureReading } from '../reader/picture-reader.js';
import { createThreadedPictureReader } from '../reader/threaded-picture-reader.js';

interface Transcript {
  id: string;
  image: string;
  style: string;
  lines: { text: string; kind: 'item' | 'note' | 'form' }[];
}

/** NFKC, no spaces or punctuation, except `.`, `*` and `/` between digits (as the OCR anchor compares). */
export function normalise(text: string): string {
  const t = text.normalize('NFKC').replace(/[×xX](?=\d)/g, '*');
  let out = '';
  for (let i = 0; i < t.length; i += 1) {
    const ch = t[i]!;
    if (/\s/.test(ch)) continue;
    if (/[.*/]/.test(ch) && /\d/.test(t[i - 1] ?? '') && /[\dA-Za-z]/.test(t[i + 1] ?? '')) out += ch;
    else if (/[\p{L}\p{N}]/u.test(ch)) out += ch;
  }
  return out;
}

/** The order line a transcript item stands for, as the layout should give it (no list number, serial, price). */
export function expectedItem(text: string, priced: boolean, table: boolean, numbered: boolean): string {
  if (!table) return numbered ? text.replace(/^\s*\d{1,2}[.、]/, '') : text;
  const cells = text.trim().split(/\s+/);
  cells.shift();
  if (priced) cells.splice(-2, 2);
  return cells.join(' ');
}

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: '../shared/eval/photo-dev' },
    cache: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const set = values.set!;
const transcripts = (await readFile(join(set, 'transcripts.jsonl'), 'utf8'))
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Transcript);

const cache: Record<string, PictureReading> =
  values.cache && existsSync(values.cache) ? JSON.parse(await readFile(values.cache, 'utf8')) : {};
const reader = createThreadedPictureReader({ threads: 1 });
const stats = new Map<
  string,
  { pictures: number; items: number; exact: number; extra: number; lines: number; read: number }
>();
for (const t of transcripts) {
  const reading = (cache[t.id] ??= await reader.readPicture(await readFile(join(set, t.image))));
  const stat = stats.get(t.style) ?? { pictures: 0, items: 0, exact: 0, extra: 0, lines: 0, read: 0 };
  stats.set(t.style, stat);
  stat.pictures += 1;
  if (reading.kind !== 'read') {
    console.log(`${t.id} refused: ${reading.reason}`);
    continue;
  }
  const list = readList(reading);
  const priced = t.lines.some((l) => l.kind === 'form' && /单价|金额/.test(l.text));
  const table = t.lines.some((l) => l.kind === 'form' && /品名/.test(l.text));
  const itemTexts = t.lines.filter((l) => l.kind === 'item').map((l) => l.text);
  const numbered = itemTexts.every(
    (text, i) => text.startsWith(`${i + 1}.`) || text.startsWith(`${i + 1}、`),
  );
  const want = itemTexts.map((text) => normalise(expectedItem(text, priced, table, numbered)));
  const got = list.lines.map((l) => normalise(l.text));
  const rows = new Set(reading.lines.map((l) => normalise(l.text)));
  const rowText = normalise(reading.lines.map((l) => l.text).join(''));
  for (const line of t.lines) {
    stat.lines += 1;
    const n = normalise(line.text);
    if (
      rows.has(n) ||
      rowText.includes(n) ||
      (table && n.split('').length > 0 && tableCellsRead(line.text, rows))
    )
      stat.read += 1;
  }
  stat.items += want.length;
  const missing = want.filter((w) => !got.includes(w));
  const extra = got.filter((g) => !want.includes(g));
  stat.exact += want.length - missing.length;
  stat.extra += extra.length;
  if (values.verbose && (missing.length || extra.length)) {
    console.log(`${t.id} (${t.style})`);
    for (const m of missing) console.log(`  missing ${m}`);
    for (const e of extra) console.log(`  extra   ${e}`);
    console.log(`  lines   ${list.lines.map((l) => `${l.text} (${l.confidence.toFixed(2)})`).join(' | ')}`);
  }
}
await reader.close();
if (values.cache) await writeFile(values.cache, JSON.stringify(cache));

/** A table row is read when each of its cells was read exactly as some piece. */
function tableCellsRead(text: string, pieces: Set<string>): boolean {
  return text
    .trim()
    .split(/\s+/)
    .every((cell) => pieces.has(normalise(cell)) || [...pieces].some((p) => p.includes(normalise(cell))));
}

const total = { pictures: 0, items: 0, exact: 0, extra: 0, lines: 0, read: 0 };
const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);
for (const [style, s] of stats) {
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  console.log(
    `${style.padEnd(8)} pictures ${s.pictures}  order lines exact ${s.exact}/${s.items} (${pct(s.exact, s.items)}%)  extra ${s.extra}  transcript lines read ${pct(s.read, s.lines)}%`,
  );
}
console.log(
  JSON.stringify({
    set,
    pictures: total.pictures,
    orderLines: total.items,
    orderLinesExactPct: pct(total.exact, total.items),
    extraLines: total.extra,
    transcriptLinesReadPct: pct(total.read, total.lines),
    perStyle: Object.fromEntries(
      [...stats].map(([k, s]) => [k, { exactPct: pct(s.exact, s.items), extra: s.extra }]),
    ),
  }),
);
