/**
 * Finds known names inside free text (a remark) quickly: names are bucketed by their first two characters, so a
 * remark costs a few map look-ups per character whatever the number of customers.
 */

/** The form names are compared in: full-width folded, spaces collapsed, trimmed. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export interface NameHit<T> {
  name: string;
  start: number;
  end: number;
  values: T[];
}

/** Builds a finder over names of at least two characters, each carrying the values listed for it. */
export function createNameFinder<T>(entries: Iterable<[string, T]>) {
  const byName = new Map<string, T[]>();
  for (const [raw, value] of entries) {
    const name = nameKey(raw);
    if ([...name].length < 2) continue;
    const values = byName.get(name) ?? [];
    if (!values.includes(value)) values.push(value);
    byName.set(name, values);
  }
  const byHead = new Map<string, string[]>();
  for (const name of byName.keys()) {
    const head = name.slice(0, 2);
    byHead.set(head, [...(byHead.get(head) ?? []), name]);
  }

  /** Every name that occurs in `text`, minus those that only occur inside a longer name found there. */
  function find(text: string): NameHit<T>[] {
    const key = nameKey(text);
    const hits: NameHit<T>[] = [];
    for (let start = 0; start < key.length - 1; start++) {
      for (const name of byHead.get(key.slice(start, start + 2)) ?? []) {
        if (key.startsWith(name, start)) {
          hits.push({ name, start, end: start + name.length, values: byName.get(name)! });
        }
      }
    }
    return hits.filter(
      (hit) =>
        !hits.some(
          (other) =>
            other !== hit &&
            other.start <= hit.start &&
            other.end >= hit.end &&
            other.end - other.start > hit.end - hit.start,
        ),
    );
  }

  /** The values listed for exactly this name (after {@link nameKey}). */
  function lookup(name: string): T[] {
    return byName.get(nameKey(name)) ?? [];
  }

  return { find, lookup };
}
