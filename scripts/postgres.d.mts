/** Starts a throwaway PostgreSQL on 127.0.0.1 (see postgres.mjs). */
export function startPostgres(): Promise<{ url: string; stop(): Promise<void> }>;
