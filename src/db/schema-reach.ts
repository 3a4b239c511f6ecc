// Row types of reaching partners and targets: partner invitations and links, unsubscribes, addressees, deliveries and responses. See schema.ts for how rows are stored.

/** A personal invitation to sign a statement; at most one per address per statement. */
export interface PartnerInvitationsTable {
  id: string;
  statement_id: string;
  organisation_id: string | null;
  email: string;
  email_hash: string;
  language: string;
  message_id: string | null;
  reminder_message_id: string | null;
  created_by: string | null;
  created_at: string;
  reminded_at: string | null;
}

export interface PartnerInvitationLinksTable {
  token_hash: string;
  invitation_id: string;
  /** 'sign' (the pre-filled form) or 'unsubscribe'. */
  purpose: string;
}

/** Addresses that asked for no more invitations, on any statement. */
export interface MailUnsubscribesTable {
  email_hash: string;
  created_at: string;
}

/** Whom a statement addresses (a minister, a UN agency), with a private email. */
export interface AddresseesTable {
  id: string;
  statement_id: string;
  name: string;
  email: string;
  organisation: string | null;
  title: string | null;
  created_at: string;
  updated_at: string;
}

export interface DeliveriesTable {
  id: string;
  statement_id: string;
  edition_number: number;
  message: string;
  created_by: string | null;
  created_at: string;
}

export interface DeliveryMessagesTable {
  delivery_id: string;
  message_id: string;
  addressee_id: string | null;
  addressee_name: string;
}

export interface AddresseeResponsesTable {
  id: string;
  statement_id: string;
  responder: string;
  received_on: string;
  body: string | null;
  link: string | null;
  published: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A co-convener's referral link for one statement: `?ref=<code>` on its pages. */
export interface PartnerLinksTable {
  id: string;
  statement_id: string;
  code: string;
  name: string;
  created_by: string | null;
  created_at: string;
}
