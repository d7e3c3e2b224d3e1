/** Runs the journey against the in-process emulator, or against `endpoint` when one is given. */
import { PartnerCentralBenefitsClient } from "@pc-benefits/client";
import { NodeHttpHandler, nodeSigner } from "@pc-benefits/client/node";
import { type Backend, remote, startInProcess } from "./backend.js";
import { type JourneyFacts, runJourney } from "./journey.js";
import { createTranscript } from "./transcript.js";

export interface DemoOptions {
  /** An emulator already serving (e.g. `pnpm start` of the emulator); default: one in this process. */
  endpoint?: string;
  /** Where transcript lines go as they happen (default: nowhere). */
  print?: (line: string) => void;
}

export interface DemoResult {
  facts: JourneyFacts;
  transcript: readonly string[];
}

const DEMO_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "demo-secret" };

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const backend: Backend = options.endpoint ? remote(options.endpoint) : await startInProcess();
  const say = createTranscript(options.print);
  say.note(`Partner Central Benefits toolkit demo: @pc-benefits/client against the ${backend.description}`);
  const client = new PartnerCentralBenefitsClient({
    region: process.env.AWS_REGION ?? "us-east-1",
    endpoint: backend.endpoint,
    credentials: DEMO_CREDENTIALS,
    requestHandler: new NodeHttpHandler(),
    signer: nodeSigner,
  });
  try {
    const facts = await runJourney(client, backend.reviewer, say);
    say.note(
      `\nDone: application ${facts.applicationId} went ${facts.statuses.join(" -> ")}, ` +
        `with ${facts.allocationCount} allocation(s) and ${Object.keys(facts.tags).length} tags.`,
    );
    return { facts, transcript: say.lines };
  } finally {
    client.destroy();
    await backend.close();
  }
}
