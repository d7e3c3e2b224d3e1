import { describe, expect, it } from "vitest";
import { decodeQuotedString, decodeTextBlock } from "./strings.js";

describe("quoted strings", () => {
  it.each<[string, string, string]>([
    ["plain text", "abc", "abc"],
    ["all short escapes", '\\" \\\\ \\/ \\b \\f \\n \\r \\t', '" \\ / \b \f \n \r \t'],
    ["unicode escape", "\\u00e9", "é"],
    ["surrogate pair from two escapes", "\\uD83D\\uDE00", "😀"],
    ["raw astral character", "😀", "😀"],
    ["backslash-newline continues the line", "a\\\nb", "ab"],
    ["raw newlines are kept, CRLF normalised", "a\r\nb\rc", "a\nb\nc"],
  ])("%s", (_name, body, expected) => {
    expect(decodeQuotedString(body)).toEqual({ value: expected });
  });

  it.each<[string, string, string]>([
    ["unknown escape", "a\\'b", "Invalid escape found in string: `\\'`"],
    ["short unicode escape", "\\u12", "Invalid unicode escape: `\\u12`"],
    ["raw control character", "a\u0001b", "Invalid string character: \\u0001"],
  ])("rejects %s", (_name, body, error) => {
    expect(decodeQuotedString(body)).toEqual({ error });
  });
});

describe("text blocks", () => {
  it.each<[string, string, string]>([
    ["closing delimiter on its own line", "\n    Hello\n    ", "Hello\n"],
    ["closing delimiter after content", "\n    Hello", "Hello"],
    [
      "delimiter at the margin keeps indentation",
      "\n    Foo\n        Baz\n    Bar\n",
      "    Foo\n        Baz\n    Bar\n",
    ],
    ["relative indentation kept", "\n    a\n      b\n    ", "a\n  b\n"],
    ["blank lines ignored for the indent", "\n    a\n\n    b\n    ", "a\n\nb\n"],
    ["trailing spaces stripped", "\n    a   \n    ", "a\n"],
    ["escapes interpreted after stripping", "\n    a\\n    b\n    ", "a\n    b\n"],
    ["backslash at end of line joins lines", "\n    Hi \\\n    there", "Hi there"],
    ["escaped quotes", '\n    "Hi\\"', '"Hi"'],
    ["CRLF line endings", "\r\n    a\r\n    ", "a\n"],
  ])("%s", (_name, body, expected) => {
    expect(decodeTextBlock(body)).toEqual({ value: expected });
  });

  it.each<[string, string, string]>([
    ["empty", "", "Text block is empty"],
    ["no newline after the opening delimiter", "abc", "Text block must start with a new line"],
    ["spaces before the newline", "  \nabc", "Text block must start with a new line"],
  ])("rejects %s", (_name, body, error) => {
    expect(decodeTextBlock(body)).toEqual({ error });
  });
});
