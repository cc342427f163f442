/** What the WeCom 微信客服 channel says itself, to customers and to reps. Brief 简体中文, shop-assistant tone. */
export const wecomTexts = {
  welcomeCustomer: (name: string) =>
    `${name}您好，欢迎光临！直接发要的货和数量就行，比如「水泥 50袋」，我马上帮您下单。`,
  welcomeNewContact:
    '您好，欢迎光临！第一次来的话，麻烦回复您的店名或手机号（比如：我是王记五金 13800000000），业务员确认后就能直接下单。要货也可以直接发，比如「水泥 50袋」。',
  askWho: '麻烦回复一下您的店名或手机号（比如：我是王记五金 13800000000），业务员确认后就能直接下单。',
  whoNoted: '好的，已转给业务员确认，确认后您就能直接下单了。要货现在也可以直接发。',
  bound: (name: string) => `${name}您好，已为您绑定账号，以后直接发要的货就能下单。`,
  handingOver: '好的，马上为您转接业务员，请稍等。',
  pictureReceived:
    '收到您的图片/文件，已转给业务员查看，稍后回复您。也可以直接打字发要的货，比如「水泥 50袋」。',
  voiceReceived: '不好意思，语音我这边听不了，麻烦打字或者拍张清单发过来，比如「水泥 50袋」。',
  otherReceived: '收到，已转给业务员查看。下单的话直接打字发要的货和数量就行。',
  interrupted: (text: string) =>
    `不好意思，系统刚才中断了一下，您的消息${text ? `「${text}」` : ''}可能没处理完。业务员会跟您核对，需要的话请再发一次。`,
  failed: '不好意思，系统出了点问题，请稍后再发一次。',
  heldNoticesHead: '另外，之前有几条消息没能及时发给您：',
  choicesTail: '点一下选择，或者直接打字回复',
  repHeld: (who: string, reason: string, text: string) =>
    `${who}（微信客服）有一条消息暂时发不出去（${reason}），已保留，客户再发消息时会一并补发；着急的话请直接联系客户：「${text}」`,
  repFailed: (who: string, reason: string, text: string) =>
    `${who}（微信客服）有一条消息没能发出（${reason}），请直接联系客户：「${text}」`,
  repNewContact: (id: string, said: string) =>
    `微信客服来了位新客户（编号 ${id}），说：「${said}」。请在后台确认是哪位客户（liaodan wecom bind ${id} 客户编号）。`,
  repPicture: (who: string, kind: string) => `${who}（微信客服）发来${kind}，请在企业微信里查看并回复。`,
  repInterrupted: (who: string, text: string) =>
    `${who}（微信客服）的一条消息${text ? `「${text}」` : ''}处理时系统中断了，不确定是否已计入订单，请跟客户核对。`,
  repRecalledApplied: (who: string) =>
    `${who}（微信客服）撤回了一条已经处理过的消息，请留意订单是否需要调整。`,
  repHandOver: (who: string) => `${who}（微信客服）要找业务员，会话已转给您，请在企业微信里回复。`,
  repUnbound: (who: string) => `${who}（微信客服）要找业务员，但还没有指定业务员，会话已放入待接入池。`,
  reasons: {
    outside_window: '客户超过48小时没发消息',
    quota: '48小时内已发满5条',
    session_closed: '会话已结束或由人工接待',
    rate_limited: '平台限流',
    platform_error: '平台暂时不可用',
  } as Record<string, string>,
};

/** The reason's words for reps (unknown reasons as they are). */
export const reasonText = (reason: string) => wecomTexts.reasons[reason] ?? reason;
