import type { Coordinator } from '../accounts/coordinator.ts';
import type { Db, DialectName } from '../db/database.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { Logger } from '../logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Clock } from '../shared/clock.ts';
import type { VersionedCache } from '../shared/versioned-cache.ts';
import type { CurrentList } from '../publishing/current-list.ts';
import type { Renderers } from '../publishing/renderers.ts';

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
  /** Sign-ons allowed per client address per minute. */
  signOnRateLimit?: number;
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
    requestId: string;
  };
}
