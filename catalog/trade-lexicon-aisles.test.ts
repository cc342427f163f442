import { describeStalls, stall, type StallCase } from './trade-lexicon-stall-kit.js';

/**
 * More aisles of a wholesale market (catalog/trade-lexicon-aisles.ts, spoken-shades.ts), each a made-up stall that
 * spells its goods one way while the customer says the trade's other word. Each stall also hears a word it must not
 * read as one product: a near word of another thing, or a word that names two of its products.
 */

const CASES: StallCase[] = [
  {
    trade: 'a bicycle repair stall (刹车线, 辐条, 内胎 by 气嘴)',
    products: stall([
      ['CABLE-1000', '刹车线', { 长度: '1000mm' }],
      ['CABLE-1800', '刹车线', { 长度: '1800mm' }],
      ['SPOKE-282', '辐条', { 长度: '282mm' }],
      ['RIM-26', '车圈', { 规格: '26寸' }],
      ['TUBE-AV', '内胎', { 规格: '28*1.5', 气嘴: '美嘴' }],
      ['TUBE-FV', '内胎', { 规格: '28*1.5', 气嘴: '法嘴' }],
    ]),
    said: [
      ['闸线 1800mm', 'CABLE-1800'],
      ['车条 282mm', 'SPOKE-282'],
      ['轮圈 26寸', 'RIM-26'],
      ['里胎 28*1.5 细嘴', 'TUBE-FV'],
      ['内胎 28*1.5 大嘴的', 'TUBE-AV'],
    ],
    notSaid: ['刹车油'],
  },
  {
    trade: 'a tube stall that sells both thick valves (大嘴 is either)',
    products: stall([
      ['TUBE-AV', '内胎', { 规格: '24*1.75', 气嘴: '美嘴' }],
      ['TUBE-DV', '内胎', { 规格: '24*1.75', 气嘴: '英嘴' }],
    ]),
    said: [['内胎 24*1.75 普通嘴', 'TUBE-DV']],
    notSaid: ['内胎 24*1.75 大嘴'],
  },
  {
    trade: 'a scooter and motorbike stall (刹车蹄, 碟刹片, 灯泡 by 灯座, 离合线 by 车型, 链轮)',
    products: stall([
      ['SHOE-CG', '刹车蹄', { 车型: 'CG125' }],
      ['SHOE-JH', '刹车蹄', { 车型: 'JH70' }],
      ['PAD-GY6', '碟刹片', { 车型: 'GY6' }],
      ['BULB-2', '尾灯灯泡', { 灯座: 'BAY15D', 功率: '21/5W' }],
      ['BULB-1', '转向灯泡', { 灯座: 'BA15S', 功率: '10W' }],
      ['CLUTCH-GN', '离合线', { 车型: 'GN125' }],
      ['CLUTCH-CG', '离合线', { 车型: 'CG125' }],
      ['REAR-39', '后链轮', { 齿数: '39T' }],
      ['FRONT-14', '前链轮', { 齿数: '14T' }],
    ]),
    said: [
      ['JH70刹车皮', 'SHOE-JH'],
      ['双丝灯泡', 'BULB-2'],
      ['单丝的灯泡', 'BULB-1'],
      ['铃木王离合线', 'CLUTCH-GN'],
      ['牙盘 39齿', 'REAR-39'],
    ],
    // 刹车皮 alone is a shoe or a pad
    notSaid: ['刹车皮', '刹车油'],
  },
  {
    trade: 'a garden-hose stall (纤维增强软管 is 蛇皮管, 透明软管 牛筋管, 宝塔接头)',
    products: stall([
      ['MESH-20', '纤维增强软管', { 内径: '20mm' }],
      ['CLEAR-10', '透明软管', { 内径: '10mm' }],
      ['BARB-20', '宝塔接头', { 规格: '20mm' }],
    ]),
    said: [
      ['蛇皮管 20mm', 'MESH-20'],
      ['牛筋管 10mm', 'CLEAR-10'],
      ['宝塔头 20mm', 'BARB-20'],
    ],
    notSaid: ['钢丝管 20mm'],
  },
  {
    trade: 'a hose-and-conduit stall, where 蛇皮管 is either',
    products: stall([
      ['MESH-20', '纤维增强软管', { 内径: '20mm' }],
      ['CONDUIT-20', '包塑金属软管', { 内径: '20mm' }],
    ]),
    said: [['网纹管 20mm', 'MESH-20']],
    notSaid: ['蛇皮管 20mm'],
  },
  {
    trade: 'a ceiling stall (主龙骨, 副龙骨, 三角龙骨)',
    products: stall([
      ['MAIN-38', '主龙骨', { 系列: '38系列' }],
      ['CROSS-50', '副龙骨', { 系列: '50系列' }],
      ['TRI', '三角龙骨', { 长度: '3米' }],
      ['ANGLE', '石膏线', { 宽度: '8cm' }],
    ]),
    said: [
      ['大龙骨 38系列', 'MAIN-38'],
      ['覆面龙骨', 'CROSS-50'],
      ['石膏角线 8cm', 'ANGLE'],
    ],
    // 小龙骨 is a 副龙骨 or a 三角龙骨
    notSaid: ['小龙骨'],
  },
  {
    trade: 'an excavator-seal stall (修理包 by 油缸)',
    products: stall([
      ['KIT-BOOM', '油缸修理包', { 油缸: '动臂' }],
      ['KIT-ARM', '油缸修理包', { 油缸: '斗杆' }],
      ['KIT-BUCKET', '油缸修理包', { 油缸: '铲斗' }],
    ]),
    said: [
      ['小臂修理包', 'KIT-ARM'],
      ['挖斗油缸修理包', 'KIT-BUCKET'],
      ['大臂的修理包', 'KIT-BOOM'],
    ],
    notSaid: ['回转马达'],
  },
  {
    trade: 'a hair-dye counter (色号 7/0, 6/0, 6-1: 七零, 六零, 六一)',
    products: stall([
      ['DYE-70', '染发膏', { 色号: '7/0' }],
      ['DYE-60', '染发膏', { 色号: '6/0' }],
      ['DYE-61', '染发膏', { 色号: '6-1' }],
      ['PERM', '烫发水', { 容量: '500ml' }],
    ]),
    said: [
      ['七零 染发膏', 'DYE-70'],
      ['六杠零', 'DYE-60'],
      ['六一的染膏', 'DYE-61'],
      ['烫发剂 500ml', 'PERM'],
    ],
    notSaid: ['七一'],
  },
  {
    trade: 'a nail counter and a hardware counter with a 7/0 of its own (only a dye says 七零)',
    products: stall([
      ['GEL', '甲油胶', { 容量: '15ml' }],
      ['LAMP', '美甲灯', { 功率: '48W' }],
      ['HOOK-70', '鱼钩', { 号数: '7/0' }],
    ]),
    said: [
      ['美甲胶 15ml', 'GEL'],
      ['光疗灯 48W', 'LAMP'],
    ],
    notSaid: ['七零'],
  },
  {
    trade: 'a computer stall (U盘, 内存条 by 代数, 机械硬盘)',
    products: stall([
      ['USB-64', 'U盘', { 容量: '64G' }],
      ['RAM-D4', '内存条', { 代数: 'DDR4', 容量: '16G' }],
      ['RAM-D5', '内存条', { 代数: 'DDR5', 容量: '16G' }],
      ['HDD-2T', '机械硬盘', { 容量: '2T' }],
    ]),
    said: [
      ['优盘 64G', 'USB-64'],
      ['D4 16G 内存', 'RAM-D4'],
      ['五代内存条 16G', 'RAM-D5'],
      ['机械盘 2T', 'HDD-2T'],
    ],
    notSaid: ['移动硬盘'],
  },
  {
    trade: 'an incense and festival stall (竹签香, 盘香, 酥油灯, 纸钱, 台历)',
    products: stall([
      ['STICK', '竹签香', { 长度: '33cm' }],
      ['COIL', '盘香', { 时长: '24小时' }],
      ['BUTTER', '酥油灯', { 时长: '8小时' }],
      ['PAPER', '纸钱', { 规格: '大张' }],
      ['DESK', '台历', { 年份: '2027' }],
    ]),
    said: [
      ['签香 33cm', 'STICK'],
      ['环香 24小时', 'COIL'],
      ['酥油蜡烛 8小时', 'BUTTER'],
      ['烧纸', 'PAPER'],
      ['桌历', 'DESK'],
    ],
    notSaid: ['挂历'],
  },
  {
    trade: 'a hotel-kitchen stall (砧板, 蒸笼, 漏勺, 裱花嘴)',
    products: stall([
      ['BOARD', '砧板', { 尺寸: '40*30' }],
      ['STEAMER', '蒸笼', { 尺寸: '30cm' }],
      ['SKIMMER', '漏勺', { 尺寸: '14cm' }],
      ['TIP', '裱花嘴', { 款式: '8齿' }],
    ]),
    said: [
      ['菜板 40*30', 'BOARD'],
      ['笼屉 30cm', 'STEAMER'],
      ['笊篱', 'SKIMMER'],
      ['裱花头 8齿', 'TIP'],
    ],
    notSaid: ['裱花袋'],
  },
  {
    trade: 'a music-shop stall (尤克里里, 变调夹, 调音器, 竖笛)',
    products: stall([
      ['UKE', '尤克里里', { 尺寸: '23寸' }],
      ['CAPO', '变调夹', { 颜色: '黑' }],
      ['TUNER', '调音器', { 款式: '夹式' }],
      ['RECORDER', '竖笛', { 孔数: '8孔' }],
    ]),
    said: [
      ['乌克丽丽 23寸', 'UKE'],
      ['移调夹', 'CAPO'],
      ['校音器', 'TUNER'],
      ['直笛 8孔', 'RECORDER'],
    ],
    notSaid: ['口琴'],
  },
  {
    trade: 'a stationery and furniture stall (卷笔刀, 作业本, 办公椅, 床垫)',
    products: stall([
      ['SHARPENER', '卷笔刀', { 款式: '手摇' }],
      ['EXERCISE', '作业本', { 规格: '16K' }],
      ['CHAIR', '办公椅', { 颜色: '黑' }],
      ['MATTRESS', '床垫', { 尺寸: '1.8米' }],
    ]),
    said: [
      ['削笔刀 手摇', 'SHARPENER'],
      ['练习本 16K', 'EXERCISE'],
      ['电脑椅 黑', 'CHAIR'],
      ['席梦思 1.8米', 'MATTRESS'],
    ],
    notSaid: ['铅笔'],
  },
  {
    trade: 'a sewing and shoe stall (四合扣, 五爪扣, 缝纫线, 解放鞋)',
    products: stall([
      ['SPRING-SNAP', '四合扣', { 直径: '15mm' }],
      ['PRONG-SNAP', '五爪扣', { 直径: '9.5mm' }],
      ['THREAD', '缝纫线', { 支数: '402' }],
      ['LIBERATION', '解放鞋', { 尺码: '42' }],
    ]),
    said: [
      ['揿扣 15mm', 'SPRING-SNAP'],
      ['车缝线 402', 'THREAD'],
      ['军胶鞋 42', 'LIBERATION'],
    ],
    // 按扣 names both snaps
    notSaid: ['按扣'],
  },
  {
    trade: 'a chemicals and farm-inputs stall (重钙粉, 钛白粉, 石硫合剂, 草甘膦)',
    products: stall([
      ['CACO3', '重质碳酸钙', { 目数: '400目' }],
      ['TIO2', '钛白粉', { 型号: '金红石型' }],
      ['LIME-SULPHUR', '石硫合剂', { 含量: '45%' }],
      ['GLYPHOSATE', '草甘膦', { 含量: '41%' }],
    ]),
    said: [
      ['双飞粉 400目', 'CACO3'],
      ['二氧化钛 金红石型', 'TIO2'],
      ['石灰硫磺合剂', 'LIME-SULPHUR'],
      ['农达 41%', 'GLYPHOSATE'],
    ],
    notSaid: ['轻钙粉'],
  },
  {
    trade: 'a clinic-supplies stall (创可贴, 输液贴, 氧化锌胶布)',
    products: stall([
      ['PLASTER', '创可贴', { 规格: '100片' }],
      ['IV-PATCH', '输液贴', { 规格: '38*60mm' }],
      ['ZINC-TAPE', '氧化锌胶布', { 宽度: '2.5cm' }],
    ]),
    said: [
      ['邦迪 100片', 'PLASTER'],
      ['针眼贴', 'IV-PATCH'],
      ['橡皮膏 2.5cm', 'ZINC-TAPE'],
    ],
    notSaid: ['纱布'],
  },
  {
    trade: 'a household-goods stall (衣夹, 收纳箱, 擀面杖, 高压锅, 泡沫箱)',
    products: stall([
      ['PEGS', '衣夹', { 数量: '20个' }],
      ['BOX', '收纳箱', { 容量: '60L' }],
      ['ROLLER', '擀面杖', { 长度: '40cm' }],
      ['COOKER', '高压锅', { 口径: '22cm' }],
      ['FOAM', '泡沫箱', { 规格: '5号' }],
    ]),
    said: [
      ['晾衣夹 20个', 'PEGS'],
      ['整理箱 60L', 'BOX'],
      ['擀面棍 40cm', 'ROLLER'],
      ['压力锅 22cm', 'COOKER'],
      ['保温箱 5号', 'FOAM'],
    ],
    notSaid: ['垃圾袋'],
  },
  {
    trade: 'an appliance and audio stall (取暖器, 电热毯, 音箱, 话筒)',
    products: stall([
      ['HEATER', '取暖器', { 功率: '2000W' }],
      ['BLANKET', '电热毯', { 尺寸: '1.8*1.5' }],
      ['SPEAKER', '音箱', { 功率: '50W' }],
      ['MIC', '话筒', { 类型: '无线' }],
    ]),
    said: [
      ['电暖器 2000W', 'HEATER'],
      ['电褥子', 'BLANKET'],
      ['音响 50W', 'SPEAKER'],
      ['麦克风 无线', 'MIC'],
    ],
    notSaid: ['电热水壶'],
  },
  {
    trade: 'a sports and toy stall (乒乓球拍, 羽毛球拍, 瑜伽垫, 溜溜球)',
    products: stall([
      ['TT-BAT', '乒乓球拍', { 款式: '横拍' }],
      ['BADMINTON', '羽毛球拍', { 材质: '碳素' }],
      ['MAT', '瑜伽垫', { 厚度: '10mm' }],
      ['YOYO', '溜溜球', { 颜色: '红' }],
    ]),
    said: [
      ['乒乓拍 横拍', 'TT-BAT'],
      ['羽拍 碳素', 'BADMINTON'],
      ['健身垫 10mm', 'MAT'],
      ['悠悠球 红', 'YOYO'],
    ],
    // 球拍 is either racket
    notSaid: ['球拍'],
  },
  {
    trade: 'an underwear and baby stall (内裤, 文胸, 围嘴) and a clinic counter (血压计)',
    products: stall([
      ['BRIEFS', '内裤', { 尺码: 'L' }],
      ['BRA', '文胸', { 尺码: '75B' }],
      ['BIB', '围嘴', { 材质: '纯棉' }],
      ['BP', '血压计', { 类型: '上臂式' }],
    ]),
    said: [
      ['底裤 L', 'BRIEFS'],
      ['胸罩 75B', 'BRA'],
      ['围兜 纯棉', 'BIB'],
      ['血压仪 上臂式', 'BP'],
    ],
    notSaid: ['血糖仪'],
  },
];

describeStalls('Trade words of more aisles', CASES);
