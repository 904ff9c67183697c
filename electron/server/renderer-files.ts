import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page routes; each is the same single-page renderer, which picks its app from the path. */
export const pagePaths = ['/', '/staff', '/board'] as const;

/** The built renderer (Vite's dist/renderer). Hashed assets are cached for a year; pages never. */
export function rendererFileRoutes(rendererDir: string) {
  const indexFile = join(rendererDir, 'index.html');
  const app = new Hono();
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: rendererDir }));
  for (const path of pagePaths) {
    app.get(path, (c) => {
      c.header('Cache-Control', 'no-store');
      // Read on each request so a rebuilt renderer is served without a restart; the file is small.
      return c.html(readFileSync(indexFile, 'utf8'));
    });
  }
  return app;
}
