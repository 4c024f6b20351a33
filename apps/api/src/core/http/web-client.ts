import path from 'node:path';
import express, { type Express } from 'express';

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = /^\/(graphql|health|socket\.io|reports|letters|auth)(\/|$)/;

/**
 * Serves the built web client at `/` (hashed assets cached long, index.html never) and answers
 * unknown page paths (no file extension) with index.html, so client-side routes survive a reload;
 * a missing asset stays a 404.
 */
export function serveWebClient(app: Express, webDist: string): void {
  app.use(
    express.static(webDist, {
      index: false,
      setHeaders(res, file) {
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.use((req, res, next) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !path.extname(req.path);
    if (!isPage || SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(webDist, 'index.html'));
  });
}
