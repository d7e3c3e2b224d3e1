/**
 * A `node:http` server in a child process (so its work is not counted as client CPU time) that
 * answers every AWS JSON call with a fixed GetBenefit output.
 */
import { type ChildProcess, spawn } from "node:child_process";

const SERVER = `
const http = require("node:http");
const body = JSON.stringify({
  Id: "ben-0123456789abcd", Catalog: "AWS", Name: "MAP credits", Description: "Credits for migrations",
  Programs: ["MAP"], FulfillmentTypes: ["CREDITS", "CASH"], Status: "ACTIVE",
  BenefitRequestSchema: { type: "object", properties: { projectName: { type: "string" } } },
});
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "bench", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
`;

export interface ServerProcess {
  url: string;
  stop(): void;
}

export async function startServerProcess(): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["-e", SERVER], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
