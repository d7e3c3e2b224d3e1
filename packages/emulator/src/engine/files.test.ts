import { describe, expect, it } from "vitest";
import { effectiveFileStatus, fileNameOf, fileTypeOf, recordFiles } from "./files.js";

describe("files", () => {
  it.each([
    ["s3://bucket/dir/plan.pdf", "plan.pdf", "application/pdf"],
    [
      "https://example.com/a/Deck.PPTX?x=1#y",
      "Deck.PPTX",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
    ["https://example.com/a/my%20photo.jpeg", "my photo.jpeg", "image/jpeg"],
    ["s3://bucket/notes.txt", "notes.txt", undefined],
    ["s3://bucket/", "file", undefined],
  ])("%s -> %s (%s)", (uri, name, type) => {
    expect(fileNameOf(uri)).toBe(name);
    expect(fileTypeOf(name)).toBe(type);
  });

  it("keeps known files and starts new ones PENDING", () => {
    const first = recordFiles([{ FileURI: "s3://b/a.pdf" }], [], 100, 50, "acct");
    expect(effectiveFileStatus(first[0]!, 149)).toBe("PENDING");
    expect(effectiveFileStatus(first[0]!, 150)).toBe("SUCCEEDED");
    const failed = [{ ...first[0]!, status: "FAILED" as const, processAt: null }];
    const second = recordFiles(
      [{ FileURI: "s3://b/a.pdf" }, { FileURI: "s3://b/c.csv" }],
      failed,
      200,
      null,
      "acct",
    );
    expect(second.map((f) => [f.name, f.status, f.processAt])).toEqual([
      ["a.pdf", "FAILED", null],
      ["c.csv", "PENDING", null],
    ]);
    expect(effectiveFileStatus(second[1]!, 10 ** 12)).toBe("PENDING");
  });
});
