import { describe, expect, it } from "vitest";
import { summaryOf } from "./doc-summary.js";

describe("summaryOf", () => {
  it.each<[string, string | undefined, string | undefined]>([
    ["HTML paragraphs", "<p>Gets a thing. Then more.</p>", "Gets a thing."],
    ["entities", "<p>A &lt;b&gt; &amp; c</p>", "A <b> & c"],
    ["nothing", undefined, undefined],
    ["only tags", "<p></p>", undefined],
    ["plain text without a period", "Reads the forecast", "Reads the forecast"],
  ])("summarizes %s", (_name, html, expected) => {
    expect(summaryOf(html)).toBe(expected);
  });
});
