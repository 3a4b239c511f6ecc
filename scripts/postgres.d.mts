/** Why the test database could not start; its message is one line that ends with what to do. */
export class PostgresStartError extends Error {}
/** Starts a throwaway PostgreSQL on 127.0.0.1 (see postgres.mjs). */
export function startPostgres(opts?: { durable?: boolean }): Promise<{ url: string; stop(): Promise<void> }>;
