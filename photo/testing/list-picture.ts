import sharp from 'sharp';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A plain picture of a typed order list (one line each), as a phone screenshot would show it: PNG bytes. */
export async function listPicture(lines: readonly string[]): Promise<Buffer> {
  const width = 720;
  const height = 160 + lines.length * 64;
  const text = lines
    .map(
      (l, i) =>
        `<text x="40" y="${110 + i * 64}" font-family="Noto Sans CJK SC" font-size="32" fill="#111">${escapeXml(l)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fffdf7"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
