/**
 * The words of order lists and the paper around them: what a column of a 送货单 is called, what a form's labels,
 * titles and totals say, what a phone's notes app shows around a note. Pure data and the patterns built from it.
 */

/** Count and packing units people write after a quantity (a catalog adds its own). */
export const LIST_UNITS: readonly string[] = [
  ...new Set(
    '个 只 件 箱 袋 包 捆 卷 盘 根 条 支 桶 片 块 套 盒 张 瓶 罐 组 筒 扎 提 把 对 双 台 颗 粒 托 吨 打 副 听 米 樘 付 车 斤 公斤 千克 方 立方 平米 平方米 板 排 轴 匹 壶'.split(
      ' ',
    ),
  ),
];

/** What each column of a delivery note holds, by the words its header uses. */
export type ColumnRole =
  'index' | 'name' | 'spec' | 'brand' | 'quantity' | 'unit' | 'price' | 'amount' | 'note';

export const COLUMN_WORDS: readonly (readonly [string, ColumnRole])[] = [
  ['序号', 'index'],
  ['编号', 'index'],
  ['行号', 'index'],
  ['商品名称', 'name'],
  ['货品名称', 'name'],
  ['产品名称', 'name'],
  ['物品名称', 'name'],
  ['材料名称', 'name'],
  ['品名', 'name'],
  ['名称', 'name'],
  ['商品', 'name'],
  ['货品', 'name'],
  ['产品', 'name'],
  ['规格型号', 'spec'],
  ['型号规格', 'spec'],
  ['规格', 'spec'],
  ['型号', 'spec'],
  ['品牌', 'brand'],
  ['颜色', 'spec'],
  ['数量', 'quantity'],
  ['件数', 'quantity'],
  ['单位', 'unit'],
  ['单价', 'price'],
  ['价格', 'price'],
  ['金额', 'amount'],
  ['小计', 'amount'],
  ['合计', 'amount'],
  ['备注', 'note'],
];

/** Paper titles: 送货单, 销售清单, 出库单 … */
export const TITLE =
  /(送货|销售|出库|出货|发货|订货|采购|进货|提货|配送|收货)(清单|单|凭证)|报价单|收据|清单$|对账单/;

/** A form's labels: 客户：…, 日期：…, No.… (the line is about the paper, not the goods). */
export const LABEL =
  /^(客户|顾客|购货单位|购买单位|收货单位|收货人|送货人|送货单位|经手人|经办人|制单人?|开单人?|日期|地址|单号|单据号|电话|手机|联系人|联系电话|审核人?|业务员|司机|仓库|签收|签字|备注|收款人?|开票|付款方式)\s*[:：]?/;
export const NUMBER_LABEL = /^(No|NO|№)[.:：]?\s*\w+/;

/** Totals and amounts in words. */
export const TOTAL =
  /^(合计|总计|共计|小计|总金额|金额合计|总价|大写|应收|实收|本页)|共\s*\d+\s*[项件种]|^[¥￥]/;

/** Dates: 2024-04-18, 2024年8月7日, 8月7日, 2024/4/18, 2024.4.18. */
export const DATE =
  /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(星期|周)[一二三四五六日天]/g;
/** Clock times: 10:52, 上午9:30. */
export const TIME = /(上午|下午|晚上|早上)?\d{1,2}\s*[:：]\s*\d{2}/g;
/** Mobile and landline numbers, also masked (139****6621). */
export const PHONE = /(?<!\d)1[3-9]\d[\d*]{4}\d{4}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)|\d{3}\*{3,4}\d{4}/;

/** A phone's notes app and status bar around the note itself. */
export const CHROME =
  /^(备忘录|笔记|便签|记事本|完成|编辑|返回|分享|全部笔记|文件夹|新建笔记|[<＜‹]\s*(备忘录|返回|笔记)?|4G|5G|LTE|WiFi|\d{1,3}%|[·.•。\s]*\d?)$/i;

/** Prices written beside a line: ¥25, 25元, 25元/包, 单价25, @25. */
export const PRICE =
  /[¥￥]\s*\d+(\.\d+)?|(单价|价格|价钱|金额)\s*[:：]?\s*\d+(\.\d+)?\s*(元)?(\s*\/\s*\S)?|\d+(\.\d+)?\s*元(\s*\/\s*[^\s\d]{1,2})?|@\s*\d+(\.\d+)?/g;

/** List numbers: 1. 2、 (3) ③ 一、 */
export const LIST_NUMBER =
  /^\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*[.。、,，:：)）]|([①-⑳])|([一二三四五六七八九十]{1,3})\s*[、.．])\s*/;
