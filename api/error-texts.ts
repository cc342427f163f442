import type { ZodError } from 'zod';

/** What the api says when a request fails, in Chinese: shop staff and customers read these. */
export const errorTexts = {
  unavailable: '系统繁忙，请稍后再试',
  internal: (requestId: string) =>
    `系统出错了，请稍后再试；如果一直这样，请把请求编号 ${requestId} 告诉管理员`,
  invalidJson: '请求内容不是有效的 JSON',
  jsonOnly: '只接受 JSON 格式的请求内容（Content-Type: application/json）',
  tooLarge: '请求内容太大',
  badRequest: '请求不正确',
  invalidValue: '请求里有无法识别的值',
  controlCharacters: '请求里有不可见的控制字符（例如 NUL），请去掉后再试',
  noSuchPath: '没有这个地址',
  methodNotAllowed: '这个地址不支持这种请求方式',
  unauthorized: '请先登录',
  invalidRequest: '请求内容不正确',
} as const;

/** One line naming the first field that is wrong, e.g. `请求内容不正确：amountFen`. */
export function zodProblem(err: ZodError): string {
  const first = err.issues[0];
  const where = first?.path.length ? `：${first.path.join('.')}` : '';
  return `${errorTexts.invalidRequest}${where}`;
}
