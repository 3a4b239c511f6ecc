import type { z } from 'zod';
import { localisedError } from '../errors.ts';
import { fieldMessages } from './text.ts';

/** Parses input with a schema, or throws validation_failed with a message for each bad field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fields = fieldMessages(result.error);
    throw localisedError('validation_failed', 'validation.fieldsNeedAttention', { count: Object.keys(fields).length }, fields);
  }
  return result.data;
}
