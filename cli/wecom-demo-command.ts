import type { Command } from 'commander';

/**
 * `liaodan wecom-demo`: the whole shop (`liaodan start`) beside the local WeCom double from the test tree, with a
 * terminal prompt that plays a WeChat customer. A demo entry only: the double is not part of the product.
 */
export function registerWecomDemoCommand(program: Command): void {
  program
    .command('wecom-demo')
    .description(
      'demo: run the shop with a local WeCom 微信客服 double and chat as a WeChat customer in the terminal',
    )
    .action(async () => {
      const { runWecomDemo } = await import('../test/wecom-double/wecom-demo.js');
      await runWecomDemo();
    });
}
