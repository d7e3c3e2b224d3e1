import { describe, expect, it } from "vitest";
import { compilePattern, translatePattern } from "./java-regex.js";

/** [construct, pattern, ECMAScript source, flags, inputs that must match, inputs that must not] */
type Row = [string, string, string, string, string[], string[]];

const rows: Row[] = [
  ["ECMAScript pattern kept as written", "^[a-z]+$", "^[a-z]+$", "u", ["abc"], ["ABC", "abc\n"]],
  ["\\p{...} that ECMAScript reads too", "^\\p{L}+$", "^\\p{L}+$", "u", ["été"], ["a1"]],
  [
    "leading (?i) becomes the i flag",
    "^(?i)(true|false)$",
    "^(true|false)$",
    "iu",
    ["TRUE", "False"],
    ["yes"],
  ],
  [
    "(?i) persists across alternatives",
    "^(?i)all|[0-9]{12}$",
    "^all|[0-9]{12}$",
    "iu",
    ["ALL", "123456789012"],
    ["al"],
  ],
  ["leading (?s) becomes the s flag", "^(?s)a.b$", "^a.b$", "su", ["a\nb"], ["ab"]],
  ["(?s) with nothing it affects", "^(?s)", "^", "u", ["anything"], []],
  ["leading (?m) becomes the m flag", "(?m)^b$", "^b$", "mu", ["a\nb\nc"], ["abc"]],
  [
    "scoped (?i) inside a lookahead: letters become classes of both cases",
    "^(?!(?i)(arn|aws):)[a-z:]+$",
    "^(?!([aA][rR][nN]|[aA][wW][sS]):)[a-z:]+$",
    "u",
    ["abc:d"],
    ["arn:x", "aws:y"],
  ],
  ["(?i:...) group", "^a(?i:b)c$", "^a(?:[bB])c$", "u", ["abc", "aBc"], ["ABc", "aBC"]],
  [
    "(?i) in a class: ranges gain the other case",
    "^x(?i:[a-c])$",
    "^x(?:[a-cA-C])$",
    "u",
    ["xB"],
    ["XB", "xd"],
  ],
  [
    "(?-s:...) keeps . from matching a line break under (?s)",
    "^(?s)a.(?-s:.)$",
    "^a[\\s\\S](?:.)$",
    "u",
    ["a\nb"],
    ["ab\n"],
  ],
  [
    "(?m) after the start: ^ and $ become line lookarounds",
    "^x(?m)$\\n^y$",
    "^x(?![^\\n\\r\\u2028\\u2029])\\n(?<![^\\n\\r\\u2028\\u2029])y(?![^\\n\\r\\u2028\\u2029])",
    "u",
    ["x\ny", "x\ny\nz"],
    ["x\nyz"],
  ],
  [
    "possessive quantifier",
    "^\\d{1}+:\\d++$",
    "^(?=(\\d{1}))(?:\\1):(?=(\\d+))(?:\\2)$",
    "u",
    ["1:23"],
    ["12:3", "1:"],
  ],
  ["possessive star gives nothing back", "^a*+a$", "^(?=(a*))(?:\\1)a$", "u", [], ["aaa", "a"]],
  [
    "possessive quantifier before a backreference: groups renumbered",
    "^(x)a++\\1$",
    "^(x)(?=(a+))(?:\\2)(?:\\1)$",
    "u",
    ["xaax"],
    ["xaa"],
  ],
  ["atomic group", "^(?>ab|a)b$", "^(?=(ab|a))(?:\\1)b$", "u", [], ["ab"]],
  ["quantifier after $", "^[-_a-z]*\u0024{0,1}$", "^[\\-_a-z]*(?:$){0,1}$", "u", ["a-b"], ["A"]],
  ["quantifier after $ with a minimum", "^[a-z]*\u0024{2,64}$", "^[a-z]*(?:$){2,64}$", "u", ["abc"], ["ab1"]],
  ["quantified lookahead", "^(?!\\.)+x$", "^(?:(?!\\.))+x$", "u", ["x"], [".x"]],
  [
    "a repetition after a repetition repeats nothing (as in Java)",
    "^\\d{1}{2}$",
    "^\\d{1}$",
    "u",
    ["1"],
    ["12"],
  ],
  ["{,n} means {0,n}", "^a{,2}$", "^a{0,2}$", "u", ["", "aa"], ["aaa"]],
  [
    "\\p{...} before - in a class: the - is a literal",
    "^[\\p{L}\\p{N}\\p{Z}-_]*$",
    "^[\\p{L}\\p{N}\\p{Z}\\-_]*$",
    "u",
    ["a-b_1 c"],
    ["a.b"],
  ],
  ["\\w before - in a class", "^[\\w-.~]+$", "^[\\w\\-\\.~]+$", "u", ["a-b.c~"], ["a b"]],
  ["escaped punctuation outside a class", "^a\\-b\\:c\\_d$", "^a-b:c_d$", "u", ["a-b:c_d"], ["a-b:cxd"]],
  ["lone } is a literal", "^\\{a}$", "^\\{a\\}$", "u", ["{a}"], ["{a"]],
  ["\\A and \\z", "^\\Aab\\z$", "^(?<![\\s\\S])ab(?![\\s\\S])$", "u", ["ab"], ["ab\n", "xab"]],
  [
    "\\Z allows one final line terminator",
    "ab\\Z",
    "ab(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))",
    "u",
    ["ab", "ab\n", "ab\r\n"],
    ["ab\n\n", "abc"],
  ],
  [
    "\\h horizontal whitespace",
    "^a\\hb$",
    "^a[ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]b$",
    "u",
    ["a b", "a\tb"],
    ["a\nb"],
  ],
  ["POSIX \\p{Alpha} is ASCII", "^\\p{Alpha}+$", "^[a-zA-Z]+$", "u", ["abcXYZ"], ["é"]],
  ["POSIX \\p{Punct}", "^\\p{Punct}$", "^[!-\\/:-@\\[-`{-~]$", "u", ["!", "~", "_"], ["a", " "]],
  ["POSIX \\p{XDigit} with a quantifier", "^\\p{XDigit}{2}$", "^[0-9a-fA-F]{2}$", "u", ["aF"], ["ag"]],
  ["\\p{IsAlphabetic}", "^[\\p{IsAlphabetic} ]+$", "^[\\p{Alphabetic} ]+$", "u", ["Ab é"], ["a1"]],
  [
    "POSIX \\p{Lower} is ASCII too, though ECMAScript reads it",
    "^\\p{Lower}$",
    "^[a-z]$",
    "u",
    ["q"],
    ["Q", "é"],
  ],
  ["quantified ^ (zero times allowed, as in Java)", "^*a$", "(?:^)*a$", "u", ["a", "ba"], ["ab"]],
  ["\\p{IsLatin} script", "^\\p{IsLatin}+$", "^\\p{Script=Latin}+$", "u", ["abé"], ["αβ"]],
  ["\\p{LD} letter or digit", "^\\p{LD}+$", "^[\\p{L}\\p{Nd}]+$", "u", ["a1é"], ["a-1"]],
  ["\\p{all}", "^[\\p{all}]$", "^[\\0-\\u{10FFFF}]$", "u", ["\n", "😀"], ["ab"]],
  [
    "class intersection",
    "^[\\p{Print}&&[^|:/]]+$",
    "^(?:(?=[ -~])[^\\|:\\/])+$",
    "u",
    ["ab c"],
    ["a|b", "é"],
  ],
  ["nested class union", "^[a[0-9]]+$", "^[a0-9]+$", "u", ["a1"], ["b"]],
  ["octal escape", "^[^/:|\\000-\\037]+$", "^[^\\/:\\|\\u{0}-\\u{1f}]+$", "u", ["abc"], ["a\tb", "a/b"]],
  ["\\x{...} escape", "^\\x{60}\\x41$", "^`A$", "u", ["`A"], ["a"]],
  ["\\Q...\\E quoting", "^\\Q.*\\E$", "^(?:\\.\\*)$", "u", [".*"], ["ab"]],
  ["\\e and \\a escapes", "^\\e\\a$", "^\\u{1b}\\u{7}$", "u", ["\u001b\u0007"], ["ea"]],
  [
    "two-digit backreference",
    "^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\-\\10$",
    "^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)-(?:\\10)$",
    "u",
    ["abcdefghij-j"],
    ["abcdefghij-a0"],
  ],
];

describe("translatePattern: Java regex -> ECMAScript", () => {
  it.each(rows)("%s: %s", (_construct, pattern, source, flags, matching, notMatching) => {
    const t = translatePattern(pattern);
    expect(t).toEqual({ kind: "ecma", pattern: { source, flags }, translated: source !== pattern });
    const regex = compilePattern(pattern) as RegExp;
    for (const input of matching) expect(regex.test(input), JSON.stringify(input)).toBe(true);
    for (const input of notMatching) expect(regex.test(input), JSON.stringify(input)).toBe(false);
  });

  it.each<[string, string, string]>([
    ["\\G", "^\\Ga$", "`\\G` (end of the previous match) has no ECMAScript equivalent"],
    ["a Unicode block", "^\\p{InGreek}+$", "the Unicode block `\\p{InGreek}` has no ECMAScript equivalent"],
    ["the comments flag", "(?x)a b", "the inline flag `x` is not translated"],
    [
      "a Java character class",
      "^\\p{javaLowerCase}$",
      "the Java character class `\\p{javaLowerCase}` is not translated",
    ],
  ])("valid Java without an ECMAScript equivalent: %s", (_construct, pattern, reason) => {
    expect(translatePattern(pattern)).toEqual({ kind: "unsupported", reason });
    expect(compilePattern(pattern)).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ["unclosed group", "^(ab", "Unclosed group near index 4"],
    ["unmatched )", "^ab)", "Unmatched closing ')' near index 3"],
    ["dangling quantifier", "*a", "Dangling meta character '*' near index 0"],
    ["two quantifiers", "^a**", "Dangling meta character '*' near index 3"],
    ["unclosed class", "^[ab", "Unclosed character class near index 3"],
    ["bad repetition", "^a{x}", "Illegal repetition near index 2"],
    ["unknown escape", "^\\ya", "Illegal/unsupported escape sequence \\y near index 1"],
    ["reversed range", "^[z-a]", "Illegal character range near index 5"],
  ])("invalid in both dialects: %s", (_construct, pattern, reason) => {
    expect(translatePattern(pattern)).toEqual({ kind: "invalid", reason });
  });
});
