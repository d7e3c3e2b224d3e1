/**
 * Boot: pick the backend this build was made for (the emulator on the same origin, or the in-browser
 * mock of the playground), then render the portal. The playground's mock is a separate chunk, loaded
 * only by the playground build.
 */
import { createRoot } from "react-dom/client";
import { App } from "./app/app.js";
import type { Backend } from "./backend/backend.js";
import "./styles.css";

const PLAYGROUND = import.meta.env.MODE === "playground";

async function loadBackend(): Promise<Backend> {
  if (PLAYGROUND) {
    const { playgroundBackend } = await import("./backend/playground-backend.js");
    return playgroundBackend();
  }
  const { emulatorBackend } = await import("./backend/emulator-backend.js");
  return emulatorBackend(window.location.origin);
}

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root");
const root = createRoot(container);

loadBackend().then(
  (backend) => root.render(<App backend={backend} hashRoutes={PLAYGROUND} />),
  (error: unknown) => {
    root.render(
      <main className="boot-failure">
        <h1>The portal could not start</h1>
        <p role="alert">{error instanceof Error ? error.message : String(error)}</p>
      </main>,
    );
  },
);
