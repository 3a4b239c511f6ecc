import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { fieldErrors } from './text.ts';

/** Parses input with a schema, or throws validation_failed with a message for each bad field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    const n = Object.keys(fields).length;
    throw new AppError('validation_failed', n === 1 ? 'One field needs attention.' : `${n} fields need attention.`, fields);
  }
  return result.data;
}
