/**
 * The lexicon's groups of the producer trades of a wholesale market: chemicals, medicine for people and animals,
 * farm inputs and feed, more of building and decoration, vehicles' parts, office and print, signs, electronics,
 * hydraulics. Same rules as trade-lexicon-groups.ts: true synonyms only, a word that also names another thing is
 * loose or limited to a family.
 */
import { products, type TradeWordGroup } from './trade-word-group.js';

/** A drug's forms, as a catalog writes them after its name (阿苯达唑片, 多西环素可溶性粉). */
const DRUG_FORMS = [
  '片',
  '粉',
  '丸',
  '膏',
  '胶囊',
  '颗粒',
  '溶液',
  '注射液',
  '可溶性粉',
  '口服液',
  '混悬液',
  '软膏',
  '乳膏',
];

/** The producer trades' groups. */
export const TRADE_LEXICON_OF_INDUSTRY: readonly TradeWordGroup[] = [
  ...products(
    '化工',
    // a chemical by its trade name and its proper one; a form (片碱, 粒碱) or a grade is another product
    `
    氢氧化钠 烧碱 火碱 苛性钠
    碳酸钠 纯碱
    碳酸氢钠 小苏打 食粉
    过氧化氢 双氧水
    乙醇 酒精
    次氯酸钠 漂水
    聚合氯化铝 聚铝 PAC
    聚丙烯酰胺 PAM | 絮凝剂
    无水硫酸钠 元明粉 硫酸钠
    冰醋酸 冰乙酸
    草酸 乙二酸
    氯化钙 | 融雪剂
    生石灰 氧化钙
    熟石灰 氢氧化钙 消石灰
    硫酸铜 胆矾 蓝矾
    高锰酸钾 灰锰氧
    三氯异氰尿酸 强氯精
    二氧化氯 二氧化氯消毒剂
    柠檬酸 枸橼酸
    `,
  ),
  ...products(
    '药品',
    // a drug's common name for its generic one (people's and animals' medicine share them)
    `
    多西环素 强力霉素 盐酸多西环素 脱氧土霉素
    对乙酰氨基酚 扑热息痛
    阿莫西林 羟氨苄青霉素
    头孢氨苄 先锋四号 先锋4号
    甲硝唑 灭滴灵
    黄连素 盐酸小檗碱 小檗碱
    维生素C 维C VC
    维生素B1 维B1 VB1
    复合维生素B 复合维B
    葡萄糖酸钙 葡萄糖钙
    氯化钠注射液 生理盐水 | 盐水
    聚维酮碘 碘伏 聚维酮碘溶液 碘伏溶液 碘伏消毒液
    碘酊 碘酒
    `,
    { forms: DRUG_FORMS },
  ),
  ...products(
    '药品',
    `
    过氧化氢溶液 医用双氧水
    医用酒精 消毒酒精
    棉签 棉棒
    医用纱布 纱布
    医用胶带 医用胶布
    一次性注射器 针管 | 注射器
    输液器 输液管
    体温计 体温表 | 温度计
    `,
  ),
  ...products(
    '兽药',
    // vaccines and drugs of a vet counter by the names farmers use
    `
    鸡新城疫、传染性支气管炎二联活疫苗 鸡新城疫传染性支气管炎二联活疫苗 新城疫、传染性支气管炎二联 新城疫传染性支气管炎二联 新支二联 新支二联苗 新支二联活疫苗
    鸡传染性法氏囊病活疫苗 传染性法氏囊病 法氏囊疫苗 法氏囊苗 法氏囊活疫苗 | 法氏囊
    猪瘟活疫苗 猪瘟疫苗 猪瘟苗
    口蹄疫疫苗 口蹄疫苗
    注射液 注射剂 针剂 | 针
    连续注射器 连续注射枪
    `,
  ),
  ...products(
    '兽药',
    `
    长效土霉素 长效土
    阿苯达唑 丙硫咪唑 抗蠕敏
    左旋咪唑 左咪唑 盐酸左旋咪唑
    过硫酸氢钾复合物 过硫酸氢钾
    戊二醛癸甲溴铵
    `,
    { forms: DRUG_FORMS },
  ),
  ...products(
    '农资',
    `
    敌敌畏 DDV
    吡虫啉 蚜虱净
    阿维菌素 阿维
    硫酸钾 硫酸钾肥
    氯化钾 氯化钾肥
    过磷酸钙 过磷酸钙肥 普钙
    碳酸氢铵 碳铵
    硝酸铵钙 硝铵钙
    遮阳网 遮光网 遮荫网
    防虫网 防虫纱网
    滴灌带 | 滴灌管
    喷雾器 打药桶 | 喷壶
    `,
  ),
  ...products(
    '饲料',
    `
    麸皮 麦麸 小麦麸
    玉米蛋白粉 玉米蛋白
    预混料 预混合饲料
    浓缩料 浓缩饲料
    全价料 全价饲料 配合饲料
    教槽料 乳猪料
    `,
  ),
  ...products(
    '建材',
    `
    雪弗板 雪佛板 PVC发泡板 | 发泡板 PVC结皮板
    亚克力板 有机玻璃 亚克力 压克力 有机玻璃板
    阳光板 PC阳光板 | PC板
    耐力板 PC耐力板
    铝塑板 铝塑复合板
    白水泥 白色硅酸盐水泥
    钢丝网片 钢筋网片
    镀锌电焊网 电焊网 焊网
    六角网 拧花网 鸡网
    荷兰网 波浪网
    钢板网 菱形网 拉伸网
    刺绳 刺铁丝 带刺铁丝 铁蒺藜 刺丝
    密目网 密目安全网
    彩钢瓦 压型钢板 | 彩钢板
    镀锌钢管 镀锌管
    方管 方钢管 方通
    矩形管 矩管 矩形钢管
    角钢 角铁
    槽钢 槽铁
    工字钢 工钢
    螺纹钢 罗纹钢 | 钢筋
    圆钢 圆铁
    扁钢 扁铁
    脚手架扣件 扣件
    脚手管 架子管 钢管架子
    `,
  ),
  ...products(
    '装饰',
    `
    墙纸 壁纸
    墙布 壁布
    踢脚线 踢脚板 地脚线
    木地板 | 地板
    强化地板 强化复合地板 | 复合地板
    大理石 云石
    美缝剂 美缝胶
    窗帘杆 | 罗马杆
    窗帘轨道 窗帘滑轨
    `,
  ),
  ...products(
    '车辆',
    // motorbikes, e-bikes and bicycles
    `
    内胎 里胎 内带
    外胎 外带
    真空胎 无内胎
    转向灯 方向灯
    尾灯泡 刹车灯泡
    油门线 油门拉线
    离合线 离合拉线 离合器线
    电动车电池 电瓶车电池 电车电池
    电动车控制器 电车控制器 电瓶车控制器 | 控制器
    电动车充电器 电瓶车充电器 电车充电器 | 充电器
    车座 鞍座 | 坐垫
    脚撑 撑脚 | 支架
    `,
  ),
  ...products(
    '液压',
    `
    高压胶管 高压油管 液压胶管 液压管 高压管
    `,
    { family: ['胶管', '油管', '液压'] },
  ),
  ...products(
    '液压',
    `
    钢丝缠绕高压胶管 缠绕管 缠绕胶管
    钢丝编织高压胶管 编织胶管 钢编管
    扣压接头 扣压头 胶管接头
    O型圈 O形圈 | 密封圈 胶圈
    油缸修理包 油缸油封 | 修理包 油封包
    液压油 | 抗磨液压油 抗磨油
    快速接头 快换接头
    `,
  ),
  ...products(
    '五金机电',
    // lifting, belts, seals, motors, refrigeration, solar, glues, taps and dies
    `
    吊装带 吊带 扁平吊带 | 吊绳
    卸扣 | U型卸扣 弓形卸扣
    手拉葫芦 倒链 手动葫芦 链条葫芦
    钢丝绳卡 绳卡 钢丝绳夹 钢丝卡头
    三角带 三角皮带 V带
    同步带 同步皮带
    油封 | 骨架油封
    电动机 马达 电机
    制冷剂 冷媒 雪种 氟利昂
    光伏板 太阳能板 太阳能电池板 光伏组件
    百叶片 百页片
    丝锥 丝攻
    板牙 | 圆板牙
    二保焊丝 气保焊丝 二氧化碳焊丝 CO2焊丝
    502胶 502胶水 瞬干胶 | 快干胶
    AB胶 | 环氧胶 环氧树脂胶
    白乳胶 乳白胶 木工胶 | 白胶
    橡塑保温棉 橡塑棉
    橡塑保温管 橡塑管
    橡塑保温板 橡塑板
    玻璃棉 玻璃丝棉 玻璃纤维棉
    钢化玻璃 钢化玻璃板
    夹胶玻璃 夹层玻璃
    中空玻璃 双层中空玻璃
    `,
  ),
  ...products(
    '五金电工',
    `
    拉铆枪 铆钉枪 拉钉枪
    钢锯条 锯条
    线坠 线锤 吊线锤
    油灰刀 批刀 腻子刀 | 刮刀
    抹子 泥抹子 抹泥板 | 泥板
    瓦刀 砌刀
    热缩管 热缩套管
    钢钉线卡 | 线卡
    计量箱 电表箱 表箱
    `,
  ),
  ...products(
    '汽车用品',
    `
    洗车液 洗车水 洗车香波
    车蜡 汽车蜡
    轮胎光亮剂 轮胎蜡 轮胎釉
    正时皮带 正时带
    `,
  ),
  ...products(
    '医用',
    `
    酒精棉片 酒精片
    医用检查手套 检查手套
    `,
  ),
  ...products(
    '办公印刷',
    `
    硒鼓 鼓粉盒 粉鼓
    墨盒 墨水盒
    碳粉 墨粉
    复印纸 打印纸 | A4纸
    收银纸 小票纸 | 热敏纸
    不干胶 不干胶标签 | 标签纸
    订书机 钉书机
    订书钉 钉书钉 订书针
    回形针 曲别针
    长尾夹 燕尾夹
    便利贴 便签纸
    中性笔 水笔 | 签字笔
    圆珠笔 原子笔
    记号笔 马克笔 油性笔
    荧光笔 荧光标记笔
    白板笔 白板记号笔
    胶棒 固体胶
    修正带 改正带
    文件夹 资料夹
    档案盒 文件盒
    `,
  ),
  ...products(
    '广告喷绘',
    `
    车身贴 车贴
    KT板 | 泡沫板 展板
    易拉宝 易拉宝展架
    X展架 X架 X型展架
    冷裱膜 冷裱
    `,
  ),
  ...products(
    '仪表',
    // a gauge's cock valve by the trade's loan word
    `
    旋塞 考克
    `,
  ),
  ...products(
    '电子元器件',
    `
    贴片电阻 片阻 SMD电阻
    贴片电容 片容 MLCC
    电解电容 | 电解
    发光二极管 LED灯珠 灯珠
    三极管 晶体管
    稳压管 稳压二极管
    保险管 保险丝管
    杜邦线 | 跳线
    `,
  ),
];
