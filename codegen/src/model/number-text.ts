/**
 * The source text of numbers a double cannot hold exactly (`9223372036854775807`, `1.5e400`,
 * 20-digit decimals), so that bigInteger and bigDecimal values survive a JSON AST -> model -> JSON
 * AST round trip. Node values stay plain JS numbers for everything that computes with them; the
 * serializer prints the recorded text instead of the double.
 *
 * A number too small for a double, read as 0, is not kept: 0 is far too common a value to stand
 * for one text. The table is keyed by the double: two different texts read as the same double make it ambiguous,
 * and the double is printed as before. Only lexemes long enough to lose precision (more than 15
 * characters) or written with an exponent are looked at, so ordinary numbers cost one comparison.
 */

const texts = new Map<number, string | null>();

/** Whether a lexeme may not be held exactly by a double (a cheap test the readers run first). */
export function mayLosePrecision(lexeme: string): boolean {
  return lexeme.length > 15 || lexeme.includes("e") || lexeme.includes("E");
}

/** Records the text a number was read from, when the double read from it is not exactly that. */
export function noteNumberText(value: number, lexeme: string): void {
  if (isHeldExactly(value, lexeme)) return;
  const known = texts.get(value);
  if (known === undefined) texts.set(value, lexeme);
  else if (known !== null && !sameNumber(known, lexeme)) texts.set(value, null);
}

/** The exact source text of a number read with `noteNumberText`, if one is known. */
export function exactNumberText(value: number): string | undefined {
  return texts.get(value) ?? undefined;
}

function isHeldExactly(value: number, lexeme: string): boolean {
  if (value === 0) return true;
  if (!Number.isFinite(value)) return false;
  if (/^-?\d+$/.test(lexeme)) {
    // every integer lexeme beyond 2^53 is recorded, exact or not, so two of them that read as one
    // double are seen to be ambiguous
    return Number.isSafeInteger(value);
  }
  return significantDigits(lexeme) <= 15;
}

function significantDigits(lexeme: string): number {
  const mantissa = lexeme.replace(/^-/, "").split(/[eE]/)[0] ?? "";
  return mantissa.replace(".", "").replace(/^0+/, "").length;
}

/** The same decimal number written two ways (`1.50E3` and `1500`)? */
function sameNumber(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(lexeme: string): string {
  const negative = lexeme.startsWith("-");
  const [mantissa = "", exp = "0"] = lexeme.replace(/^-/, "").split(/[eE]/);
  const [int = "", frac = ""] = mantissa.split(".");
  let digits = `${int}${frac}`;
  let exponent = Number(exp) + int.length;
  const lead = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(lead).replace(/0+$/, "");
  exponent -= lead;
  if (digits === "") return "0";
  return `${negative ? "-" : ""}0.${digits}e${exponent}`;
}
