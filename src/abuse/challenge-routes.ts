import { Hono } from 'hono';
import { localisedError } from '../errors.ts';
import type { AppEnv } from '../web/env.ts';

/** A sign-on without a solved challenge, while the check is on. */
export const challengeRequired = () => localisedError('validation_failed', 'abuse.challengeRequired', undefined, { altcha: { key: 'abuse.challengeRequired' } });

/** GET /api/v1/challenge: a fresh ALTCHA challenge to solve before a public sign-on (see README, "Sign-on check"). */
export const challengeApi = new Hono<AppEnv>();

challengeApi.get('/challenge', async (c) => {
  const { signOnCheck, clock } = c.get('deps');
  c.header('Cache-Control', 'no-store');
  if (!signOnCheck) return c.json({ required: false });
  return c.json({ required: true, ...(await signOnCheck.create(clock())) });
});
