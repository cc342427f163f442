/** 1234550 → "¥12,345.50"; whole yuan without decimals: 120000 → "¥1,200". Integer arithmetic only. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = abs % 100;
  return `${sign}¥${yuan}${cents ? `.${cents.toString().padStart(2, '0')}` : ''}`;
}
