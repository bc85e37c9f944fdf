// What every route needs: the server's options and the signed-in user of a request. Kept apart
// from app.ts, which registers the routes, so that routes do not import the file importing them.
import type { FastifyRequest } from 'fastify';
import type { Db } from './db/connect';
import type { SessionUser } from './auth/sessions';
import type { Scope } from './access';
import { ApiError } from './http';

export interface ServerOptions {
  db: Db;
  /** Folder for attachments (next to the SQLite file by default). */
  dataDir: string;
  /** The built app (dist/) to serve at /, or undefined for the API alone. */
  appDir?: string;
  /** Cookies marked Secure (behind HTTPS). */
  secureCookies?: boolean;
  logger?: boolean;
}

export interface Auth extends SessionUser {
  scope: Scope;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

/** The signed-in user of a route that needs one (the hook has already refused anonymous requests). */
export const authOf = (req: FastifyRequest): Auth => {
  if (!req.auth) throw new ApiError(401, '未登录或登录已过期');
  return req.auth;
};
