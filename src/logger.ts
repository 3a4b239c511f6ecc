/** Structured one-line logs on stdout/stderr: JSON for machines, or a short line for a person at a terminal. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'auto' | 'json' | 'pretty';
const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** `auto` is pretty when stdout is a terminal (someone is watching) and JSON otherwise (a collector is). */
export function createLogger(level: LogLevel = 'info', format: LogFormat = 'auto'): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  const emit = (l: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (rank[l] < rank[level]) return;
    const time = new Date();
    const line = pretty ? prettyLine(time, l, msg, fields) : JSON.stringify({ time: time.toISOString(), level: l, msg, ...fields });
    (l === 'error' || l === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

/** `09:41:07 INFO  request GET /statements/x 200 3.2ms requestId=…`: the fields people scan first, then the rest as key=value. */
export function prettyLine(time: Date, level: Exclude<LogLevel, 'silent'>, msg: string, fields: Record<string, unknown> = {}): string {
  const { method, path, status, ms, stack, ...rest } = fields;
  const head = [time.toISOString().slice(11, 19), level.toUpperCase().padEnd(5), msg];
  if (method !== undefined) head.push(String(method), String(path ?? ''), String(status ?? ''), ms === undefined ? '' : `${String(ms)}ms`);
  const tail = Object.entries(rest)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? (/[\s"=]/.test(v) ? JSON.stringify(v) : v) : JSON.stringify(v)}`);
  const line = [...head.filter((s) => s !== ''), ...tail].join(' ').replace(/[\r\n]+/g, ' ');
  return typeof stack === 'string' ? `${line}\n${stack}` : line;
}

export const silentLogger: Logger = createLogger('silent');
