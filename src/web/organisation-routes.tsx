import { Hono } from 'hono';
import { coordinatorArea } from './auth.ts';
import type { AppEnv } from './env.ts';

/** Coordinator pages for duplicates, merges and imports; mounted under /coordinator. */
export const organisationRoutes = new Hono<AppEnv>();
organisationRoutes.use('*', coordinatorArea);
