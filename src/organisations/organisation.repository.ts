import { PostgresAdapter, sql, type Selectable } from 'kysely';
import type { DbOrTx } from '../db/database.ts';
import type { OrganisationsTable } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { newId } from '../shared/ids.ts';
import { identityName } from '../signatures/signature-input.ts';
import { KEYS_VERSION, namesOf, registryKeys, type Organisation } from './organisation.ts';

type Row = Selectable<OrganisationsTable>;

export function rowToOrganisation(r: Row, aliases: string[]): Organisation {
  return {
    id: r.id,
    name: r.name,
    aliases,
    country: r.country,
    type: r.org_type,
    websiteDomain: r.website_domain,
    emailDomain: r.email_domain,
    createdAt: new Date(r.created_at),
  };
}

// Keeps IN lists well below both databases' parameter limits.
const CHUNK = 500;
function chunks<T>(xs: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Organisations with their aliases, in the order of the ids given (missing ids are left out). */
export async function loadOrganisations(db: DbOrTx, ids: string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows: Row[] = [];
  const aliasRows: { organisation_id: string; name: string; created_at: string }[] = [];
  for (const part of chunks([...new Set(ids)])) {
    rows.push(...(await db.selectFrom('organisations').selectAll().where('id', 'in', part).execute()));
    aliasRows.push(
      ...(await db.selectFrom('organisation_aliases').select(['organisation_id', 'name', 'created_at']).where('organisation_id', 'in', part).execute()),
    );
  }
  const aliases = new Map<string, string[]>();
  for (const a of aliasRows.sort((x, y) => x.created_at.localeCompare(y.created_at))) {
    aliases.set(a.organisation_id, [...(aliases.get(a.organisation_id) ?? []), a.name]);
  }
  const byId = new Map(rows.map((r) => [r.id, rowToOrganisation(r, aliases.get(r.id) ?? [])]));
  return ids.map((id) => byId.get(id)).filter((o): o is Organisation => o !== undefined);
}

export async function getOrganisation(db: DbOrTx, id: string): Promise<Organisation> {
  const [o] = await loadOrganisations(db, [id]);
  if (!o) throw notFound('Organisation');
  return o;
}

/** Adds an organisation and its blocking keys. */
export async function insertOrganisation(
  db: DbOrTx,
  o: { name: string; country: string | null; type: string | null; websiteDomain: string | null; emailDomain: string | null; now: Date },
): Promise<Organisation> {
  const id = newId();
  const at = o.now.toISOString();
  await db
    .insertInto('organisations')
    .values({ id, name: o.name, country: o.country, org_type: o.type, website_domain: o.websiteDomain, email_domain: o.emailDomain, created_at: at, updated_at: at, keys_version: KEYS_VERSION })
    .execute();
  await addKeys(db, id, registryKeys({ names: [o.name], websiteDomain: o.websiteDomain, emailDomain: o.emailDomain }));
  return { id, name: o.name, aliases: [], country: o.country, type: o.type, websiteDomain: o.websiteDomain, emailDomain: o.emailDomain, createdAt: o.now };
}

/** Fills what the registry did not know yet (never overwrites), keeping the keys in step. */
export async function fillOrganisationGaps(
  db: DbOrTx,
  o: Organisation,
  facts: { country: string | null; type: string | null; websiteDomain: string | null; emailDomain: string | null; now: Date },
): Promise<void> {
  const set: Partial<Pick<Row, 'country' | 'org_type' | 'website_domain' | 'email_domain'>> = {};
  if (!o.country && facts.country) set.country = facts.country;
  if (!o.type && facts.type) set.org_type = facts.type;
  if (!o.websiteDomain && facts.websiteDomain) set.website_domain = facts.websiteDomain;
  if (!o.emailDomain && facts.emailDomain) set.email_domain = facts.emailDomain;
  if (Object.keys(set).length === 0) return;
  await db.updateTable('organisations').set({ ...set, updated_at: facts.now.toISOString() }).where('id', '=', o.id).execute();
  const domains = [set.website_domain, set.email_domain].filter((d): d is string => !!d);
  if (domains.length) await addKeys(db, o.id, domains.map((d) => `d:${d}`));
}

/** Records another name of an organisation (unless it is already known) and indexes it. */
export async function addAlias(db: DbOrTx, o: Organisation, name: string, now: Date): Promise<boolean> {
  const folded = identityName(name);
  if ([o.name, ...o.aliases].some((n) => identityName(n) === folded)) return false;
  await db.insertInto('organisation_aliases').values({ id: newId(), organisation_id: o.id, name, created_at: now.toISOString() }).execute();
  await addKeys(db, o.id, registryKeys({ names: [name], websiteDomain: null, emailDomain: null }));
  o.aliases.push(name);
  return true;
}

/** Indexes an organisation under keys it does not have yet, counting each key's organisations. */
export async function addKeys(db: DbOrTx, organisationId: string, keys: string[]): Promise<void> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return;
  const have = new Set<string>();
  for (const part of chunks(unique)) {
    const rows = await db.selectFrom('organisation_keys').select('key').where('organisation_id', '=', organisationId).where('key', 'in', part).execute();
    for (const r of rows) have.add(r.key);
  }
  const fresh = unique.filter((k) => !have.has(k));
  for (const part of chunks(fresh, 200)) {
    await db.insertInto('organisation_keys').values(part.map((key) => ({ key, organisation_id: organisationId }))).execute();
    await db
      .insertInto('organisation_key_counts')
      .values(part.map((key) => ({ key, organisations: 1 })))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ organisations: eb('organisation_key_counts.organisations', '+', 1) })))
      .execute();
  }
}

/** Organisations whose stored keys were built by older rules than KEYS_VERSION, a batch at a time. */
export async function staleKeyOrganisationIds(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('id').where('keys_version', '<', KEYS_VERSION).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/**
 * Rebuilds one organisation's keys with today's rules, from its name, aliases and domains: keys
 * the rules no longer give are removed (and uncounted), new ones added, and the version stored.
 */
export async function rekeyOrganisation(db: DbOrTx, organisationId: string): Promise<boolean> {
  const [o] = await loadOrganisations(db, [organisationId]);
  if (!o) return false;
  const wanted = new Set(registryKeys({ names: namesOf(o), websiteDomain: o.websiteDomain, emailDomain: o.emailDomain }));
  const have = (await db.selectFrom('organisation_keys').select('key').where('organisation_id', '=', organisationId).execute()).map((r) => r.key);
  const removed = have.filter((k) => !wanted.has(k));
  for (const part of chunks(removed)) {
    await db.deleteFrom('organisation_keys').where('organisation_id', '=', organisationId).where('key', 'in', part).execute();
    await db.updateTable('organisation_key_counts').set((eb) => ({ organisations: eb('organisations', '-', 1) })).where('key', 'in', part).execute();
    await db.deleteFrom('organisation_key_counts').where('key', 'in', part).where('organisations', '<=', 0).execute();
  }
  await addKeys(db, organisationId, [...wanted]);
  await db.updateTable('organisations').set({ keys_version: KEYS_VERSION }).where('id', '=', organisationId).execute();
  return true;
}

/** Removes an organisation from the registry (after it was folded into another). */
export async function deleteOrganisation(db: DbOrTx, organisationId: string): Promise<void> {
  const keys = (await db.selectFrom('organisation_keys').select('key').where('organisation_id', '=', organisationId).execute()).map((r) => r.key);
  for (const part of chunks(keys)) {
    await db.updateTable('organisation_key_counts').set((eb) => ({ organisations: eb('organisations', '-', 1) })).where('key', 'in', part).execute();
  }
  await db.deleteFrom('organisation_key_counts').where('organisations', '<=', 0).execute();
  await db.deleteFrom('organisation_keys').where('organisation_id', '=', organisationId).execute();
  await db.deleteFrom('organisation_aliases').where('organisation_id', '=', organisationId).execute();
  await db.deleteFrom('organisations').where('id', '=', organisationId).execute();
}

/**
 * Which keys to read: rarest first (organisation_key_counts), until the postings they index would
 * pass `budget` rows; keys shared by more than `maxPostings` organisations are skipped, except
 * that the rarest key is always read, so a name made of common words still finds something.
 * This bounds the cost of a look-up whatever the registry's size.
 */
export function chooseKeys(counts: { key: string; organisations: number }[], budget: number, maxPostings: number): string[] {
  const sorted = [...counts].sort((x, y) => x.organisations - y.organisations || (x.key < y.key ? -1 : 1));
  const chosen: string[] = [];
  let rows = 0;
  for (const c of sorted) {
    if (c.organisations > maxPostings || (chosen.length > 0 && rows + c.organisations > budget)) break;
    chosen.push(c.key);
    rows += c.organisations;
  }
  if (chosen.length === 0 && sorted.length > 0) chosen.push(sorted[0]!.key);
  return chosen;
}

export interface SharingKeysOptions {
  limit: number;
  budget: number;
  maxPostings: number;
  /**
   * A domain key (`d:`) shared by more organisations than this selects nothing: the domain is
   * evidently many organisations' (a network's sections, a host), like a webmail domain. It still
   * counts when the similarity rules compare a candidate found by its name.
   */
  maxDomainOrganisations: number;
}

/**
 * The organisations sharing the most of `keys`, most shared first, with their aliases: the keys'
 * counts, the chosen keys' postings grouped by organisation, then those organisations by id.
 */
export async function organisationsSharingKeys(
  db: DbOrTx,
  keys: string[],
  opts: SharingKeysOptions,
): Promise<{ organisation: Organisation; hits: number }[]> {
  const unique = [...new Set(keys)].slice(0, 400);
  if (unique.length === 0) return [];
  const { top, rows } = isPostgres(db) ? await sharingKeysPostgres(db, unique, opts) : await sharingKeysPortable(db, unique, opts);
  if (top.length === 0) return [];
  const hits = new Map(top.map((t) => [t.organisation_id, Number(t.hits)]));
  const byId = new Map<string, { organisation: Organisation; aliases: { name: string; at: string }[] }>();
  for (const r of rows) {
    let entry = byId.get(r.id);
    if (!entry) {
      entry = { organisation: rowToOrganisation(r, []), aliases: [] };
      byId.set(r.id, entry);
    }
    if (r.alias != null && r.alias_at != null) entry.aliases.push({ name: r.alias, at: r.alias_at });
  }
  return top
    .map((t) => byId.get(t.organisation_id))
    .filter((e): e is NonNullable<typeof e> => e !== undefined)
    .map((e) => ({
      organisation: { ...e.organisation, aliases: e.aliases.sort((x, y) => x.at.localeCompare(y.at)).map((a) => a.name) },
      hits: hits.get(e.organisation.id)!,
    }));
}

type CandidateRow = Row & { alias: string | null; alias_at: string | null };
type Found = { top: { organisation_id: string; hits: number | string }[]; rows: CandidateRow[] };

const isPostgres = (db: DbOrTx) => db.getExecutor().adapter instanceof PostgresAdapter;

/** SQLite: three small index reads, each well under a millisecond in-process. */
async function sharingKeysPortable(db: DbOrTx, unique: string[], opts: SharingKeysOptions): Promise<Found> {
  const countRows = await db.selectFrom('organisation_key_counts').select(['key', 'organisations']).where('key', 'in', unique).execute();
  const counts = countRows.map((c) => ({ key: c.key, organisations: Number(c.organisations) })).filter((c) => !(c.key.startsWith('d:') && c.organisations > opts.maxDomainOrganisations));
  const chosen = chooseKeys(counts, opts.budget, opts.maxPostings);
  if (chosen.length === 0) return { top: [], rows: [] };
  const top = await db
    .selectFrom('organisation_keys')
    .select('organisation_id')
    .select((eb) => eb.fn.countAll<string | number>().as('hits'))
    .where('key', 'in', chosen)
    .groupBy('organisation_id')
    .orderBy('hits', 'desc')
    .orderBy('organisation_id')
    .limit(opts.limit)
    .execute();
  if (top.length === 0) return { top: [], rows: [] };
  const rows = await db
    .selectFrom('organisations')
    .leftJoin('organisation_aliases', 'organisation_aliases.organisation_id', 'organisations.id')
    .selectAll('organisations')
    .select(['organisation_aliases.name as alias', 'organisation_aliases.created_at as alias_at'])
    .where('organisations.id', 'in', top.map((t) => t.organisation_id))
    .execute();
  return { top, rows };
}

/**
 * PostgreSQL: the same choice of keys (crowded domain keys left out, then chooseKeys as running
 * sums), postings and names in one round trip, as a named prepared statement (see database.ts): planning it on every call cost
 * more than running it (measured 5.9 ms unnamed vs 2.0 ms prepared, median, this machine).
 */
async function sharingKeysPostgres(db: DbOrTx, unique: string[], opts: SharingKeysOptions): Promise<Found> {
  const result = await sql<CandidateRow & { hits: string; rank: string }>`/*prepared:registry_candidates*/
    with counts as (
      select key, organisations,
             sum(organisations) over (order by organisations, key) as running,
             row_number() over (order by organisations, key) as rn
      from organisation_key_counts
      where key = any(${unique}::text[]) and (key not like 'd:%' or organisations <= ${opts.maxDomainOrganisations})
    ), chosen as (
      select key from counts where rn = 1 or (organisations <= ${opts.maxPostings} and running <= ${opts.budget})
    ), top as (
      select organisation_id, count(*) as hits from organisation_keys
      where key in (select key from chosen)
      group by organisation_id order by hits desc, organisation_id limit ${opts.limit}
    )
    select o.*, top.hits, a.name as alias, a.created_at as alias_at
    from top join organisations o on o.id = top.organisation_id
    left join organisation_aliases a on a.organisation_id = o.id
    order by top.hits desc, o.id`.execute(db);
  const top: Found['top'] = [];
  for (const r of result.rows) if (top.at(-1)?.organisation_id !== r.id) top.push({ organisation_id: r.id, hits: r.hits });
  return { top, rows: result.rows };
}

/** Links a signature to its organisation in the registry. */
export async function linkSignature(db: DbOrTx, signatureId: string, organisationId: string): Promise<void> {
  await db.updateTable('signatures').set({ organisation_id: organisationId }).where('id', '=', signatureId).execute();
}

/** Names a coordinator said are a different organisation from `name` (as pairName keys). */
export async function distinctNamesOf(db: DbOrTx, pairKey: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('distinct_pairs')
    .select(['name_a', 'name_b'])
    .where((eb) => eb.or([eb('name_a', '=', pairKey), eb('name_b', '=', pairKey)]))
    .execute();
  return new Set(rows.map((r) => (r.name_a === pairKey ? r.name_b : r.name_a)));
}

/** Remembers that two names are different organisations (idempotent). */
export async function rememberDistinct(db: DbOrTx, pair: [string, string], coordinatorId: string, now: Date): Promise<void> {
  await db
    .insertInto('distinct_pairs')
    .values({ name_a: pair[0], name_b: pair[1], created_by: coordinatorId, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['name_a', 'name_b']).doNothing())
    .execute();
}
