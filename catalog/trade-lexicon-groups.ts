/**
 * Words of the wholesale trades that name the same thing (壁虎 / 膨胀螺丝, 螺帽 / 螺母, 台盆 / 面盆), as data: what a
 * good shop assistant knows and no shop's catalog lists in full. Only true synonyms: a word that names different
 * things in different trades is left out, or loose, or limited to a family. Read by trade-lexicon.ts.
 */

/** Kinds of attribute a value group may name; an attribute of a catalog is of a kind when its name says so. */
export type AttributeKind = 'colour' | 'light' | 'material' | 'switch' | 'seal' | 'any';

/** How an attribute name tells its kind (颜色 is a colour, 光色 / 色温 a light colour, 材质 a material). */
export const ATTRIBUTE_KIND_NAMES: Record<AttributeKind, RegExp> = {
  colour: /^(?!.*(光|温)).*色/,
  light: /光|色温/,
  material: /材|料/,
  switch: /开关|控制|联|位|开数|类型|型号|规格|款式/,
  seal: /密封|防尘|盖/,
  any: /./,
};

/**
 * One set of words that mean the same thing in a trade.
 * - `names`: `product` for words naming a product (a name, alias or category), otherwise the kind of attribute
 *   whose values they are;
 * - `words`: true synonyms, each may stand for every other;
 * - `loose`: words customers use for this thing that also name other things (软管 is also a conduit): added where
 *   one of `words` is a catalog word, never read as a sign of the family themselves;
 * - `family`: when given, the group applies only to products whose name, aliases or category hold one of these.
 */
export interface TradeWordGroup {
  trade: string;
  names: 'product' | AttributeKind;
  words: readonly string[];
  loose?: readonly string[];
  family?: readonly string[];
}

type Options = Pick<TradeWordGroup, 'family'>;

/** Groups of one trade, a line each: `编织管 进水软管 | 软管` (words after `|` are loose). */
function groups(
  trade: string,
  names: TradeWordGroup['names'],
  lines: string,
  options: Options,
): TradeWordGroup[] {
  return lines
    .trim()
    .split('\n')
    .map((line) => {
      const [words = '', loose = ''] = line.split('|');
      return {
        trade,
        names,
        words: words.trim().split(/\s+/),
        ...(loose.trim() && { loose: loose.trim().split(/\s+/) }),
        ...options,
      };
    });
}

function products(trade: string, lines: string, options: Options = {}): TradeWordGroup[] {
  return groups(trade, 'product', lines, options);
}

function values(trade: string, kind: AttributeKind, lines: string, options: Options = {}): TradeWordGroup[] {
  return groups(trade, kind, lines, options);
}

/** The lexicon: every group, by trade. A line is one group; words after `|` are its loose words. */
export const TRADE_LEXICON: readonly TradeWordGroup[] = [
  ...products(
    '五金',
    `
    膨胀螺丝 膨胀螺栓 壁虎 金属膨胀螺丝 铁膨胀 膨胀栓 膨胀丝
    塑料膨胀管 膨胀管 塑料胀塞 胀塞 胶塞 塑料膨胀 胶粒 塑料胀管
    螺母 螺帽 螺丝帽
    垫片 垫圈 介子 华司
    平垫 平垫片 平垫圈 平华司
    弹垫 弹簧垫圈 弹簧垫片 弹簧垫 弹簧华司
    丝杆 螺杆 牙条 全牙螺杆 通丝 牙棒 螺纹杆 全丝
    自攻钉 自攻螺丝 自攻丝 自攻
    钻尾螺丝 钻尾钉 燕尾钉 钻尾丝 燕尾螺丝 钻尾
    拉铆钉 抽芯铆钉 拉钉 抽芯拉铆钉
    内六角螺丝 内六角螺栓 杯头螺丝 杯头
    外六角螺丝 外六角螺栓 六角螺栓
    元宝螺丝 蝶形螺丝 蝴蝶螺丝 手拧螺丝
    蝶形螺母 元宝螺母 蝴蝶螺母
    盖形螺母 盖帽螺母 装饰螺母
    法兰螺母 带垫螺母
    尼龙锁紧螺母 防松螺母 尼龙螺母 锁紧螺母
    化学锚栓 化学螺栓 化学膨胀螺丝
    水泥钉 钢钉 水泥钢钉
    木螺丝 木螺钉
    干壁钉 石膏板钉 石膏板螺丝 干壁螺丝
    吊环螺丝 吊环螺栓
    U型螺栓 U型螺丝 骑马螺丝 U型丝
    合页 铰链 合叶
    拉手 把手
    抽屉滑轨 抽屉导轨 滑轨
    喉箍 卡箍 喉卡
    钢丝绳 钢丝绳索
    扎带 尼龙扎带 束线带 扎线带
    铁丝 扎丝 绑丝 铁线
    挂锁 锁头
    门吸 门碰 门挡
    螺丝 螺钉
    开口销 开口销子
    角码 角铁码
    `,
  ),
  ...products(
    '水暖',
    `
    生料带 生胶带 四氟带 密封生料带
    角阀 三角阀 八字阀
    编织管 编织软管 进水软管 进水管 上水管 不锈钢编织管 | 软管
    龙头 水龙头 水嘴 水咀 龙头水嘴
    地漏 地漏芯 | 下水口
    台盆 面盆 洗手盆 洗脸盆 洗面盆
    墩布池 拖把池 拖布池 拖把盆 墩布盆 拖布盆
    马桶 坐便器 坐便 座便器 座便 抽水马桶
    蹲便 蹲便器 蹲坑 蹲厕
    花洒 淋浴花洒 莲蓬头 | 淋浴 淋浴器 花洒套装
    浴缸 浴盆
    存水弯 反水弯 返水弯 防臭弯
    下水器 落水 排水器 面盆下水器
    水表 水量表
    闸阀 闸门阀
    止回阀 单向阀 逆止阀 止逆阀
    截止阀 截门
    PPR管 PPR水管 热熔管
    PVC排水管 排水管 下水管 PVC下水管
    PE管 PE水管 聚乙烯管
    铝塑管 铝塑复合管
    热熔器 热熔机 熔接器 焊管机
    弯头 弯管头
    直通 直接头 管箍接头
    内丝弯头 内牙弯头
    外丝弯头 外牙弯头
    内丝直接 内牙直接
    外丝直接 外牙直接
    内丝三通 内牙三通
    堵头 管堵 闷头 丝堵
    活接 由任 活接头
    补芯 内外丝
    PVC胶水 管道胶 PVC胶
    马桶盖 坐便盖 马桶盖板 坐便器盖 马桶圈
    暖气片 | 散热器
    地暖管 地热管
    分水器 集分水器
    小便器 小便斗 小便池
    延时阀 延时冲洗阀
    排气扇 换气扇 排风扇
    浴室柜 浴柜
    `,
  ),
  ...products(
    '电工',
    `
    空开 空气开关 断路器 小型断路器 微断 空气断路器
    漏保 漏电保护器 漏电开关 漏电断路器 漏电保护开关
    插座 插座面板 | 插口
    开关面板 | 开关
    线管 电线管 PVC线管 PVC电线管 穿线管 电工套管 阻燃管
    底盒 暗盒 86盒 开关底盒 线盒 | 接线盒
    灯泡 球泡 球泡灯 LED灯泡 LED球泡
    筒灯 孔灯 LED筒灯
    配电箱 电箱 强电箱 空开箱
    弱电箱 多媒体箱 信息箱 光纤箱
    电工胶布 绝缘胶布 电胶布 黑胶布 电工胶带 绝缘胶带 | 胶布
    线鼻子 铜鼻子 接线鼻 接线鼻子
    排插 插排 插线板 拖线板 接线板 排插座
    护套线 护套电线
    单芯线 硬线 BV线 单股线
    多股线 软线 BVR线
    网线插座 电脑插座 网络插座
    电视插座 闭路插座 有线电视插座
    接触器 交流接触器
    线槽 走线槽 PVC线槽 明线槽
    灯头 灯座
    电表 电度表 电能表
    保险丝 熔丝
    `,
  ),
  ...products(
    '电工',
    `
    地线 黄绿线 双色线 接地线 黄绿双色线
    火线 相线
    零线 中性线
    `,
    { family: ['电线', '电缆', '线缆', 'bv', 'rv'] },
  ),
  ...products(
    '建材',
    `
    腻子 腻子粉 耐水腻子 刮墙腻子 批墙腻子
    乳胶漆 墙面漆 内墙漆 内墙乳胶漆
    外墙漆 外墙涂料 外墙乳胶漆
    美纹纸 美纹胶带 分色纸 美纹纸胶带 分色胶带
    石膏板 纸面石膏板 纸石膏板
    轻钢龙骨 轻钢龙骨架
    瓷砖胶 瓷砖粘结剂 瓷砖粘合剂 瓷砖粘贴剂
    防水涂料 防水涂膜
    JS防水涂料 JS防水 JS 聚合物水泥防水涂料
    填缝剂 勾缝剂 嵌缝剂
    玻璃胶 硅酮胶 硅酮密封胶
    发泡胶 泡沫胶 发泡剂 聚氨酯泡沫填缝剂 填缝发泡剂
    水泥 洋灰
    沙子 砂子 黄沙 建筑沙 建筑砂
    红砖 标砖 黏土砖 粘土砖
    加气块 加气砖 加气混凝土砌块 加气
    界面剂 界面处理剂
    墙固 墙面固化剂
    地固 地面固化剂
    网格布 玻纤网 玻璃纤维网格布 玻纤网格布
    木工板 大芯板 细木工板
    多层板 胶合板 夹板
    免钉胶 免钉 免钉胶水
    砂纸 砂皮
    滚筒 滚刷 漆滚 滚筒刷
    漆刷 油漆刷
    挤塑板 XPS板 XPS 挤塑保温板
    聚苯板 EPS板 EPS 聚苯保温板
    岩棉板 岩棉保温板
    `,
  ),
  ...products(
    '工具',
    `
    扳手 扳子
    活动扳手 活扳手 活口扳手 活扳 活动扳子
    梅花扳手 梅花扳子
    开口扳手 呆扳手 开口扳子
    螺丝刀 起子 改锥 螺丝起子 螺刀 改刀 螺丝批
    十字螺丝刀 十字起子 十字改锥 十字批
    一字螺丝刀 一字起子 一字改锥 一字批
    批头 批嘴 起子头 螺丝批头 电批头
    老虎钳 钢丝钳 克丝钳 | 钳子
    尖嘴钳 尖头钳
    斜口钳 斜嘴钳 偏口钳
    卷尺 盒尺 钢卷尺 拉尺
    切割片 切片 切割砂轮片 砂轮切割片
    磨片 打磨片 角磨片
    角磨机 磨光机 手砂轮 角向磨光机
    电锤 锤钻
    手电钻 电钻 手枪钻
    锂电钻 充电钻 充电手钻
    云石机 石材切割机
    六角扳手 内六角扳手 艾伦扳手 六角匙
    墨斗 弹线器
    美工刀 壁纸刀 裁纸刀
    美工刀片 壁纸刀片 | 刀片
    羊角锤 钉锤
    铁锤 榔头 锤子
    橡皮锤 胶锤
    胶枪 玻璃胶枪 打胶枪
    热熔胶枪 热胶枪
    钻头 钻咀 钻嘴
    开孔器 开孔钻
    管钳 管子钳 水管钳
    电焊机 焊机
    焊条 电焊条
    `,
  ),
  ...products(
    '劳保',
    `
    手套 手套子 劳保手套
    线手套 纱手套 棉纱手套 棉线手套
    浸胶手套 挂胶手套
    安全帽 头盔 安全头盔 工地帽 工地安全帽 工程帽
    反光衣 反光背心 反光马甲 反光服 | 马甲
    安全带 保险带
    护目镜 防护眼镜 防护镜
    雨鞋 水鞋 雨靴
    耳塞 防噪耳塞
    工作服 劳保服 工装
    袖套 套袖
    `,
  ),
  ...products(
    '快消',
    `
    矿泉水 饮用天然水 天然水 瓶装水 天然矿泉水
    纯净水 饮用纯净水 纯水
    方便面 泡面 速食面 快餐面
    辣条 调味面制品
    卫生纸 卷纸 厕纸 手纸 卷筒纸
    抽纸 面巾纸 抽取式面巾纸
    湿巾 湿纸巾
    洗洁精 洗涤灵 洗碗液 洗碗精
    洗衣液 洗衣水
    洗发水 洗发露 洗头膏 香波
    沐浴露 沐浴液 洗澡露
    洗手液 洗手露
    84消毒液 84 八四消毒液
    垃圾袋 垃圾桶袋
    打火机 火机
    饮料 饮品
    果汁 果汁饮料
    面粉 白面 小麦粉 麦粉
    花生油 花生仁油
    大豆油 豆油
    菜籽油 菜油 菜子油
    玉米油 玉米胚芽油
    调和油 食用调和油
    味精 味素
    白糖 白砂糖 砂糖
    洗衣皂 肥皂
    纸杯 一次性纸杯
    一次性筷子 卫生筷 方便筷
    拖把 墩布 拖布
    扫把 扫帚 笤帚
    簸箕 撮箕 畚箕
    钢丝球 清洁球
    `,
  ),
  ...products(
    '酒水',
    `
    啤酒 啤的
    白酒 白的
    红酒 红葡萄酒 红的
    `,
    { family: ['酒'] },
  ),
  ...products(
    '酒水',
    // the two best-selling bottles of the liquor counter by their nicknames
    `
    牛栏山二锅头 牛二
    牛栏山陈酿 白牛二
    `,
    { family: ['酒'] },
  ),
  ...values(
    '水暖',
    'any',
    // valves marked by the colour of their cap: red for the hot side, blue for the cold
    `
    热水 红标 红色标
    冷水 蓝标 蓝色标
    `,
    { family: ['阀'] },
  ),
  ...products(
    '冻品',
    `
    全翅 三节翅 整翅 鸡全翅 鸡三节翅 鸡整翅
    翅中 鸡翅中 中翅
    翅根 鸡翅根 小鸡腿
    翅尖 鸡翅尖
    鸡爪 凤爪 鸡脚
    琵琶腿 鸡琵琶腿 棒棒腿
    鸡胸 鸡胸肉 鸡大胸 大胸
    鸡胗 鸡胃 鸡肫
    鸭掌 鸭爪 鸭脚
    鸭胗 鸭肫
    五花肉 五花 三层肉 猪五花
    猪蹄 猪脚
    虾仁 虾肉
    速冻水饺 水饺 饺子
    `,
  ),
  ...products(
    '包装',
    `
    纸箱 纸壳箱 纸盒箱 瓦楞纸箱 快递箱 纸皮箱
    封箱胶 封箱胶带 透明胶 透明胶带 胶纸 打包胶带 | 胶带
    缠绕膜 拉伸膜 缠膜 打包膜 缠绕拉伸膜
    气泡膜 气泡垫 泡泡膜 气垫膜
    编织袋 蛇皮袋 蛇皮口袋 编织口袋
    打包带 PP打包带 打包条
    快递袋 快递包装袋 快递包 物流袋
    珍珠棉 EPE珍珠棉
    方便袋 背心袋 | 塑料袋
    自封袋 密封袋 封口袋
    `,
  ),
  ...products(
    '监控',
    `
    网线 双绞线 网络线 网络双绞线
    水晶头 RJ45 网络水晶头 RJ45水晶头
    摄像头 摄像机 监控头 监控摄像头 监控摄像机 | 监控
    枪机 枪型摄像机 枪式摄像机 枪型摄像头 枪式摄像头
    半球 半球摄像机 半球摄像头 半球机
    球机 高速球 球型摄像机 高速球机
    硬盘录像机 录像机 监控主机 录像主机
    NVR 网络硬盘录像机 网络录像机
    交换机 网络交换机
    路由器 路由 无线路由器
    光猫 光调制解调器
    监控硬盘 监控专用硬盘 监控盘
    视频线 同轴线 同轴电缆
    监控电源 监控电源适配器
    拾音器 监听头
    光纤收发器 光电转换器
    `,
  ),
  ...values(
    '日用',
    'any',
    // who a size or a kind is for, said the everyday way (口罩 成人 / 儿童)
    `
    成人 大人 成年人
    儿童 小孩 小孩子 小朋友
    `,
  ),
  ...values(
    '监控',
    'any',
    `
    六类 6类 CAT6
    超五类 超5类 CAT5E
    七类 7类 CAT7
    `,
  ),
  ...products(
    '汽配',
    `
    刹车片 刹车皮 制动片 刹车块
    刹车盘 制动盘
    火花塞 火嘴
    雨刮 雨刷 雨刮器 雨刷器 雨刮片 雨刷片
    电瓶 蓄电池 汽车电瓶
    防冻液 冷却液 水箱宝 防冻冷却液
    玻璃水 雨刮水 雨刷水 雨刷精 玻璃清洗液 风挡玻璃水
    空滤 空气滤芯 空气滤清器 空气格
    机滤 机油滤芯 机油滤清器 机油格
    汽滤 汽油滤芯 燃油滤清器 汽油格 汽油滤清器
    空调滤 空调滤芯 空调滤清器 空调格
    减震器 避震器 减振器 避震
    方向机 转向机
    三元催化 三元催化器
    刹车油 制动液
    变速箱油 波箱油 自动变速箱油
    黄油 润滑脂
    机油 发动机油 发动机润滑油
    轮胎 车胎
    大灯 前大灯
    后视镜 倒车镜
    离合片 离合器片
    点火线圈 高压包
    氧传感器 含氧传感器
    `,
  ),
  ...products(
    '汽车美容',
    `
    鹿皮巾 麂皮巾 合成鹿皮巾 合成麂皮巾 鹿皮布 麂皮布
    `,
  ),
  ...products(
    '摩配',
    // the rear sprocket is the big one (大飞), the front the small one (小飞)
    `
    后链轮 大飞 大飞盘 大链轮 后牙盘
    前链轮 小飞 小飞盘 小链轮 前牙盘
    `,
  ),
  ...products(
    '餐具',
    `
    汤勺 调羹 羹匙 汤匙 瓷勺 | 勺子
    味碟 调味碟 酱油碟 酱料碟
    `,
  ),
  ...products(
    '砂石',
    `
    机制砂 机制沙 机砂 人工砂
    `,
  ),
  ...products(
    '农资',
    `
    复合肥 三元复合肥 复合肥料
    二铵 磷酸二铵
    尿素 尿素肥
    有机肥 有机肥料
    生根粉 生根剂
    叶面肥 叶面喷肥
    大棚膜 棚膜
    地膜 农用地膜
    `,
  ),
  ...products(
    '化工',
    `
    氢氧化钠 烧碱 火碱 苛性钠
    `,
  ),
  ...products(
    '兽药',
    // drugs and vaccines by the short names farmers and vets use for their generic names
    `
    多西环素 强力霉素 脱氧土霉素
    聚维酮碘 碘伏
    新城疫、传染性支气管炎二联 新城疫传染性支气管炎二联 新支二联
    传染性法氏囊病 法氏囊
    `,
  ),
  ...products(
    '灯具',
    `
    面板灯 平板灯 集成吊顶灯
    灯带 软灯带 LED灯带 软灯条
    投光灯 泛光灯
    日光灯 荧光灯 日光灯管
    轨道灯 轨道射灯 导轨灯
    线条灯 线型灯
    格栅灯 格栅灯盘
    驱动电源 LED驱动 LED驱动电源
    `,
  ),
  ...values(
    '电工',
    'switch',
    `
    单开 一开 单联 单键 一键
    双开 两开 二开 双联 双键 两键
    三开 三联 三键
    四开 四联 四键
    五孔 五眼 二三插
    三孔 三眼
    `,
  ),
  ...values(
    '灯具',
    'light',
    `
    白光 正白 冷白 冷光 冷白光 正白光
    暖光 黄光 暖黄 暖黄光
    中性光 自然光
    `,
  ),
  ...values(
    '电工',
    'colour',
    // a wire by its role in the circuit is its colour by the wiring code: 地线 yellow-green, 零线 blue, 火线 red
    `
    黄绿双色 黄绿色 黄绿 地线 接地线
    蓝色 零线
    红色 火线
    `,
    { family: ['电线', '电缆', '线缆', 'bv', 'rv'] },
  ),
  ...values(
    '轴承',
    'seal',
    // both sides sealed: rubber seals (2RS, SKF's 2RSH) or metal shields (ZZ, SKF's 2Z); 开式 has neither
    `
    2RS 2RSH 胶盖 两面胶盖 双面胶盖 双胶盖 胶封 两个RS 双RS
    ZZ 2Z 铁盖 两面铁盖 双面铁盖 双铁盖 铁封
    开式 开口 无盖
    `,
    { family: ['轴承'] },
  ),
  ...values(
    '印刷',
    'colour',
    // the four printing colours (CMYK) by the names the trade gives them: cyan is 蓝, magenta 红 or 洋红
    `
    青色 蓝色
    品红 品红色 洋红 洋红色 红色
    `,
    { family: ['墨水', '墨盒', '硒鼓', '碳粉', '粉盒', '色带'] },
  ),
  ...values(
    '通用',
    'colour',
    `
    香槟 香槟色 香槟金
    本色 原色
    `,
  ),
  ...values(
    '通用',
    'material',
    `
    不锈钢 白钢
    尼龙 锦纶
    聚乙烯 PE
    聚氯乙烯 PVC
    聚丙烯 PP
    全铜 纯铜
    `,
  ),
];
