// Text normalisation shared by the matchers. Text is cut into tokens: a run of Latin letters or
// digits is one token, and every CJK character is a token of its own (Chinese, Japanese and
// Korean names sit inside text with no spaces around them). Tokens are NFKC-folded (full-width
// "ＱＱ" becomes "QQ") and, for matching, lower-cased with accents folded ("México" → "mexico");
// each keeps its offsets in the original text
// so matches can be mapped back to what was written.

export interface Token {
  /** NFKC-folded, lower-cased token with accents stripped. */
  text: string;
  /** NFKC-folded token with its case kept (for case-sensitive aliases). */
  cased: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** True for a single CJK character. */
  cjk: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

// Letters inside a word that do not split it: "Ele.me" and "JD.com" stay apart ("ele", "me"),
// but the apostrophe of "Pinduoduo's" is a separator too, so the possessive is its own token.
function charClass(ch: string): "cjk" | "word" | "sep" {
  const code = ch.codePointAt(0)!;
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return "word";
    return "sep";
  }
  if (CJK.test(ch)) return "cjk";
  return WORD.test(ch) ? "word" : "sep";
}

const fold = (word: string): string => (/^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());

/** Splits text into normalised tokens with offsets into the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let cur: { cased: string; start: number; end: number } | null = null;
  const flush = () => {
    // Accents fold for matching: "Autorité de la concurrence", "Banco de México", "Türk Telekom".
    if (cur) tokens.push({ text: fold(cur.cased), cased: cur.cased, start: cur.start, end: cur.end, cjk: false });
    cur = null;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const raw = text.slice(i, i + width);
    // ASCII needs no folding; everything else goes through NFKC (full-width forms, ligatures).
    const folded = code < 128 ? raw : raw.normalize("NFKC");
    // A folded character can expand ("㈱" → "(株)"); classify each piece but keep one offset span.
    for (const ch of folded) {
      const cls = charClass(ch);
      if (cls === "word") {
        if (cur) {
          cur.cased += ch;
          cur.end = i + width;
        } else cur = { cased: ch, start: i, end: i + width };
      } else {
        // "Disney+", "Apple TV+", "Meli+": a plus written onto a name makes another service's name.
        const plus = ch === "+" && cur !== null;
        flush();
        if (cls === "cjk") tokens.push({ text: ch.toLowerCase(), cased: ch, start: i, end: i + width, cjk: true });
        else if (plus) tokens.push({ text: "+", cased: "+", start: i, end: i + width, cjk: false });
      }
    }
    i += width;
  }
  flush();
  return tokens;
}

/** Canonical lookup key of a name: its tokens, lower-cased, joined by single spaces. */
export function normalizeKey(name: string): string {
  return tokenize(name)
    .map((t) => t.text)
    .join(" ");
}

/** Like normalizeKey but keeping case, for aliases that must match exactly as written. */
export function casedKey(name: string): string {
  return tokenize(name)
    .map((t) => t.cased)
    .join(" ");
}

// Corporate suffixes that do not change which organisation is meant ("Tencent Holdings Ltd.").
export const CORPORATE_SUFFIXES = new Set([
  "inc", "incorporated", "co", "company", "ltd", "limited", "group", "corp", "corporation",
  "holding", "holdings", "plc", "llc", "sa", "ag", "gmbh", "bhd", "tbk",
]);

/** Key with trailing corporate suffixes removed ("alibaba group holding ltd" → "alibaba"). */
export function stripCorporateSuffixes(key: string): string {
  const parts = key.split(" ");
  while (parts.length > 1 && CORPORATE_SUFFIXES.has(parts[parts.length - 1]!)) parts.pop();
  return parts.join(" ");
}
