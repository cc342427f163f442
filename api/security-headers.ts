import type { Middleware } from 'koa';
import helmet from 'koa-helmet';

/**
 * Security headers on every answer (koa-helmet), with a Content-Security-Policy that allows scripts only from this
 * site (no inline scripts: every page loads its script from a file), no framing, no plugins, forms posting only
 * here. Inline styles are allowed: component libraries set them. HSTS only when served over HTTPS.
 */
export function securityHeaders(opts: { https: boolean }): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
      },
    },
    strictTransportSecurity: opts.https ? { maxAge: 15_552_000 } : false,
    crossOriginEmbedderPolicy: false,
  }) as unknown as Middleware;
}
