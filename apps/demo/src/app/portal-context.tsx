/** What every page reads: the backend, and the catalog the partner has chosen (kept in localStorage). */
import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import type { Backend } from "../backend/backend.js";

interface PortalState {
  backend: Backend;
  catalog: string;
  setCatalog(catalog: string): void;
  /** Bumped after the data was reset, so every page loads afresh. */
  resets: number;
  afterReset(): void;
}

const PortalContext = createContext<PortalState | undefined>(undefined);
const CATALOG_KEY = "pcb-portal:catalog";
/** A product choice, not a copy of the service's list: the catalogs come from the backend. */
const PREFERRED_CATALOG = "Sandbox";

function initialCatalog(catalogs: readonly string[]): string {
  const stored = window.localStorage.getItem(CATALOG_KEY);
  if (stored && catalogs.includes(stored)) return stored;
  // The service's test catalog first (a partner trying the portal applies for nothing real), when present.
  return catalogs.find((c) => c === PREFERRED_CATALOG) ?? catalogs[0] ?? PREFERRED_CATALOG;
}

export function PortalProvider({ backend, children }: { backend: Backend; children: ReactNode }) {
  const [catalog, setCatalogState] = useState(() => initialCatalog(backend.catalogs));
  const [resets, setResets] = useState(0);
  const value = useMemo<PortalState>(
    () => ({
      backend,
      catalog,
      setCatalog(next) {
        window.localStorage.setItem(CATALOG_KEY, next);
        setCatalogState(next);
      },
      resets,
      afterReset: () => setResets((n) => n + 1),
    }),
    [backend, catalog, resets],
  );
  return <PortalContext.Provider value={value}>{children}</PortalContext.Provider>;
}

export function usePortal(): PortalState {
  const state = useContext(PortalContext);
  if (!state) throw new Error("usePortal outside PortalProvider");
  return state;
}
