import { contactRetentionHandler } from '../contacts/contact-retention.handler.ts';
import type { DialectName } from '../db/database.ts';
import { importChunksHandler } from '../imports/import-chunks.handler.ts';
import type { Mailer } from '../mail/mailer.ts';
import { sendMessageHandler } from '../mail/send-message.handler.ts';
import { registerSignatoryHandler } from '../organisations/register-signatory.handler.ts';
import { rekeyRegistryHandler } from '../organisations/rekey-registry.handler.ts';
import { publishScheduledEditionHandler } from '../publishing/publish-scheduled-edition.handler.ts';
import type { Renderers } from '../publishing/renderers.ts';
import { confirmationEmailHandler } from '../signatures/confirmation-email.handler.ts';
import type { RegisteredJob } from './job.ts';

/** Every kind of background work the app does, with its handler. */
export function allJobs(deps: {
  readonly mailer: Mailer;
  readonly publicUrl: string;
  readonly renderers: Renderers;
  readonly dialect: DialectName;
  readonly contactRetentionMonths?: number | undefined;
}): RegisteredJob[] {
  return [
    confirmationEmailHandler(deps),
    sendMessageHandler(deps),
    registerSignatoryHandler(deps),
    rekeyRegistryHandler(deps),
    publishScheduledEditionHandler(deps),
    importChunksHandler(),
    contactRetentionHandler(deps),
  ];
}
