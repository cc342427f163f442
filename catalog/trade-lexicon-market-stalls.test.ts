import { describeStalls, stall, type StallCase } from './trade-lexicon-stall-kit.js';

/**
 * One stall of a wholesale market per trade, each made up and spelling its goods one way; the customer says the
 * trade's other word (catalog/trade-lexicon-goods.ts, -industry.ts, -values.ts). Each stall also hears a near
 * word of another thing, which must not be read as its product.
 */

const CASES: StallCase[] = [
  {
    trade: 'a garment-trims stall (袋布, 灯芯绒, 松紧带)',
    products: stall([
      ['POCKETING', '袋布', { 门幅: '150cm' }],
      ['CORDUROY', '灯芯绒', { 门幅: '150cm' }],
      ['ELASTIC', '松紧带', { 宽度: '2cm' }],
    ]),
    said: [
      ['口袋布', 'POCKETING'],
      ['条绒', 'CORDUROY'],
      ['橡筋 2cm', 'ELASTIC'],
    ],
    notSaid: ['牛仔布'],
  },
  {
    trade: 'an office-supplies stall (订书钉, 回形针, 长尾夹)',
    products: stall([
      ['STAPLES', '订书钉', { 规格: '12#' }],
      ['CLIPS', '回形针', { 规格: '29mm' }],
      ['BINDER', '长尾夹', { 规格: '32mm' }],
    ]),
    said: [
      ['钉书钉 12#', 'STAPLES'],
      ['曲别针', 'CLIPS'],
      ['燕尾夹 32mm', 'BINDER'],
    ],
    notSaid: ['别针'],
  },
  {
    trade: 'an e-bike parts stall (电动车充电器, 内胎)',
    products: stall([
      ['CHARGER', '电动车充电器', { 电压: '48V' }],
      ['TUBE', '内胎', { 规格: '16*2.125' }],
    ]),
    said: [
      ['电瓶车充电器 48V', 'CHARGER'],
      ['里胎 16*2.125', 'TUBE'],
    ],
    notSaid: ['外胎 16*2.125'],
  },
  {
    trade: 'a steel yard (角钢, 槽钢, 镀锌钢管)',
    products: stall([
      ['ANGLE', '角钢', { 规格: '50*5' }],
      ['CHANNEL', '槽钢', { 规格: '10#' }],
      ['GALV', '镀锌钢管', { 规格: 'DN25' }],
    ]),
    said: [
      ['角铁 50*5', 'ANGLE'],
      ['槽铁 10#', 'CHANNEL'],
      ['镀锌管 DN25', 'GALV'],
    ],
    notSaid: ['工字钢'],
  },
  {
    trade: 'a seafood stall (花蛤, 生蚝, 鲅鱼)',
    products: stall([
      ['CLAM', '花蛤', { 规格: '中' }],
      ['OYSTER', '生蚝', { 规格: '中' }],
      ['MACKEREL', '鲅鱼', { 规格: '中' }],
    ]),
    said: [
      ['花甲', 'CLAM'],
      ['海蛎子', 'OYSTER'],
      ['马鲛鱼', 'MACKEREL'],
    ],
    notSaid: ['扇贝'],
  },
  {
    trade: 'a festival-goods stall (春联, 鞭炮, 红包)',
    products: stall([
      ['COUPLETS', '春联', { 尺寸: '1.2米' }],
      ['FIRECRACKERS', '鞭炮', { 规格: '1000响' }],
      ['ENVELOPES', '红包', { 规格: '中号' }],
    ]),
    said: [
      ['对联 1.2米', 'COUPLETS'],
      ['炮仗', 'FIRECRACKERS'],
      ['利是封', 'ENVELOPES'],
    ],
    notSaid: ['灯笼'],
  },
  {
    trade: 'a dry-goods and spice stall (八角, 淀粉, 海米)',
    products: stall([
      ['STAR-ANISE', '八角', { 等级: '统货' }],
      ['STARCH', '淀粉', { 规格: '500g' }],
      ['DRIED-SHRIMP', '虾米', { 等级: '统货' }],
    ]),
    said: [
      ['大料', 'STAR-ANISE'],
      ['生粉 500g', 'STARCH'],
      ['海米', 'DRIED-SHRIMP'],
    ],
    notSaid: ['花椒'],
  },
  {
    trade: 'a fruit stall (猕猴桃, 牛油果)',
    products: stall([
      ['KIWI', '猕猴桃', { 等级: '大果' }],
      ['AVOCADO', '牛油果', { 等级: '大果' }],
    ]),
    said: [
      ['奇异果', 'KIWI'],
      ['鳄梨', 'AVOCADO'],
    ],
    notSaid: ['百香果'],
  },
  {
    trade: 'a toiletries stall (洗面奶, 爽肤水, 洁厕灵)',
    products: stall([
      ['CLEANSER', '洗面奶', { 容量: '100g' }],
      ['TONER', '爽肤水', { 容量: '150ml' }],
      ['TOILET', '洁厕灵', { 容量: '500g' }],
    ]),
    said: [
      ['洁面乳 100g', 'CLEANSER'],
      ['化妆水', 'TONER'],
      ['洁厕剂', 'TOILET'],
    ],
    notSaid: ['卸妆水'],
  },
  {
    trade: 'a bedding stall (被套, 枕芯)',
    products: stall([
      ['COVER', '被套', { 尺寸: '200*230' }],
      ['PILLOW', '枕芯', { 尺寸: '48*74' }],
    ]),
    said: [
      ['被罩 200*230', 'COVER'],
      ['枕头芯', 'PILLOW'],
    ],
    notSaid: ['枕套'],
  },
  {
    trade: 'a fertiliser stall (碳酸氢铵, 过磷酸钙)',
    products: stall([
      ['ABC', '碳酸氢铵', { 规格: '50kg' }],
      ['SSP', '过磷酸钙', { 规格: '50kg' }],
    ]),
    said: [
      ['碳铵', 'ABC'],
      ['普钙', 'SSP'],
    ],
    notSaid: ['尿素'],
  },
  {
    trade: 'an electronic-components stall (贴片电阻, 三极管)',
    products: stall([
      ['RES', '贴片电阻', { 封装: '0603' }],
      ['TRANSISTOR', '三极管', { 型号: 'S8050' }],
    ]),
    said: [
      ['片阻 0603', 'RES'],
      ['晶体管 S8050', 'TRANSISTOR'],
    ],
    notSaid: ['贴片电容 0603'],
  },
  {
    trade: 'a bakery-supplies stall (淡奶油, 泡打粉, 炼乳)',
    products: stall([
      ['CREAM', '淡奶油', { 容量: '1L' }],
      ['BAKING-POWDER', '泡打粉', { 规格: '100g' }],
      ['CONDENSED', '炼乳', { 规格: '350g' }],
    ]),
    said: [
      ['动物奶油 1L', 'CREAM'],
      ['发泡粉', 'BAKING-POWDER'],
      ['炼奶', 'CONDENSED'],
    ],
    notSaid: ['植物奶油'],
  },
  {
    trade: 'a pet and fishing stall (猫砂, 鱼竿, 浮漂)',
    products: stall([
      ['LITTER', '猫砂', { 规格: '10L' }],
      ['ROD', '鱼竿', { 长度: '3.6米' }],
      ['FLOAT', '浮漂', { 规格: '2号' }],
    ]),
    said: [
      ['猫沙 10L', 'LITTER'],
      ['钓竿 3.6米', 'ROD'],
      ['鱼漂', 'FLOAT'],
    ],
    notSaid: ['鱼线'],
  },
  {
    trade: 'an eyewear and luggage stall (老花镜, 墨镜, 拉杆箱)',
    products: stall([
      ['READING', '老花镜', { 度数: '200度' }],
      ['SUN', '太阳镜', { 颜色: '黑色' }],
      ['CASE', '拉杆箱', { 尺寸: '24寸' }],
    ]),
    said: [
      ['老光镜 200度', 'READING'],
      ['墨镜', 'SUN'],
      ['行李箱 24寸', 'CASE'],
    ],
    notSaid: ['近视镜'],
  },
  {
    trade: 'a lifting and transmission stall (手拉葫芦, 三角带, 制冷剂)',
    products: stall([
      ['HOIST', '手拉葫芦', { 吨位: '2吨' }],
      ['VBELT', '三角带', { 型号: 'B1500' }],
      ['R22', '制冷剂', { 型号: 'R22' }],
    ]),
    said: [
      ['倒链 2吨', 'HOIST'],
      ['V带 B1500', 'VBELT'],
      ['雪种 R22', 'R22'],
    ],
    notSaid: ['电动葫芦 2吨'],
  },
  {
    trade: 'a drinks and cold-drinks stall (苏打水, 纯牛奶, 冰棍)',
    products: stall([
      ['SODA', '苏打水', { 容量: '350ml' }],
      ['MILK', '纯牛奶', { 容量: '250ml' }],
      ['ICE-POP', '冰棍', { 口味: '绿豆' }],
    ]),
    said: [
      ['苏打饮料 350ml', 'SODA'],
      ['纯奶 250ml', 'MILK'],
      ['冰棒', 'ICE-POP'],
    ],
    notSaid: ['酸奶 250ml'],
  },
  {
    trade: 'an egg and meat stall (土鸡蛋, 皮蛋, 里脊)',
    products: stall([
      ['FREE-RANGE', '土鸡蛋', { 规格: '30枚' }],
      ['CENTURY', '皮蛋', { 规格: '20枚' }],
      ['LOIN', '里脊', { 规格: '1kg' }],
    ]),
    said: [
      ['笨鸡蛋 30枚', 'FREE-RANGE'],
      ['松花蛋', 'CENTURY'],
      ['里脊肉', 'LOIN'],
    ],
    notSaid: ['咸鸭蛋'],
  },
  {
    trade: 'a baby and clothing stall (尿不湿, 拉拉裤, 卫衣)',
    products: stall([
      ['DIAPER', '纸尿裤', { 尺码: 'L' }],
      ['PANTS', '拉拉裤', { 尺码: 'XL' }],
      ['HOODIE', '卫衣', { 尺码: 'M' }],
    ]),
    said: [
      ['尿不湿 大号', 'DIAPER'],
      ['成长裤 加大号', 'PANTS'],
      ['卫衣 中号', 'HOODIE'],
    ],
    notSaid: ['隔尿垫'],
  },
  {
    trade: 'a toy and appliance stall (泡泡水, 电饭煲, 油烟机)',
    products: stall([
      ['BUBBLES', '泡泡水', { 容量: '100ml' }],
      ['RICE-COOKER', '电饭煲', { 容量: '4L' }],
      ['HOOD', '抽油烟机', { 类型: '侧吸' }],
    ]),
    said: [
      ['泡泡液 100ml', 'BUBBLES'],
      ['电饭锅 4L', 'RICE-COOKER'],
      ['油烟机', 'HOOD'],
    ],
    notSaid: ['电压力锅 4L'],
  },
  {
    trade: 'a feed and sand yard (麸皮, 预混料, 河沙)',
    products: stall([
      ['BRAN', '麸皮', { 规格: '40kg' }],
      ['PREMIX', '预混料', { 规格: '20kg' }],
      ['RIVER-SAND', '河沙', { 粒度: '中砂' }],
    ]),
    said: [
      ['麦麸 40kg', 'BRAN'],
      ['预混合饲料', 'PREMIX'],
      ['黄沙 中砂', 'RIVER-SAND'],
    ],
    notSaid: ['机制砂'],
  },
  {
    trade: 'a decoration and tool stall (壁纸, 踢脚线, 拉铆枪, 批刀)',
    products: stall([
      ['WALLPAPER', '壁纸', { 规格: '0.53*10米' }],
      ['SKIRTING', '踢脚线', { 高度: '8cm' }],
      ['RIVETER', '拉铆枪', { 规格: '10寸' }],
      ['KNIFE', '油灰刀', { 宽度: '3寸' }],
    ]),
    said: [
      ['墙纸', 'WALLPAPER'],
      ['地脚线 8cm', 'SKIRTING'],
      ['铆钉枪', 'RIVETER'],
      ['批刀 3寸', 'KNIFE'],
    ],
    notSaid: ['墙布'],
  },
  {
    trade: 'a car-care and clinic-consumables stall (洗车液, 车蜡, 酒精棉片)',
    products: stall([
      ['SHAMPOO', '洗车液', { 容量: '2L' }],
      ['WAX', '车蜡', { 规格: '300g' }],
      ['SWABS', '酒精棉片', { 规格: '100片' }],
    ]),
    said: [
      ['洗车香波 2L', 'SHAMPOO'],
      ['汽车蜡', 'WAX'],
      ['酒精片', 'SWABS'],
    ],
    notSaid: ['玻璃水'],
  },
  {
    trade: 'a tea and paper stall (熟普, 茶饼, 厨房纸)',
    products: stall([
      ['RIPE', '普洱熟茶', { 规格: '357g' }],
      ['CAKE', '饼茶', { 规格: '200g' }],
      ['KITCHEN', '厨房用纸', { 规格: '2卷' }],
    ]),
    said: [
      ['熟普 357g', 'RIPE'],
      ['茶饼 200g', 'CAKE'],
      ['厨房纸', 'KITCHEN'],
    ],
    notSaid: ['生普'],
  },
];

describeStalls('Trade words of the market’s stalls', CASES);
