import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';

/** Editions and exports under /api/v1. */
export const publishingApi = new Hono<AppEnv>();
