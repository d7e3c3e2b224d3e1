import { describe, expect, it } from "vitest";
import { docToMarkdown, summaryOf } from "./doc-text.js";

describe("docToMarkdown", () => {
  it.each([
    ["Markdown passes through", "Returns *one* thing.\n\nMore.", "Returns *one* thing.\n\nMore."],
    ["paragraphs", "<p>One.</p> <p>Two.</p>", "One.\n\nTwo."],
    [
      "code and emphasis",
      "<p>Use <code>Foo</code> <b>now</b> <i>please</i>.</p>",
      "Use `Foo` **now** *please*.",
    ],
    ["links", '<p>See <a href="https://x.test/a">the guide</a>.</p>', "See [the guide](https://x.test/a)."],
    ["lists", "<p>Either:</p><ul><li><p>a</p></li><li>b</li></ul>", "Either:\n\n- a\n- b"],
    ["entities", "<p>a &lt; b &amp;&amp; c &#62; d &#x41;</p>", "a < b && c > d A"],
    ["unknown tags dropped", "<p>x<fullname>Y</fullname></p>", "xY"],
  ])("%s", (_name, input, expected) => {
    expect(docToMarkdown(input)).toBe(expected);
  });
});

describe("summaryOf", () => {
  it.each([
    ["first sentence", "<p>Gets a thing. Then more.</p>", "Gets a thing."],
    ["no full stop", "Gets a thing", "Gets a thing"],
    ["markup removed", '<p>Gets <code>Foo</code> from <a href="u">bar</a>. More.</p>', "Gets Foo from bar."],
    ["version numbers stay", "Uses v1.2 of it. More.", "Uses v1.2 of it."],
  ])("%s", (_name, input, expected) => {
    expect(summaryOf(input)).toBe(expected);
  });
});
