/**
 * The lexicon's groups of more aisles of a wholesale market: bicycles, motorbikes and e-bikes, hoses, ceilings and
 * partitions, construction machinery, hair and nails, incense and festival goods, computers and phones, kitchen and
 * hotel, musical instruments, furniture, office and school, sewing, shoes, food and drink, medicine, farm and
 * chemicals. Same rules as trade-lexicon-groups.ts: true synonyms only; a word that also names another thing
 * (刹车皮 is a car's pad, a drum brake's shoe and a bicycle's rim pad; 蛇皮管 a garden hose and an electrician's
 * metal conduit) is loose in each group it may name, so that a catalog selling two of them asks which.
 */
import { products, values, type TradeWordGroup } from './trade-word-group.js';

/** The aisles' groups. */
export const TRADE_LEXICON_OF_AISLES: readonly TradeWordGroup[] = [
  ...products(
    '车辆',
    // 闸 is 刹车 in the bicycle and motorbike trades: 闸线 the brake cable, 闸皮 a brake's pad or shoe
    `
    刹车线 刹车拉线 闸线 车闸线 刹车拉索
    前刹车线 前闸线 前刹线 前刹车拉线
    后刹车线 后闸线 后刹线 后刹车拉线
    变速线 变速拉线 变速器线
    辐条 钢丝辐条 车条 车辐条
    V刹皮 V刹块 V刹刹车皮 V刹片 | 刹车皮 闸皮
    刹车蹄 刹车蹄块 鼓刹片 刹车蹄片 鼓刹蹄片 | 刹车皮 闸皮
    碟刹片 碟刹皮 盘刹片 | 刹车皮 闸皮
    刹车把 刹把 闸把 刹车手柄 刹车把手
    车铃 车铃铛 | 铃铛
    打气筒 充气筒 气筒 打气机
    脚蹬 脚踏 脚蹬子 | 脚踏板
    把套 车把套 手把套 握把套
    转把 调速转把 调速把 加速转把
    气门芯 气门嘴芯 气嘴芯
    补胎片 补胎贴 | 冷补片
    补胎胶水 补胎胶
    车圈 轮圈 | 钢圈 轮辋
    飞轮 后飞轮 | 塔轮
    实心胎 免充气胎
    `,
  ),
  ...values(
    '车辆',
    'any',
    // a tube's valve: 美嘴 is the car-type (Schrader), 法嘴 the thin one (Presta), 英嘴 the old Dunlop; 大嘴 is said
    // of the two thick ones
    `
    美嘴 美式嘴 美式气嘴 美式气门嘴 汽车嘴 | 大嘴 粗嘴
    法嘴 法式嘴 法式气嘴 法式气门嘴 细嘴 尖嘴 | 小嘴
    英嘴 英式嘴 英式气嘴 英式气门嘴 普通嘴 | 大嘴 粗嘴
    `,
    { family: ['胎', '气门', '气嘴', '打气'] },
  ),
  ...values(
    '车辆',
    'any',
    // a bulb by its base: BAY15D has two filaments (tail and brake light), BA15S one
    `
    BAY15D 双丝 双丝灯泡 1157
    BA15S 单丝 单丝灯泡 1156
    `,
    { family: ['灯泡', '灯'] },
  ),
  ...values(
    '车辆',
    'any',
    // a motorbike model by the name the trade calls it
    `
    GN125 铃木王
    `,
    { family: ['摩托', '线', '刹车', '链'] },
  ),
  ...products(
    '水管',
    // a PVC hose with a polyester mesh inside is 蛇皮管 to a farmer; to an electrician 蛇皮管 is a metal conduit
    `
    纤维增强管 纤维增强软管 PVC纤维增强软管 纤维管 网纹管 | 网线管 蛇皮管
    包塑金属软管 金属蛇皮管 包塑蛇皮管 | 蛇皮管 金属软管
    钢丝软管 PVC钢丝软管 PVC钢丝管 钢丝增强软管 钢丝螺旋管 | 钢丝管
    透明软管 PVC透明软管 牛筋管 水平管 | 透明管
    涂塑水带 涂塑软管 农用水带 | 水带
    消防水带 消防带 消防水龙带 | 水带
    宝塔接头 宝塔头 宝塔嘴
    `,
  ),
  ...products(
    '吊顶隔墙',
    `
    主龙骨 大龙骨 承载龙骨 主骨
    副龙骨 覆面龙骨 副骨 | 小龙骨
    三角龙骨 三角骨 扣板龙骨 | 小龙骨
    竖龙骨 竖龙 隔墙竖龙骨
    天地龙骨 天地龙 沿地龙骨
    铝扣板 铝合金扣板 | 扣板
    矿棉板 矿棉吸音板 矿棉吸声板
    石膏线 石膏角线 石膏线条
    `,
  ),
  ...values(
    '工程机械',
    'any',
    // an excavator's cylinders: the boom (大臂), the arm (小臂) and the bucket (挖斗)
    `
    动臂 大臂 动臂油缸 大臂油缸
    斗杆 小臂 二节臂 斗杆油缸 小臂油缸
    铲斗 挖斗 铲斗油缸 挖斗油缸
    `,
    { family: ['油缸', '修理包', '挖掘机', '挖机', '勾机'] },
  ),
  ...products(
    '美发美甲',
    `
    烫发水 烫发剂 烫发药水 | 冷烫精 冷烫水
    电吹风 吹风机 吹风筒 风筒
    直发夹 直板夹 拉直板 直发器
    卷发棒 卷棒 | 卷发器
    理发围布 剪发围布 围布
    甲油胶 美甲胶 指甲油胶
    美甲灯 光疗灯 美甲光疗灯 | 烤灯
    卸甲水 卸甲液 | 洗甲水
    甲片 指甲片 美甲片 | 假指甲
    锉条 指甲锉 美甲锉条 | 磨砂条
    `,
  ),
  ...products(
    '香烛',
    `
    竹签香 竹枝香 签香 | 竹香
    盘香 环香 圈香
    酥油灯 酥油蜡烛 | 供灯 佛灯
    纸钱 烧纸 | 火纸
    `,
  ),
  ...products(
    '电脑手机',
    `
    U盘 优盘 闪存盘
    内存条 内存 | 条子
    固态硬盘 固态 SSD 固态盘
    机械硬盘 机械盘 HDD
    键鼠套装 键鼠套 键盘鼠标套装
    移动电源 充电宝
    钢化膜 手机膜 钢化玻璃膜 | 玻璃膜 贴膜
    手机壳 手机套 手机保护壳 | 保护壳
    数据线 充电线
    显示器 | 显示屏 屏幕
    `,
  ),
  ...values(
    '电脑手机',
    'any',
    // a memory module's generation: D4 and 四代 for DDR4
    `
    DDR4 D4 四代
    DDR5 D5 五代
    DDR3 D3 三代
    `,
    { family: ['内存'] },
  ),
  ...values(
    '电脑手机',
    'any',
    // a cable's plug: 安卓口 is the old Micro USB, 苹果口 Apple's Lightning
    `
    Type-C TypeC C口 Type-C口 typec口
    Micro Micro口 MicroUSB 安卓口
    Lightning Lightning口 苹果口
    `,
    { family: ['线', '充电', '转接'] },
  ),
  ...products(
    '厨房酒店',
    `
    保鲜膜 食品保鲜膜
    锡纸 铝箔纸 烧烤锡纸 | 锡箔纸
    砧板 菜板 案板 切菜板
    汤桶 | 汤锅 桶锅
    蒸笼 笼屉 蒸屉
    漏勺 笊篱
    锅铲 炒菜铲 | 铲子
    不锈钢盆 钢盆 | 盆子
    打蛋器 | 打蛋机
    裱花嘴 裱花头 花嘴
    裱花袋 挤花袋
    `,
  ),
  ...products(
    '乐器',
    // (no word holding 吉他 alone: 吉他包 / 吉他背带 are read by the words of the shop's 吉他琴包 and the like; a
    // lexicon word 吉他 or 夏威夷小吉他 took the 吉他 of 吉他包 and left 包 unread)
    `
    民谣吉他 木吉他
    尤克里里 乌克丽丽 乌克里里
    电子琴 | 电子键盘
    口琴 复音口琴
    竖笛 直笛
    吉他弦 吉他琴弦 | 琴弦
    变调夹 移调夹
    调音器 校音器
    拨片 吉他拨片
    `,
  ),
  ...products(
    '家具',
    `
    办公椅 电脑椅 | 转椅
    沙发 | 沙发椅
    衣柜 衣橱
    床垫 席梦思
    茶台 茶桌
    `,
  ),
  ...products(
    '文具',
    `
    作业本 练习本 | 本子
    橡皮 橡皮擦
    卷笔刀 削笔刀 削笔器
    直尺 | 尺子
    文件袋 资料袋 | 档案袋
    液体胶 | 胶水
    彩笔 水彩笔
    `,
  ),
  ...products(
    '缝纫',
    `
    缝纫线 车线 车缝线 | 宝塔线
    纽扣 钮扣 | 扣子
    四合扣 揿扣 | 按扣
    五爪扣 | 按扣
    拉头 拉链头 | 拉片
    无纺衬 纸衬
    `,
  ),
  ...products(
    '鞋服',
    `
    解放鞋 军胶鞋 | 胶鞋
    秋衣 | 保暖内衣 保暖衣
    秋裤 衬裤
    `,
  ),
  ...products(
    '食品',
    `
    老抽 老抽酱油
    生抽 生抽酱油
    陈醋 | 老陈醋
    香醋 | 镇江香醋
    `,
  ),
  ...products(
    '医药',
    `
    创可贴 邦迪 止血贴
    输液贴 输液敷贴 针眼贴
    氧化锌胶布 橡皮膏 | 医用胶布
    碘伏棉签 碘伏棉棒
    `,
  ),
  ...products(
    '农资',
    `
    草甘膦 | 农达 除草剂
    代森锰锌 | 大生
    石硫合剂 石灰硫磺合剂
    波尔多液 波尔多
    水溶肥 水溶性肥料
    `,
  ),
  ...products(
    '化工',
    `
    双飞粉 重钙粉 重质碳酸钙
    轻钙粉 轻质碳酸钙 轻钙
    滑石粉 滑石
    钛白粉 二氧化钛
    白矿油 白油
    甘油 丙三醇
    `,
  ),
  ...products(
    '日杂',
    `
    衣架 | 挂衣架
    衣夹 晾衣夹 | 夹子
    收纳箱 整理箱 储物箱
    保鲜盒 密封盒 | 饭盒
    垃圾桶 垃圾筒 | 果皮箱
    擀面杖 擀面棍 面杖
    磨刀石 磨石 | 油石
    调料盒 调味盒 调味罐 | 调料罐
    高压锅 压力锅
    泡沫箱 | 保温箱
    `,
  ),
  ...products(
    '家电数码',
    `
    电暖器 取暖器 电暖气 | 小太阳
    电热毯 电褥子
    电磁炉 电磁灶
    音箱 音响 | 喇叭
    麦克风 话筒
    充电头 快充头 | 充电器
    `,
  ),
  ...products(
    '文体玩具',
    `
    乒乓球拍 乒乓拍 | 球拍
    羽毛球拍 羽拍 | 球拍
    瑜伽垫 健身垫 | 垫子
    呼啦圈 健身圈
    毽子 毽球
    悠悠球 溜溜球
    魔方 魔术方块
    `,
  ),
  ...products(
    '服装',
    `
    内裤 底裤 | 裤头 裤衩
    文胸 胸罩 | 内衣
    围嘴 围兜 饭兜 | 口水巾
    `,
  ),
  ...products(
    '医疗器械',
    `
    血压计 血压仪 量血压仪
    血糖仪 测糖仪
    `,
  ),
  ...products(
    '节庆',
    `
    灯笼 | 大红灯笼
    窗花 剪纸窗花
    挂历 月历
    台历 桌历
    `,
  ),
];
