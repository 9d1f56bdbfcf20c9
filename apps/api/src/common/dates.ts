/** Calendar days as the API stores and compares them: `YYYY-MM-DD`, in UTC. */

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export const todayUtc = (): string => isoDay(new Date());

/** The day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export const addDaysIso = (day: string, days: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
