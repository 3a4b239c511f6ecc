import { handles } from '../jobs/job.ts';
import { deliverMessage } from './deliver-message.ts';
import type { Mailer } from './mailer.ts';
import { sendMessageJob } from './send-message.job.ts';

export const sendMessageHandler = (deps: { readonly mailer: Mailer }) =>
  handles(sendMessageJob, (payload, ctx) => deliverMessage(ctx, deps.mailer, { messageId: payload.messageId, attempt: ctx.job.attempts }));
