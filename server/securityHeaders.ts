import type { RequestHandler } from 'express';
import helmet from 'helmet';

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Headers on every response (helmet): no MIME sniffing, no framing, a referrer policy that keeps paths
 * (which may name unpublished items) inside the hub, and HSTS. Pages set their own full
 * Content-Security-Policy (the portal's, the console's); the default here only forbids framing, so it
 * never blocks a page that brings its own scripts.
 * HSTS only for requests that came over https, as the socket or a trusted proxy (TRUST_PROXY) says:
 * sent over plain http it would be ignored, or pin a hub that has no certificate.
 */
export function securityHeaders(): RequestHandler {
  const base = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"] } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
    // Feeds and published images are meant to be used by other sites and apps.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  return (req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    base(req, res, next);
  };
}
