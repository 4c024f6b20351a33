import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';

/** A Host header as browsers send it: a DNS name or an IPv4/IPv6 address, with an optional port; nothing else. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Where the page may connect: its own origin, and its own host over ws:/wss: for socket.io. 'self'
 * covers the socket's ws:/wss: on current browsers (CSP 3; Chrome 71, Safari 16); the host spelled out
 * covers older ones. Never ws:/wss: as bare schemes, which would let a script talk to any host. A Host
 * header that is not a plain host[:port] gets 'self' only (nothing of it reaches the policy).
 */
export function connectSources(req: IncomingMessage): string {
  const host = req.headers.host;
  return host && HOST.test(host) ? `'self' ws://${host} wss://${host}` : "'self'";
}

/** Security headers for every response. The web client is served from the same origin, so 'self' suffices. */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'connect-src': [connectSources],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'"],
        'script-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        // TLS is the proxy's business; upgrading would break plain-http installs on a LAN.
        'upgrade-insecure-requests': null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
