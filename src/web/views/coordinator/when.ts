const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment for coordinators: date and time in UTC, in their language ("28 avr. 2026, 09:00 UTC"). */
export function utcTime(d: Date, locale: string): string {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
    formats.set(locale, f);
  }
  return `${f.format(d)} UTC`;
}
