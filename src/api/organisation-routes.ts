import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';

/** API for duplicates, merges and imports; mounted under /api/v1 before the main API. */
export const organisationApi = new Hono<AppEnv>();
