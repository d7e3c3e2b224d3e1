/** The portal's shell: header with the catalog switch and navigation, and the routes. */
import { useState } from "react";
import { Link, Route, Router, Switch, useRoute } from "wouter";
import { useHashLocation } from "wouter/use-hash-location";
import type { Backend } from "../backend/backend.js";
import { AllocationPage, AllocationsPage } from "../pages/allocations-page.js";
import { ApplicationPage } from "../pages/application-page.js";
import { ApplicationsPage } from "../pages/applications-page.js";
import { BenefitPage } from "../pages/benefit-page.js";
import { CatalogPage } from "../pages/catalog-page.js";
import { ReviewerPage } from "../pages/reviewer-page.js";
import { PortalProvider, usePortal } from "./portal-context.js";

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(href === "/" ? "/" : `${href}/*?`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined}>
      {children}
    </Link>
  );
}

function Header() {
  const { backend, catalog, setCatalog, afterReset } = usePortal();
  const [resetDone, setResetDone] = useState(false);
  return (
    <header className="top">
      <div className="brand">
        <span className="brand-name">Benefits portal</span>
        <span className={`mode mode-${backend.mode}`}>
          {backend.mode === "playground" ? "Playground: everything runs in this page" : "Emulator"}
        </span>
      </div>
      <nav aria-label="Main">
        <NavLink href="/">Catalog</NavLink>
        <NavLink href="/applications">Applications</NavLink>
        <NavLink href="/allocations">Allocations</NavLink>
        <NavLink href="/reviewer">Reviewer console</NavLink>
      </nav>
      <div className="header-tools">
        <div className="filter">
          <label htmlFor="header-catalog">Catalog</label>
          <select id="header-catalog" value={catalog} onChange={(e) => setCatalog(e.target.value)}>
            {backend.catalogs.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {backend.mode === "playground" ? (
          <button
            type="button"
            onClick={() =>
              backend.reviewer.reset().then(() => {
                setResetDone(true);
                afterReset();
              })
            }
            title="Delete every application, allocation and tag in this page's mock"
          >
            Reset playground
          </button>
        ) : null}
        <span aria-live="polite" className="reset-note">
          {resetDone ? "Reset." : ""}
        </span>
      </div>
    </header>
  );
}

function Routes() {
  const { catalog, resets } = usePortal();
  // Keyed by catalog and resets: switching catalogs or resetting the data starts every page afresh.
  return (
    <main key={`${catalog}:${resets}`}>
      <Switch>
        <Route path="/">
          <CatalogPage />
        </Route>
        <Route path="/benefits/:id">{(params) => <BenefitPage id={params.id} />}</Route>
        <Route path="/applications">
          <ApplicationsPage />
        </Route>
        <Route path="/applications/:id">{(params) => <ApplicationPage id={params.id} />}</Route>
        <Route path="/allocations">
          <AllocationsPage />
        </Route>
        <Route path="/allocations/:id">{(params) => <AllocationPage id={params.id} />}</Route>
        <Route path="/reviewer">
          <ReviewerPage />
        </Route>
        <Route>
          <h1>Not found</h1>
          <p>
            No page here. <Link href="/">Go to the catalog</Link>.
          </p>
        </Route>
      </Switch>
    </main>
  );
}

export function App({ backend, hashRoutes }: { backend: Backend; hashRoutes: boolean }) {
  const body = (
    <PortalProvider backend={backend}>
      <Header />
      <Routes />
      <footer className="muted">
        Built on <code>@pc-benefits/client</code>. Talking to {backend.endpointLabel}.
      </footer>
    </PortalProvider>
  );
  return hashRoutes ? <Router hook={useHashLocation}>{body}</Router> : <Router>{body}</Router>;
}
