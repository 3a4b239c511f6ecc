// Row types of holding off floods and bots: where sign-ons came from, challenge solutions used, the instance's own secrets. See schema.ts for how rows are stored.

/** Where a public sign-on came from: hashes only, never an address (see docs/decisions/client-address-hashing.md). */
export interface SignOnOriginsTable {
  signature_id: string;
  statement_id: string;
  /** Keyed hash of the client address, with that day's key. */
  client_hash: string | null;
  /** Keyed hash of the client's network (IPv4 /24, IPv6 /48), with that day's key. */
  network_hash: string | null;
  /** The contact email's domain, lower-cased. */
  email_domain: string;
  /** Why the sign-on was held for review (address_burst, domain_sustained, honeypot…); null: not held. */
  hold_reason: string | null;
  created_at: string;
}

/** A solved sign-on challenge or confirmed fallback token, refused if sent again before it expires. */
export interface UsedChallengesTable {
  key: string;
  expires_at: string;
}

/** Secrets an instance made for itself and shares with the others through the database. */
export interface InstanceSecretsTable {
  name: string;
  value: string;
  created_at: string;
}
