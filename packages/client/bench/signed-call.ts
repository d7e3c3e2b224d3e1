/**
 * (a) Cost per signed GetBenefit call against one local node:http server: ours vs the official
 * AWS SDK client, measured side by side in the same run (alternating rounds). Client CPU time
 * per call is the cost; wall time per sequential call is reported too.
 */
import {
  PartnerCentralBenefitsClient as OfficialClient,
  GetBenefitCommand as OfficialGetBenefitCommand,
} from "@aws-sdk/client-partnercentral-benefits";
// The built package through its exports, as users get it: on Node the `node` condition gives the default
// client the keep-alive node:http transport and the node:crypto signer.
import { FetchHttpHandler, GetBenefitCommand, PartnerCentralBenefitsClient } from "@pc-benefits/client";
import { NodeHttpHandler, nodeSigner } from "@pc-benefits/client/node";
import { startServerProcess } from "./local-server-process.js";

const CALLS_PER_ROUND = Number(process.env.BENCH_CALLS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CREDENTIALS = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
};
const INPUT = { Catalog: "AWS", Identifier: "ben-0123456789abcd" };

interface Sample {
  cpuUs: number;
  wallUs: number;
}

async function measure(call: () => Promise<unknown>, calls: number): Promise<Sample> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await call();
  const wall = Number(process.hrtime.bigint() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / calls, wallUs: wall / calls };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

export async function run(): Promise<string> {
  const server = await startServerProcess();
  const config = { region: "us-east-1", endpoint: server.url, credentials: CREDENTIALS };
  const oursDefault = new PartnerCentralBenefitsClient(config);
  if (
    !(oursDefault.config.requestHandler instanceof NodeHttpHandler) ||
    oursDefault.config.signer !== nodeSigner
  ) {
    throw new Error("the default client on Node should use NodeHttpHandler and nodeSigner");
  }
  const oursFetch = new PartnerCentralBenefitsClient({ ...config, requestHandler: new FetchHttpHandler() });
  const official = new OfficialClient(config);
  const contenders: [string, () => Promise<unknown>][] = [
    [
      "ours, default (`new PartnerCentralBenefitsClient({ region })`: NodeHttpHandler + nodeSigner on Node)",
      () => oursDefault.send(new GetBenefitCommand(INPUT)),
    ],
    [
      "official @aws-sdk/client-partnercentral-benefits",
      () => official.send(new OfficialGetBenefitCommand(INPUT)),
    ],
    ["ours, fetch transport (the browser default)", () => oursFetch.send(new GetBenefitCommand(INPUT))],
  ];
  const samples = new Map<string, Sample[]>(contenders.map(([name]) => [name, []]));
  try {
    for (const [, call] of contenders) await measure(call, 300); // warm up JIT, sockets, credentials, signing keys
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, call] of contenders) samples.get(name)?.push(await measure(call, CALLS_PER_ROUND));
    }
  } finally {
    oursDefault.destroy();
    oursFetch.destroy();
    official.destroy();
    server.stop();
  }
  const stats = contenders.map(([name]) => {
    const s = samples.get(name) ?? [];
    return { name, cpu: median(s.map((x) => x.cpuUs)), wall: median(s.map((x) => x.wallUs)) };
  });
  const base = stats[1];
  if (!base) throw new Error("no official sample");
  const rows = stats.map(
    (s) =>
      `| ${s.name} | ${s.cpu.toFixed(1)} | ${(s.cpu / base.cpu).toFixed(2)}x | ${s.wall.toFixed(1)} | ${(s.wall / base.wall).toFixed(2)}x |`,
  );
  return [
    `### Signed GetBenefit call, local node:http server (${ROUNDS} alternating rounds x ${CALLS_PER_ROUND} sequential calls, medians; Node ${process.version})`,
    "",
    "| client | client CPU µs/call | vs official | wall µs/call | vs official |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    "Goal: ours, default <= 0.3x the official client's cost.",
  ].join("\n");
}
