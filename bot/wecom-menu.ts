import type { OutgoingBody } from './wecom-api.js';
import { wecomTexts } from './wecom-texts.js';

/** The platform's limits for msgmenu (one source: PROTOCOL.md §3). */
const MAX_ITEMS = 10;
const MAX_ITEM_BYTES = 128;
const MAX_HEAD_BYTES = 1024;
/** text.content limit. */
export const MAX_TEXT_BYTES = 2048;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The engine's choice question at the end of a text: `…要哪一种？A / B / C` (with ` …` when more exist). */
const CHOICES = /^([\s\S]*？)([^？\n]+?(?: \/ [^？\n/]+)+)( …)?$/;

/**
 * One turn's text as a WeCom message: a `msgmenu` whose items the customer taps when the text ends with the
 * engine's choice question (tapping sends the option's words back, which the engine understands as typed), plain
 * text otherwise. Pure.
 */
export function toOutgoingBody(text: string): OutgoingBody {
  const match = CHOICES.exec(text);
  if (match) {
    const [, head, options, more] = match as unknown as [string, string, string, string | undefined];
    const labels = options.split(' / ').map((o) => o.trim());
    if (
      labels.length >= 2 &&
      labels.length <= MAX_ITEMS &&
      labels.every((l) => l && bytes(l) <= MAX_ITEM_BYTES) &&
      bytes(head) <= MAX_HEAD_BYTES
    ) {
      return {
        msgtype: 'msgmenu',
        msgmenu: {
          head_content: head,
          list: labels.map((content, i) => ({ type: 'click', click: { id: `choice-${i + 1}`, content } })),
          tail_content: more ? `…${wecomTexts.choicesTail}` : wecomTexts.choicesTail,
        },
      };
    }
  }
  return { msgtype: 'text', text: { content: text } };
}

/** Splits text into pieces of at most MAX_TEXT_BYTES, at line ends where possible. Pure. */
export function splitText(text: string): string[] {
  if (bytes(text) <= MAX_TEXT_BYTES) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (bytes(candidate) <= MAX_TEXT_BYTES) {
      current = candidate;
      continue;
    }
    if (current) pieces.push(current);
    let rest = line;
    while (bytes(rest) > MAX_TEXT_BYTES) {
      let cut = Math.floor(MAX_TEXT_BYTES / 3);
      while (cut < rest.length && bytes(rest.slice(0, cut + 1)) <= MAX_TEXT_BYTES) cut++;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current) pieces.push(current);
  return pieces;
}
