import type { Server } from 'node:http';

export interface StartServerOptions {
  /** Directory to serve (default `dist`). */
  root?: string;
  /** Port; 0 picks a free one (default 0). */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Log one line per request. */
  log?: boolean;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>/`, with the trailing slash. */
  url: string;
  port: number;
  host: string;
  root: string;
  server: Server;
  close(): Promise<void>;
}

export const MIME_TYPES: Readonly<Record<string, string>>;
export function contentType(path: string): string;
export function startServer(options?: StartServerOptions): Promise<RunningServer>;
