/**
 * 没有变频器那 / 没有金骏眉的话 / 没有角磨机就: a clause of 没有 and what is not sold, closed by 那 / 那就 / 的话 /
 * 就, says back what the shop lacks before what the customer takes instead — it orders nothing, and its words are
 * no part of the item after it. Returns the text with such clauses blanked out (with spaces, so every position
 * stays where it was). A bare 没有的话 (no words of what is lacked) is left as said.
 */
export function withoutNoneSaidBack(text: string): string {
  return text.replace(
    NONE_SAID_BACK,
    (clause, before: string) => before + ' '.repeat(clause.length - before.length),
  );
}

const NONE_SAID_BACK = /(^|\s)没有[^\s\d]+?(?:那就|那|的话|就)(?=\s)/gu;
