/**
 * The options of the engine's last question, as buttons for the back office: `电线要哪个截面？1.5平方 / 2.5平方`
 * (pickQuestion) and `没有16平方的电线，有：2.5平方 / 4平方` (conflictReply) list them after `？` or `：`, separated by
 * ` / `. Answering with an option's text is what a customer would type. Pure; [] when the reply asks nothing.
 */
export function questionChoices(reply: string | undefined): string[] {
  if (!reply) return [];
  const line = reply.trim().split('\n').at(-1) ?? '';
  const cut = Math.max(line.lastIndexOf('？'), line.lastIndexOf('：'));
  if (cut < 0) return [];
  const options = line
    .slice(cut + 1)
    .replace(/\s*…\s*$/, '')
    .split(' / ')
    .map((o) => o.trim())
    .filter(Boolean);
  return options.length >= 2 ? options : [];
}
