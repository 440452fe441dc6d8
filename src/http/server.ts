/**
 * Starts the app on a port with Node's HTTP server, with timeouts that keep slow or broken
 * clients from holding connections, and a clean shutdown.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';

/** A client must send its request headers within this time (slowloris). */
const HEADERS_TIMEOUT_MS = 10_000;
/** The whole request must arrive within this time. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Largest request head (request line and headers) Node accepts. */
const MAX_HEADER_BYTES = 16 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(options: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve(
        { fetch: app.fetch, port: options.port, hostname: options.host, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS } },
        (info: AddressInfo) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          resolve({
            url: `http://${host}:${info.port}`,
            port: info.port,
            close: () => new Promise<void>((done) => server.close(() => done())),
          });
        },
      );
      server.on('error', reject);
    } catch (error) {
      reject(error);
    }
  });
}
