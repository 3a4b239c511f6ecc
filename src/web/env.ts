import type { Coordinator } from '../accounts/coordinator.ts';
import type { Caller } from '../accounts/roles.ts';
import type { Db, DialectName } from '../db/database.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { Logger } from '../logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Metrics } from '../operations/metrics.ts';
import type { Clock } from '../shared/clock.ts';
import type { VersionedCache } from '../shared/versioned-cache.ts';
import type { CurrentList } from '../publishing/current-list.ts';
import type { Renderers } from '../publishing/renderers.ts';
import type { SignOnWriter } from '../signatures/sign-on.ts';
import type { ClientHasher } from '../abuse/client-hash.ts';
import type { SignOnChallenge } from '../abuse/sign-on-challenge.ts';
import type { TtlCache } from '../shared/ttl-cache.ts';
import type { Statement } from '../statements/statement.ts';

/** What every request handler can reach; built once at start-up. */
export interface AppDeps {
  db: Db;
  dialect: DialectName;
  mailer: Mailer;
  logger: Logger;
  clock: Clock;
  publicUrl: string;
  /** The current public list per statement, until its list_version moves. */
  listCache: VersionedCache<CurrentList>;
  /** PDF and DOCX engines. */
  renderers: Renderers;
  /** Trust X-Forwarded-For (behind a load balancer). */
  trustProxy?: boolean;
  /** Contacts are erased this many months after their statement closed; 0 keeps them (default 12). */
  contactRetentionMonths?: number;
  /** Sign-ons allowed per client address per minute. */
  signOnRateLimit?: number;
  /** Keyed, daily hashes of client addresses: no address is stored. */
  clientHasher: ClientHasher;
  /** The proof-of-work check on public sign-ons; null when SIGN_ON_CHALLENGE=off. */
  signOnCheck: SignOnChallenge | null;
  /** Public sign-ons, written in shared commits. */
  signOns: SignOnWriter;
  /** Statements as anonymous readers see them, for a second; cleared by any write through this instance. */
  publicStatements?: TtlCache<Statement>;
  /** This process's job worker: told when work was queued, so it need not wait for its next poll. */
  jobs: { nudge(): void };
  /** Readiness and metrics; without it /readyz checks the database only and /metrics is off. */
  operations?: OperationsDeps;
}

export interface OperationsDeps {
  /** Null when METRICS is off: /metrics answers 404. */
  metrics: Metrics | null;
  /** Whether a request may read /metrics (token or allowed peer address). */
  mayReadMetrics: (req: { authorization: string | undefined; address: string | undefined }) => boolean;
  /** Whether this process runs jobs, so /readyz also says whether the queue moves. */
  runsJobs: () => boolean;
  /** How long due jobs may wait, with none finishing, before /readyz says the queue is stuck; 0: never. */
  jobsStuckMs: number;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    locale: string;
    /** Whether ?lang=, the language cookie or Accept-Language named a supported language. */
    localeChosen: boolean;
    t: Translate;
    csrfToken: string;
    coordinator: Coordinator | null;
    /** The coordinator with the limits of the token they came with (null: anonymous); what permissions decide on. */
    caller: Caller | null;
    requestId: string;
  };
}
