import { Hono } from 'hono';
import type { AppEnv } from './env.ts';

/** Public downloads and the coordinator's publication controls. */
export const publishingRoutes = new Hono<AppEnv>();
