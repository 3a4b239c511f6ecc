/** `undersigned export <slug> --format pdf|docx|csv|json [--edition N] [--out FILE]`; returns the exit code. */
export async function runExport(_args: string[]): Promise<number> {
  process.stderr.write('undersigned export is not available yet.\n');
  return 1;
}
