// Sentence splitting for English and Chinese news text. Events and quotes are found sentence by
// sentence, so offsets stay tied to the article text for evidence and quotes.

export interface Sentence {
  /** The sentence, trimmed. */
  text: string;
  /** Offsets of `text` in the article text. */
  start: number;
  end: number;
  /** 0-based paragraph number (paragraphs are separated by blank lines). */
  paragraph: number;
  /** 0-based position among all sentences of the article. */
  index: number;
}

// Words whose trailing period does not end a sentence (lower-case, without the period).
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "rev", "hon",
  "inc", "co", "corp", "ltd", "llc", "plc", "bros", "dept", "est", "v", "vs", "etc", "approx",
  "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "fig", "vol", "op", "cf", "al",
]);

// Abbreviations that are also names or words ("Ma Jun.", "said no."): they only hold a sentence
// together when a number follows ("Jun. 5", "No. 3").
const BEFORE_NUMBERS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos"]);

const CLOSERS = "\"'”’)]）」』";
const CJK_END = "。！？；";

function isAbbreviation(text: string, dot: number): boolean {
  // The word before the period, including inner periods ("U.S").
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (BEFORE_NUMBERS.has(word)) return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  // A single capital letter is an initial ("J. K. Rowling"), not an end.
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!);
}

/** Whether the terminator at `i` ends a sentence, given what follows. */
function endsAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (CJK_END.includes(ch)) return true;
  if (ch === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) return false;
  if (ch === "." && isAbbreviation(text, i)) return false;
  let j = i + 1;
  while (j < text.length && (CLOSERS.includes(text[j]!) || text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j]!)) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  const next = text[j] ?? "";
  // A new sentence starts with a capital (also "Ö", "É"), a digit, an opening quote, a CJK
  // character, a list item's dash or bullet ("… so far.\n- Pinterest (April 2023): …") or a
  // name written in camel case ("… has been thin. bKash connected …", "eBay").
  return /[\p{Lu}0-9"“'‘(\u3400-\u9fff]/u.test(next) || /^(?:[-–—•*·]\s|[a-z]\p{Lu})/u.test(text.slice(j, j + 2));
}

/** Splits article text into sentences; paragraph breaks (blank lines) always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /\n\s*\n/g;
  let paraStart = 0;
  const paragraphs: [number, number][] = [];
  for (let m = paraRe.exec(text); m; m = paraRe.exec(text)) {
    paragraphs.push([paraStart, m.index]);
    paraStart = m.index + m[0].length;
  }
  paragraphs.push([paraStart, text.length]);
  for (const [ps, pe] of paragraphs) {
    let start = ps;
    for (let i = ps; i < pe; i++) {
      const code = text.charCodeAt(i);
      // Only a newline, ".", "!", "?" or a CJK stop (all at U+3000 or above) can end a sentence.
      if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && (code < 0x3000 || !CJK_END.includes(text[i]!))) continue;
      const ch = text[i]!;
      if (ch === "\n") {
        // A single newline inside a paragraph is a line wrap unless the line ended a sentence,
        // or a list item starts on the next line ("What changed this quarter\n- NatWest opened …").
        if (/^\n[ \t]*[-–—•*·][ \t]/.test(text.slice(i, i + 4))) {
          pushSentence(out, text, start, i, paragraph);
          start = i;
        }
        continue;
      }
      if ((ch === "." || ch === "!" || ch === "?" || CJK_END.includes(ch)) && endsAt(text, i)) {
        let j = i + 1;
        while (j < pe && (CLOSERS.includes(text[j]!) || ".!?".includes(text[j]!) || CJK_END.includes(text[j]!))) j++;
        pushSentence(out, text, start, j, paragraph);
        start = j;
        i = j - 1;
      }
    }
    pushSentence(out, text, start, pe, paragraph);
    if (text.slice(ps, pe).trim()) paragraph++;
  }
  return out;
}

// At module level, not a closure per paragraph: under tsx (keepNames) each closure made is named
// with Object.defineProperty, a cost paid per paragraph of every article.
function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, paragraph, index: out.length });
}
