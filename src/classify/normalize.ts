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
  // The word being read: from `start` (-1 when none) to `end`. Its cased form is `built` once a
  // character went through NFKC, else simply text.slice(start, end): most text is ASCII, and
  // slicing once per word is much cheaper than growing a string per character.
  let start = -1;
  let end = 0;
  let built: string | undefined;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      if ((unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) {
        if (start < 0) start = i;
        else if (built !== undefined) built += text[i];
        end = i + 1;
      } else {
        // "Disney+", "Apple TV+", "Meli+": a plus written onto a name makes another service's name;
        // an ampersand written onto a word keeps "e& money" apart from "e-money".
        const plus = (unit === 43 || unit === 38) && start >= 0;
        if (start >= 0) {
          pushWord(tokens, text, start, end, built);
          start = -1;
          built = undefined;
        }
        if (plus) tokens.push({ text: text[i]!, cased: text[i]!, start: i, end: i + 1, cjk: false });
      }
      i++;
      continue;
    }
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    // Everything beyond ASCII goes through NFKC (full-width forms, ligatures).
    const folded = text.slice(i, i + width).normalize("NFKC");
    // A folded character can expand ("㈱" → "(株)"); classify each piece but keep one offset span.
    for (const ch of folded) {
      const cls = charClass(ch);
      if (cls === "word") {
        if (start >= 0) built = (built ?? text.slice(start, end)) + ch;
        else {
          start = i;
          built = ch;
        }
        end = i + width;
      } else {
        const plus = ch === "+" && start >= 0;
        if (start >= 0) {
          pushWord(tokens, text, start, end, built);
          start = -1;
          built = undefined;
        }
        if (cls === "cjk") tokens.push({ text: ch.toLowerCase(), cased: ch, start: i, end: i + width, cjk: true });
        else if (plus) tokens.push({ text: "+", cased: "+", start: i, end: i + width, cjk: false });
      }
    }
    i += width;
  }
  if (start >= 0) pushWord(tokens, text, start, end, built);
  return tokens;
}

// At module level, not a closure in tokenize: under tsx (keepNames) every closure made per call
// is named with Object.defineProperty, which cost more than the tokenizing.
function pushWord(tokens: Token[], text: string, start: number, end: number, built: string | undefined): void {
  // Accents fold for matching: "Autorité de la concurrence", "Banco de México", "Türk Telekom".
  const cased = built ?? text.slice(start, end);
  tokens.push({ text: built === undefined ? cased.toLowerCase() : fold(cased), cased, start, end, cjk: false });
}

// Names are looked up far more often than there are distinct names; bounded, cleared when full.
const keys = new Map<string, string>();

/** Canonical lookup key of a name: its tokens, lower-cased, joined by single spaces. */
export function normalizeKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    key = tokenize(name)
      .map((t) => t.text)
      .join(" ");
    keys.set(name, key);
  }
  return key;
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

/** A literal string as a regular-expression source. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
