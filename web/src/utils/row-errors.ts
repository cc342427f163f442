import type { RowError } from '../api/catalog';

/** Column names of catalog files as the shop says them. */
const FIELDS: Record<string, string> = {
  sku: '编号',
  name: '名称',
  category: '品类',
  brand: '品牌',
  aliases: '别名',
  unit: '单位',
  unit_aliases: '单位别名',
  unitAliases: '单位别名',
  conversions: '换算',
  barcode: '条码',
  price: '价格',
  price_breaks: '阶梯价',
  priceBreaks: '阶梯价',
  stock: '库存',
  active: '在售',
  specs: '规格',
  '(file)': '文件',
};

/** The catalog reader's reasons (written for the terminal, in English), in Chinese; others as they are. */
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must not be empty$/i, () => '不能为空'],
  [/^must not be negative$/i, () => '不能是负数'],
  [/^must be positive$/i, () => '必须大于 0'],
  [/at most 2 decimals/i, () => '最多两位小数'],
  [/^duplicate sku/i, () => '编号重复'],
  [/^missing column[s]?:? ?(.*)$/i, (m) => `缺少列：${m[1] ?? ''}`],
  [/is not a (?:valid )?number/i, () => '不是数字'],
  [/^must be an integer/i, () => '必须是整数'],
  [/^invalid JSON/i, () => '不是有效的 JSON'],
];

export function fieldText(field: string): string {
  return FIELDS[field] ?? field;
}

export function reasonText(e: RowError): string {
  for (const [re, say] of REASONS) {
    const m = re.exec(e.reason);
    if (m) return say(m);
  }
  return e.reason;
}
