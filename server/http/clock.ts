/** The server's own time zone (TZ or the system's), as an IANA name such as "Europe/Berlin". */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** True when `zone` is a time zone this Node knows ("Europe/Berlin", "UTC", "America/New_York"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Shows stored UTC times as wall-clock times in one time zone, and names the zone. */
export interface Clock {
  /** The zone's name as shown beside the times: "Europe/Berlin". */
  zone: string;
  /** "14:05:09" in the zone; empty for a time that cannot be read (so are the others). */
  time(iso: string | Date): string;
  /** "14:05" in the zone. */
  shortTime(iso: string | Date): string;
  /** "2026-12-01 14:05" in the zone. */
  dateTime(iso: string | Date): string;
  /** "2026-12-01T14:05:09+01:00": the time in the zone with its offset from UTC (ISO 8601), for files. */
  iso(iso: string | Date): string;
}

/** "+05:45" for 345 minutes east of UTC. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A clock for `zone`, which must be a valid time zone (config checks BYLINE_TIME_ZONE at start). */
export function makeClock(zone: string): Clock {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  // The parts of a time in the zone, or undefined for a time that cannot be read.
  const parts = (at: string | Date) => {
    const date = at instanceof Date ? at : new Date(at);
    if (Number.isNaN(date.getTime())) return undefined;
    const p: Record<string, string> = {};
    for (const { type, value } of format.formatToParts(date)) p[type] = value;
    return p;
  };
  return {
    zone,
    time(at) {
      const p = parts(at);
      return p ? `${p.hour}:${p.minute}:${p.second}` : '';
    },
    shortTime(at) {
      const p = parts(at);
      return p ? `${p.hour}:${p.minute}` : '';
    },
    dateTime(at) {
      const p = parts(at);
      return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
    },
    iso(at) {
      const p = parts(at);
      if (!p) return '';
      // How far the wall clock there is from UTC at that moment (summer time included), in whole minutes.
      const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
      const offset = offsetText(Math.round((wall - new Date(at).getTime()) / 60_000));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
    },
  };
}
