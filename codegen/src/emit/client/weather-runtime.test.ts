/**
 * Runs the client generated for the weather model (with the real runtime) against a fake
 * transport: the shapes Benefits lacks (blobs, epoch-seconds timestamps, intEnums, floats, maps,
 * unions with a Unit member, idempotency tokens, @retryable errors) go through the wire correctly.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeClientProject } from "../../../test/support/client-project.js";
import { buildServiceIR } from "../../ir/build.js";
import { loadPaths } from "../../model/load.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../../..");

interface Sent {
  target: string;
  body: Record<string, unknown>;
}
interface Reply {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: string;
}
type AnyCommand = new (input: Record<string, unknown>) => object;
interface WeatherModule {
  WeatherServiceClient: new (config: object) => { send(command: object): Promise<Record<string, unknown>> };
  CreateReportCommand: AnyCommand;
  GetForecastCommand: AnyCommand;
  PingCommand: AnyCommand;
  ServiceUnavailableError: new (...args: never[]) => Error;
  Severity: Record<string, number>;
}

let dir: string;
let weather: WeatherModule;

beforeAll(async () => {
  const loaded = loadPaths([join(repo, "codegen/test/fixtures/weather/model")]);
  if (!loaded.model) throw new Error("weather model does not load");
  dir = mkdtempSync(join(tmpdir(), "client-weather-"));
  const entry = writeClientProject(dir, buildServiceIR(loaded.model));
  weather = (await import(pathToFileURL(entry).href)) as WeatherModule;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function client(replies: Reply[]): { sent: Sent[]; send(command: object): Promise<Record<string, unknown>> } {
  const sent: Sent[] = [];
  const c = new weather.WeatherServiceClient({
    region: "us-east-1",
    credentials: { accessKeyId: "A", secretAccessKey: "S" },
    maxAttempts: 2,
    requestHandler: {
      async handle(request: { headers: Record<string, string>; body: string }) {
        sent.push({ target: request.headers["x-amz-target"] ?? "", body: JSON.parse(request.body) });
        const reply = replies.shift() ?? {};
        return {
          statusCode: reply.statusCode ?? 200,
          headers: reply.headers ?? {},
          body: reply.body ?? "{}",
        };
      },
    },
  });
  return { sent, send: (command) => c.send(command) };
}

describe("generated weather client", () => {
  it("fills the idempotency token, base64-encodes blobs, sends documents and intEnums as is", async () => {
    const c = client([{ body: '{"ReportId":"r-1"}' }]);
    const out = await c.send(
      new weather.CreateReportCommand({
        CityId: "c-1",
        Photo: new Uint8Array([0, 1, 254, 255]),
        Details: { wind: [1, 2], gusts: null },
        Severity: weather.Severity.HIGH,
      }),
    );
    expect(out.ReportId).toBe("r-1");
    const [request] = c.sent;
    expect(request?.target).toBe("Weather.CreateReport");
    expect(request?.body).toEqual({
      CityId: "c-1",
      ClientToken: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      Photo: "AAH+/w==",
      Details: { wind: [1, 2], gusts: null },
      Severity: 2,
    });
  });

  it("keeps a caller's idempotency token", async () => {
    const c = client([{ body: '{"ReportId":"r-2"}' }]);
    await c.send(new weather.CreateReportCommand({ CityId: "c-1", ClientToken: "mine" }));
    expect(c.sent[0]?.body.ClientToken).toBe("mine");
  });

  it("reads epoch-seconds and date-time timestamps, float specials, maps and unions", async () => {
    const body = {
      CityId: "c-1",
      IssuedAt: 946845296.123,
      ValidUntil: "2000-01-03T00:00:00Z",
      Readings: { temp: 21.5, hum: "NaN", skip: null },
      Precipitation: { None: {} },
      Conditions: ["sunny", "windy-new-value"],
      ChanceOfRain: "Infinity",
    };
    const c = client([{ body: JSON.stringify(body) }]);
    const out = await c.send(new weather.GetForecastCommand({ CityId: "c-1" }));
    expect(out).toMatchObject({
      IssuedAt: new Date("2000-01-02T20:34:56.123Z"),
      ValidUntil: new Date("2000-01-03T00:00:00Z"),
      Readings: { temp: 21.5, hum: Number.NaN },
      Precipitation: { None: {} },
      Conditions: ["sunny", "windy-new-value"],
      ChanceOfRain: Number.POSITIVE_INFINITY,
    });
    expect(out.Readings).not.toHaveProperty("skip");
  });

  it("sends {} for a Unit input and retries a @retryable error", async () => {
    const c = client([
      { statusCode: 503, body: '{"__type":"example.weather#ServiceUnavailableError","Message":"busy"}' },
      {},
    ]);
    const out = await c.send(new weather.PingCommand({}));
    expect(c.sent.map((s) => s.body)).toEqual([{}, {}]);
    expect(out.$metadata).toMatchObject({ attempts: 2, httpStatusCode: 200 });
  });

  it("throws the modelled error class after the last attempt", async () => {
    const reply = { statusCode: 503, body: '{"__type":"ServiceUnavailableError","Message":"busy"}' };
    const c = client([reply, reply]);
    const error = await c.send(new weather.PingCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(weather.ServiceUnavailableError);
    expect(error).toMatchObject({
      name: "ServiceUnavailableError",
      message: "busy",
      $retryable: {},
      $fault: "server",
    });
  });
});
