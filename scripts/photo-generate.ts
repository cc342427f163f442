/**
 * Writes a photo evaluation set for any catalog (FORMAT.md §1): pictures of order lists in four styles — a phone
 * notes screenshot, a list written on paper (serif "handwriting" with per-glyph jitter, tilt, blur, JPEG), a page
 * photographed (keystone, shadow, noise, JPEG q60) and a previous supplier's 送货单 table — with dialogs (FORMAT.md
 * §6), expected results (§4) and transcripts, so `liaodan simulate` can be scored on a shop the understanding was
 * never tuned on. Deterministic for a seed.
 *
 *   npx tsx scripts/photo-generate.ts --catalog test/eval-holdout-2/catalog.json --out /tmp/own --count 12 --seed 7
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadCatalogFile } from '../dialog/simulate.js';
import type { Product } from '../catalog/product.js';

const { values } = parseArgs({
  options: {
    catalog: { type: 'string' },
    out: { type: 'string' },
    count: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.catalog || !values.out) {
  process.stderr.write('usage: photo-generate --catalog file --out dir [--count n] [--seed n]\n');
  process.exit(64);
}

let seed = Number(values.seed) * 2654435761;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const between = (a: number, b: number) => a + random() * (b - a);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chinese(n: number): string | null {
  if (n <= 10) return CN[n]!;
  if (n < 20) return `十${CN[n - 10]}`;
  if (n < 100 && n % 10 === 0) return `${CN[n / 10]}十`;
  return null;
}

interface Item {
  product: Product;
  /** As written on a list line. */
  line: string;
  /** As a delivery note's cells. */
  cells: { name: string; spec: string; qty: string; unit: string };
  qty: number;
}

/** A fully specified line for one product: brand, name (or an alias), every spec value, a quantity in some unit. */
function itemOf(product: Product, products: readonly Product[]): Item {
  const siblings = products.filter((p) => p !== product && p.name === product.name);
  const name =
    random() < 0.25 && product.aliases.length && !siblings.length ? pick(product.aliases) : product.name;
  const specs = Object.values(product.specs).filter((v) => !product.name.includes(v));
  const spec = specs.join(random() < 0.5 ? '' : ' ');
  const conversions = Object.entries(product.conversions).filter(([, f]) => Number.isInteger(f) && f >= 1);
  let unit = product.unit;
  let factor = 1;
  const r = random();
  if (r < 0.25 && conversions.length) [unit, factor] = pick(conversions);
  else if (r < 0.45 && product.unitAliases.length) unit = pick(product.unitAliases);
  // Within stock, so that the expected order is what a shop assistant would enter without asking.
  const counts = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 50, 60, 100].filter(
    (c) => c * factor <= product.stock,
  );
  const n = counts.length ? pick(counts) : 1;
  const written = random() < 0.15 ? (chinese(n) ?? String(n)) : String(n);
  const brand = product.brand ?? '';
  const line =
    random() < 0.5 ? `${brand}${name} ${spec} ${written}${unit}` : `${brand}${spec}${name} ${written}${unit}`;
  return {
    product,
    line: line.replace(/\s+/g, ' ').trim(),
    cells: { name: `${brand}${name}`, spec: spec || '-', qty: String(n), unit },
    qty: n * factor,
  };
}

function items(products: readonly Product[], count: number): Item[] {
  const chosen = new Set<Product>();
  const stocked = products.filter((p) => p.stock >= 1);
  while (chosen.size < count) chosen.add(pick(stocked));
  return [...chosen].map((p) => itemOf(p, products));
}

const FONT_SANS = 'Noto Sans CJK SC';
const FONT_SERIF = 'Noto Serif CJK SC';

function notesSvg(lines: string[], dark: boolean): { svg: string; width: number; height: number } {
  const width = 720;
  const height = 1280;
  const fg = dark ? '#eeeeee' : '#111111';
  const bg = dark ? '#1c1c1e' : '#fffdf7';
  const numbered = random() < 0.4;
  const rows = [pick(['王老板 明天送货', '张师傅 工地用', '下周一要', '老李 帮忙配齐'])].concat(
    lines.map((l, i) => (numbered ? `${i + 1}.${l}` : l)),
  );
  const text = rows
    .map(
      (l, i) =>
        `<text x="44" y="${300 + i * 58}" font-family="${FONT_SANS}" font-size="30" fill="${fg}">${escapeXml(l)}</text>`,
    )
    .join('');
  const chrome = `<text x="40" y="44" font-family="${FONT_SANS}" font-size="26" fill="${fg}">10:${Math.floor(between(10, 59))}</text><text x="40" y="140" font-family="${FONT_SANS}" font-size="34" fill="#e0a000">&lt; 备忘录</text><text x="262" y="200" font-family="${FONT_SANS}" font-size="20" fill="#888">2024年9月${Math.floor(between(1, 28))}日</text>`;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${bg}"/>${chrome}${text}</svg>`,
    width,
    height,
  };
}

function paperSvg(lines: string[]): { svg: string; width: number; height: number } {
  const width = 1040;
  const height = 140 + lines.length * 96;
  const ruled = Array.from(
    { length: lines.length + 1 },
    (_, i) =>
      `<line x1="0" x2="${width}" y1="${110 + i * 96}" y2="${110 + i * 96}" stroke="#9bb" stroke-width="2"/>`,
  ).join('');
  const text = lines
    .map((l, i) => {
      let x = 70 + between(0, 20);
      const glyphs = [...l]
        .map((ch) => {
          const size = between(40, 50);
          const g = `<text x="${x.toFixed(1)}" y="${(95 + i * 96 + between(-4, 4)).toFixed(1)}" font-family="${FONT_SERIF}" font-size="${size.toFixed(1)}" fill="#1a237e" transform="rotate(${between(-5, 5).toFixed(1)} ${x.toFixed(1)} ${95 + i * 96})">${escapeXml(ch)}</text>`;
          x += /[A-Z]/.test(ch) ? size * 0.72 : /[\x20-\x7e]/.test(ch) ? size * 0.58 : size * 1.02;
          return g;
        })
        .join('');
      return glyphs;
    })
    .join('');
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fbfaf3"/>${ruled}${text}</svg>`,
    width,
    height,
  };
}

function receiptSvg(its: Item[], priced: boolean): { svg: string; width: number; height: number } {
  const columns = priced
    ? ['序号', '品名', '规格', '数量', '单位', '单价', '金额']
    : ['序号', '品名', '规格', '数量', '单位'];
  const xs = priced ? [30, 110, 380, 640, 730, 820, 920] : [30, 130, 460, 760, 880];
  const width = priced ? 1040 : 1000;
  const rowH = 54;
  const height = 260 + (its.length + 1) * rowH + 80;
  const t = (x: number, y: number, s: string, size = 26) =>
    `<text x="${x}" y="${y}" font-family="${FONT_SANS}" font-size="${size}" fill="#222">${escapeXml(s)}</text>`;
  let body = t(width / 2 - 130, 70, pick(['鑫盛五金 送货单', '宏达建材 销售单', '永兴商行 出库单']), 40);
  body += t(30, 140, `客户：${pick(['王老板', '刘师傅', '陈总'])}`) + t(width - 330, 140, '日期：2024-09-18');
  const top = 180;
  body += columns.map((c, i) => t(xs[i]!, top + 36, c)).join('');
  its.forEach((it, r) => {
    const y = top + 36 + (r + 1) * rowH;
    const price = between(3, 90).toFixed(1);
    const cells = [String(r + 1), it.cells.name, it.cells.spec, it.cells.qty, it.cells.unit];
    if (priced) cells.push(price, (Number(price) * Number(it.cells.qty)).toFixed(1));
    body += cells.map((c, i) => t(xs[i]!, y, c)).join('');
  });
  const lines = Array.from(
    { length: its.length + 2 },
    (_, i) =>
      `<line x1="20" x2="${width - 20}" y1="${top + i * rowH}" y2="${top + i * rowH}" stroke="#555"/>`,
  ).join('');
  body += t(30, top + (its.length + 1) * rowH + 50, `合计：共${its.length}项`);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${lines}${body}</svg>`,
    width,
    height,
  };
}

async function noise(width: number, height: number, amount: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const v = Math.floor(between(0, 255));
    raw[i * 4] = v;
    raw[i * 4 + 1] = v;
    raw[i * 4 + 2] = v;
    raw[i * 4 + 3] = Math.floor(amount * 255);
  }
  return sharp(raw, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

async function render(style: string, its: Item[]): Promise<{ bytes: Buffer; ext: string }> {
  const lines = its.map((i) => i.line);
  if (style === 'notes') {
    const { svg } = notesSvg(lines, random() < 0.3);
    return { bytes: await sharp(Buffer.from(svg)).png().toBuffer(), ext: 'png' };
  }
  if (style === 'receipt') {
    const { svg } = receiptSvg(its, random() < 0.4);
    return { bytes: await sharp(Buffer.from(svg)).png().toBuffer(), ext: 'png' };
  }
  const { svg, width, height } = paperSvg(lines);
  let img = sharp(Buffer.from(svg)).rotate(between(-4, 4), { background: '#d8d4c8' }).blur(between(0.4, 0.9));
  if (style === 'photo') {
    const shear = between(-0.06, 0.06);
    img = sharp(await img.png().toBuffer())
      .affine([1, shear, 0, 1 - Math.abs(shear)], { background: '#6b6358' })
      .resize({ width: Math.round(width * 0.9) });
    const buf = await img.png().toBuffer();
    const meta = await sharp(buf).metadata();
    const w = meta.width!;
    const h = meta.height!;
    const shade = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" x2="1" y1="0" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
    const bytes = await sharp(buf)
      .composite([{ input: Buffer.from(shade) }, { input: await noise(w, h, 0.08), blend: 'overlay' }])
      .jpeg({ quality: 60 })
      .toBuffer();
    return { bytes, ext: 'jpg' };
  }
  void height;
  return { bytes: await img.jpeg({ quality: 70 }).toBuffer(), ext: 'jpg' };
}

const catalog = await loadCatalogFile(values.catalog);
if (!catalog.ok) throw new Error(catalog.message);
const out = values.out;
await mkdir(join(out, 'images'), { recursive: true });
const styles = ['notes', 'paper', 'photo', 'receipt'];
const replies = ['确认', '对的 确认', '没问题 下单', '照这个来一份 确认', '可以 确认'];
const dialogs: string[] = [];
const expected: string[] = [];
const transcripts: string[] = [];
for (let n = 1; n <= Number(values.count); n += 1) {
  const id = `own${String(n).padStart(2, '0')}`;
  const style = styles[(n - 1) % styles.length]!;
  const its = items(catalog.products, Math.floor(between(3, 6)));
  const picture = await render(style, its);
  const image = `images/${id}.${picture.ext}`;
  await writeFile(join(out, image), picture.bytes);
  dialogs.push(
    JSON.stringify({ id, customer: { id: `c-${id}`, name: '测试客户' }, turns: [{ image }, pick(replies)] }),
  );
  expected.push(
    JSON.stringify({
      id,
      expect: { status: 'confirmed', lines: its.map((i) => ({ sku: i.product.sku, qty: i.qty })) },
      tags: ['photo', `photo-${style}`],
    }),
  );
  transcripts.push(
    JSON.stringify({ id, image, style, lines: its.map((i) => ({ text: i.line, kind: 'item' })) }),
  );
}
await writeFile(join(out, 'dialogs.jsonl'), `${dialogs.join('\n')}\n`);
await writeFile(join(out, 'expected.jsonl'), `${expected.join('\n')}\n`);
await writeFile(join(out, 'transcripts.jsonl'), `${transcripts.join('\n')}\n`);
await copyFile(values.catalog, join(out, 'catalog.json'));
process.stdout.write(`${JSON.stringify({ out, pictures: dialogs.length })}\n`);
