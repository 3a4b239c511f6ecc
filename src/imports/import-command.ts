/** `undersigned import <slug> FILE [--format csv|xlsx|text] [--dry-run]`; returns the exit code. */
export async function runImport(_args: string[]): Promise<number> {
  process.stderr.write('undersigned import is not available yet.\n');
  return 1;
}
