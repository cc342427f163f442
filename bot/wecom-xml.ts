/**
 * The flat XML WeCom callbacks use: `<xml><Name><![CDATA[value]]></Name><Other>123</Other></xml>`. Only one level
 * of elements is read; nested elements keep their raw inner text.
 */
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function escape(text: string): string {
  return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));
}

/** The top-level elements of `<xml>…</xml>` by name; `undefined` when the text is not such a document. */
export function readFlatXml(xml: string): Record<string, string> | undefined {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<xml>([\s\S]*)<\/xml>\s*$/.exec(xml);
  if (!root) return undefined;
  const fields: Record<string, string> = {};
  const element = /<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g;
  for (const match of (root[1] as string).matchAll(element)) {
    const [, name, cdata, text] = match;
    fields[name as string] = cdata ?? unescape(text ?? '');
  }
  return fields;
}

/** `<xml>` with one CDATA element per field (numbers as plain text), as the platform writes them. */
export function writeFlatXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([name, value]) =>
      typeof value === 'number'
        ? `<${name}>${value}</${name}>`
        : value.includes(']]>')
          ? `<${name}>${escape(value)}</${name}>`
          : `<${name}><![CDATA[${value}]]></${name}>`,
    )
    .join('');
  return `<xml>${body}</xml>`;
}
