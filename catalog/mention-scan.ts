import type { CatalogIndex } from './catalog-index.js';
import { familyMembers, intersectsSorted, markSellableUnits, termProducts } from './catalog-index.js';
import type { Analysis, Mention, QuantityToken } from './analysis-types.js';
import { readLeftovers } from './leftover-words.js';
import { endingIds, kindedHeads, mergePartialWithHead, nearWord, valueCharIds } from './loose-words.js';
import { countAttributesOf, spellCountsByAttribute } from './count-attributes.js';
import { attributeCharactersOf, spellNumeralsBeforeAttributeNames } from './numeral-attribute-names.js';
import { listsKilowatts, spellHorsepower } from './motor-power.js';
import { nearWordsTable } from './near-words.js';
import { CHINESE_NUMERAL_CHARS } from './numerals.js';
import { quantityAt, unitSoundsOf } from './quantity-scan.js';
import { markSizes } from './size-marks.js';
import { spellPackCounts } from './pack-counts.js';
import { modelValuesOf, spellModelNames } from './model-names.js';
import { joinSplitWords } from './split-words.js';
import { writeSpokenDigits } from './spoken-digits.js';
import { spellSpokenDecimals } from './spoken-decimals.js';
import { spellSpeedsAsPoles } from './motor-speeds.js';
import { scanSpecs } from './spec-values.js';
import { saidBounds, spellBoundNumerals } from './range-bounds.js';
import type { SpecToken } from './spec-values.js';
import { specBeforeUnitWord } from './unit-starting-value.js';
import { STOP_CHARS } from './stop-words.js';
import { isHan } from './text-normalize.js';
import { correctTypos } from './typo-correct.js';
import { spellUnitsAsCatalog, unitSpellingsOf } from './unit-spellings.js';
import { movedPointsOf, spellMovedPoints } from './moved-points.js';
import { spellJoinedGroups } from './joined-groups.js';
import { sizeCodesOf, spellSizeCodes } from './size-codes.js';
import { componentCodesOf, spellComponentCodes } from './component-codes.js';
import { spellValueShapes, valueShapesOf } from './value-shapes.js';
import { widenValueEndings } from './value-after-word.js';
import { productSizesOf, spellDigitTens } from './unit-readings.js';
import {
  spellNumbersByAttribute,
  spellRepeatedLetters,
  spellSheetSizes,
  spellValuesInFull,
} from './value-shorthand.js';
import { spellHourUnits, spellLiAsMillimetres, spellPiecesAsMillimetres } from './unit-slips.js';
import { shorthandTablesOf } from './shorthand-tables.js';
import { productNumbersOf } from './product-numbers.js';
import { namePiecesOf } from './name-pieces.js';
import {
  addressWordAt,
  headProducts,
  idsForRequirements,
  latinPrefixIds,
  phraseSplitter,
  termAt,
  termStarts,
} from './word-lookups.js';

export type { Analysis, Mention, QuantityToken } from './analysis-types.js';

/**
 * Builds the lookup tables the analysis would otherwise build on its first need of each (product words by their
 * last character, Latin model words, short spec values, the products sold in each unit, each family's products,
 * the count attributes, model values, unit sounds and each product's sizes), so that no message pays for them.
 */
export function prepareAnalysis(index: CatalogIndex): void {
  termStarts(index);
  phraseSplitter(index);
  nearWord(index, '的的');
  nearWordsTable(index);
  // the product lists of the words many products share (a colour, a common name) are merged once, here
  for (const info of index.terms.values()) {
    let size = info.head.length + info.brand.length;
    for (const list of info.spec.values()) size += list.length;
    if (size >= 200) termProducts(info);
  }
  endingIds(index, '管');
  kindedHeads(index);
  latinPrefixIds(index, 'zz');
  valueCharIds(index, '的');
  markSellableUnits(index);
  valueShapesOf(index);
  unitSpellingsOf(index);
  movedPointsOf(index);
  sizeCodesOf(index);
  componentCodesOf(index);
  shorthandTablesOf(index);
  namePiecesOf(index);
  productNumbersOf(index);
  countAttributesOf(index);
  attributeCharactersOf(index);
  modelValuesOf(index);
  listsKilowatts(index);
  unitSoundsOf(index);
  familyMembers(index, '');
  productSizesOf(index);
}

/**
 * Reads one message (or part of one) against the catalog: corrects homophone typos, then takes the longest of
 * barcode / quantity / catalog word / spec spelling at each position; what is left is partial words or unknown.
 */
export function analyzeText(index: CatalogIndex, normalized: string): Analysis {
  let text = joinSplitWords(
    index,
    writeSpokenDigits(
      index,
      spellDigitTens(index, spellBoundNumerals(index, correctTypos(index, normalized))),
    ),
  );
  text = spellComponentCodes(
    index,
    spellMovedPoints(
      index,
      spellUnitsAsCatalog(index, spellSpokenDecimals(index, spellSpeedsAsPoles(index, text))),
    ),
  );
  text = spellModelNames(index, spellJoinedGroups(index, spellValueShapes(index, text)));
  text = spellRepeatedLetters(
    index,
    spellSizeCodes(index, spellSheetSizes(index, spellHourUnits(index, text))),
  );
  text = markSizes(
    index,
    spellNumbersByAttribute(
      index,
      spellPiecesAsMillimetres(
        index,
        spellLiAsMillimetres(
          index,
          spellValuesInFull(
            index,
            spellHorsepower(
              index,
              spellCountsByAttribute(
                index,
                spellNumeralsBeforeAttributeNames(index, spellPackCounts(index, text)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const specs = new Map<number, SpecToken>();
  for (const t of scanSpecs(text)) specs.set(t.start, t);
  const bounds = saidBounds(index, text);
  const mentions: Mention[] = [];
  const latinUnknown: string[] = [];
  const quantities: QuantityToken[] = [];
  const leftovers: { start: number; text: string }[] = [];
  let run = '';
  let runStart = 0;
  const flush = () => {
    if (run) leftovers.push({ start: runStart, text: run });
    run = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    // (each pattern below is tried only where its first character stands: no slice of the text per position)
    const bc =
      ch >= '0' && ch <= '9' && digitsFrom(text, i, 8) ? /^\d{8,14}/.exec(text.slice(i, i + 15)) : null;
    if (bc && !/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + bc[0].length] ?? '')) {
      flush();
      const id = index.barcodes.get(bc[0]);
      mentions.push({ kind: 'barcode', text: bc[0], start: i, ids: id === undefined ? [] : [id] });
      i += bc[0].length;
      const times = /^ ?\* ?(\d+)/.exec(text.slice(i, i + 12));
      if (times) {
        quantities.push({ start: i, end: i + times[0].length, value: Number(times[1]), raw: times[0] });
        i += times[0].length;
      }
      continue;
    }
    // 4分的150: a whole number right after 的 is a count — unless it starts a value (玲珑的215/60r16) or reads as
    // one (烟台的80)
    const after = text[i - 1] === '的' ? /^(\d+)(?![\d.*a-z平方分寸/-])/.exec(text.slice(i, i + 10)) : null;
    const countAfter = after !== null && !/[\u4e00-\u9fff]/.test(text[i + after[0].length] ?? '');
    const valueAfter = countAfter && isValueAfter(index, text, i, Number(after[1]), mentions.at(-1));
    if (countAfter && !valueAfter) {
      flush();
      quantities.push({ start: i, end: i + after[0].length, value: Number(after[1]), raw: after[0] });
      i += after[0].length;
      continue;
    }
    // 红牛x10 / 红牛*10: a count after a product word (never the second side of a gauge, 12#*12#)
    const times =
      ch === 'x' || ch === '*' || ch === '×' ? /^[x*×] ?(\d+)(?![\d.*])/.exec(text.slice(i, i + 12)) : null;
    if (times && !/[0-9a-z#]/.test(text[i - 1] ?? '')) {
      flush();
      quantities.push({ start: i, end: i + times[0].length, value: Number(times[1]), raw: times[0] });
      i += times[0].length;
      continue;
    }
    // 老板 / 老表: a word of address is chat, never the catalog word inside it (板, 表)
    const address = addressWordAt(index, text, i);
    if (address) {
      if (!run) runStart = i;
      run += address;
      i += address.length;
      continue;
    }
    const word = wordLeavingNothing(index, text, i, termAt(index, text, i));
    const qty =
      !valueAfter && ((ch >= '0' && ch <= '9') || CHINESE_NUMERAL_CHARS.includes(ch))
        ? quantityAt(index, text, i)
        : undefined;
    // (2035米白: the number alone and the colour, never 2035 metres and 白)
    const spec = specBeforeUnitWord(
      index,
      text,
      specs.get(i),
      (reqs) => idsForRequirements(index, reqs, true).length > 0,
    );
    const wl = word?.length ?? 0;
    const ql = qty ? qty.end - qty.start : 0;
    const sl = spec ? spec.end - spec.start : 0;
    if (qty && ql >= wl) {
      flush();
      quantities.push(qty);
      i = qty.end;
      continue;
    }
    if (word && wl >= sl && !(wl === 1 && isHan(ch) && STOP_CHARS.has(ch))) {
      flush();
      const info = index.terms.get(word)!;
      const start = i;
      if (info.head.length || info.brand.length) {
        const kind = info.head.length ? 'head' : 'brand';
        mentions.push({
          kind,
          text: word,
          start,
          ids: kind === 'head' ? headProducts(index, word, info) : termProducts(info),
        });
      } else {
        const [attr] = [...info.spec.keys()];
        mentions.push({
          kind: 'spec',
          text: word,
          start,
          ids: termProducts(info),
          attr,
          bare: false,
          family: `attr:${attr}`,
        });
      }
      i += wl;
      continue;
    }
    if (spec) {
      flush();
      // (600度以内: the range that ends at 600, never the one that starts there)
      const bound = bounds.get(i);
      mentions.push({
        kind: 'spec',
        text: spec.raw,
        start: i,
        ids: bound ?? idsForRequirements(index, spec.reqs, true),
        strong: bound ?? idsForRequirements(index, spec.reqs, false),
        bare: spec.bare,
        ...keysOfRequirements(spec.reqs),
      });
      i = spec.end;
      continue;
    }
    // NXB of NXB-63: a model code the catalog writes with a suffix
    const latin = ch >= 'a' && ch <= 'z' ? /^[a-z][a-z0-9]+/.exec(text.slice(i, i + 24)) : null;
    if (latin && !/[a-z0-9]/.test(text[i - 1] ?? '')) {
      const ids = latinPrefixIds(index, latin[0]);
      if (ids.length) {
        flush();
        mentions.push({ kind: 'partial', text: latin[0], start: i, ids });
        i += latin[0].length;
        continue;
      }
      // PE管: an unknown Latin word glued to the character a kind of product ends in names one not sold here
      const after = i + latin[0].length;
      const ch2 = text[after] ?? '';
      const ending = isHan(ch2) && !isHan(text[after + 1] ?? '') ? endingIds(index, ch2) : [];
      if (ending.length) {
        flush();
        latinUnknown.push(latin[0]);
        mentions.push({ kind: 'head', text: ch2, start: after, ids: ending });
        i = after + 1;
        continue;
      }
    }
    if (isHan(ch)) {
      if (!run) runStart = i;
      run += ch;
    } else flush();
    i += 1;
  }
  flush();
  const { unknown, qualifiers } = readLeftovers(index, text, leftovers, mentions);
  unknown.push(...latinUnknown);
  qualifiers.push(...latinUnknown);
  mergePartialWithHead(index, mentions);
  widenValueEndings(index, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { text, mentions, quantities, unknown, qualifiers };
}

/** True when the `count` characters from `at` are all digits (a barcode's eight, before it is looked for). */
function digitsFrom(text: string, at: number, count: number): boolean {
  if (at + count > text.length) return false;
  for (let k = at; k < at + count; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * A spec token's family and keys, worked out once per token (scanSpecs keeps its tokens, and a piece of a message
 * is read again in several analyses): shared between mentions, never changed.
 */
const keysByRequirements = new WeakMap<string[][], { family: string; keys: string[] }>();
function keysOfRequirements(reqs: string[][]): { family: string; keys: string[] } {
  let known = keysByRequirements.get(reqs);
  if (!known) {
    known = { family: `keys:${reqs.map((r) => r[0]!.split(':')[0]).join('+')}`, keys: reqs.flat() };
    keysByRequirements.set(reqs, known);
  }
  return known;
}

/**
 * 黑色丁 with the colour 黑色 and the product word 色丁: the longest word at `i` that leaves the character after it
 * read by no word gives way to a shorter one after which a word runs past it (黑 + 色丁), so that the message is
 * read by the catalog's words rather than left as an unread character.
 */
function wordLeavingNothing(
  index: CatalogIndex,
  text: string,
  i: number,
  word: string | undefined,
): string | undefined {
  if (!word || word.length < 2) return word;
  const end = i + word.length;
  if (!isHan(text[end] ?? '') || !isHan(word[word.length - 1]!) || termAt(index, text, end)) return word;
  for (let k = word.length - 1; k >= 1; k--) {
    const shorter = text.slice(i, i + k);
    if (!index.terms.has(shorter) || (k === 1 && STOP_CHARS.has(shorter))) continue;
    const next = termAt(index, text, i + k);
    if (next && next.length >= 2 && i + k + next.length > end) return shorter;
  }
  return word;
}

/**
 * 烟台的80: a number after 的 is a value, not a count, when the catalog's values carry it and either the message
 * says its count with a unit elsewhere (… 3件) or the value word before 的 names products that carry it.
 */
function isValueAfter(
  index: CatalogIndex,
  text: string,
  at: number,
  value: number,
  before: Mention | undefined,
): boolean {
  const carrying = index.keys.get(`num:${value}`);
  if (!carrying) return false;
  const named =
    before?.kind === 'spec' &&
    before.start + before.text.length === at - 1 &&
    intersectsSorted(before.ids, carrying);
  return named || countedElsewhere(index, text, at);
}

/** Whether the text says a count with a unit word (3件, 两箱) outside the number at `at`. */
function countedElsewhere(index: CatalogIndex, text: string, at: number): boolean {
  for (let k = 0; k < text.length; k++) {
    if (k === at || !(/[0-9]/.test(text[k]!) || CHINESE_NUMERAL_CHARS.includes(text[k]!))) continue;
    const before = text[k - 1];
    if (before !== undefined && (/[0-9]/.test(before) || CHINESE_NUMERAL_CHARS.includes(before))) continue;
    const quantity = quantityAt(index, text, k);
    if (quantity && quantity.unit) return true;
  }
  return false;
}
