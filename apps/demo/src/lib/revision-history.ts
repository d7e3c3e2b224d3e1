/**
 * An application's history as this browser saw it. The API keeps no history (GetBenefitApplication
 * returns the current revision only), so the portal records each revision it reads, with its status and
 * stage, in localStorage.
 */
export interface HistoryEntry {
  revision: string;
  status: string;
  stage: string | undefined;
  /** ISO time of UpdatedAt, else when the portal read it. */
  at: string;
}

const MAX_ENTRIES = 50;

/** Appends `entry` unless it is the revision last recorded; keeps the newest MAX_ENTRIES. */
export function withRevision(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  if (history.some((h) => h.revision === entry.revision)) return [...history];
  return [...history, entry].slice(-MAX_ENTRIES);
}

export function historyKey(catalog: string, id: string): string {
  return `pcb-portal:history:${catalog}:${id}`;
}

export function parseHistory(text: string | null): HistoryEntry[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value)
      ? value.filter(
          (e): e is HistoryEntry =>
            typeof e === "object" &&
            e !== null &&
            typeof e.revision === "string" &&
            typeof e.status === "string",
        )
      : [];
  } catch {
    return [];
  }
}
