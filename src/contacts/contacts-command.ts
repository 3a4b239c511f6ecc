import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createLogger } from '../logger.ts';
import { emailAddress, issueText } from '../shared/text.ts';
import { useConfiguredContactKeys } from './contact-keys.ts';
import { exportPersonData, erasePersonData } from './data-request.ts';
import { rotateContactKey } from './rotate-key.ts';
import { checkContactKeys } from './contact.repository.ts';

export const CONTACTS_USAGE = `  contacts export --email <email>    print, as JSON, everything held about that person (data-protection request)
  contacts erase --email <email> [--withdraw]
                                     erase that person's contact details and messages (no prompt); print what was erased
  contacts rotate-key                re-encrypt contact data with the first key of ENCRYPTION_KEY / the key file
`;

/** `undersigned contacts …`: data-protection requests and key rotation. Returns the exit code. */
export async function runContacts(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, withdraw: { type: 'boolean' } }, allowPositionals: false });
  if (sub !== 'export' && sub !== 'erase' && sub !== 'rotate-key') {
    process.stderr.write(`Usage:\n${CONTACTS_USAGE}`);
    return 2;
  }
  let email = '';
  if (sub !== 'rotate-key') {
    const parsed = emailAddress('field.email').safeParse(values.email ?? '');
    if (!parsed.success) {
      process.stderr.write(`--email: ${parsed.error.issues[0] ? issueText(parsed.error.issues[0]) : 'invalid email'}\n`);
      return 2;
    }
    email = parsed.data;
  }
  const config = loadConfig();
  useConfiguredContactKeys(config, createLogger(config.logLevel, config.logFormat));
  const handle = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    await checkContactKeys(handle.db);
    const now = new Date();
    let out: unknown;
    if (sub === 'export') out = await handle.db.transaction().execute((trx) => exportPersonData(trx, { email, actor: 'cli', now }));
    else if (sub === 'erase') out = await handle.db.transaction().execute((trx) => erasePersonData(trx, { email, withdraw: values.withdraw === true, actor: 'cli', now }));
    else out = await rotateContactKey(handle.db);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  } finally {
    await handle.close();
  }
}
