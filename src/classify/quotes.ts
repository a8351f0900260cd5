// Named people quoted in an article. A quote is found from its attribution: a speech verb with a
// person as subject ("Li Si said", "said Li Si, an analyst at ...") or a source phrase ("according
// to Li Si"). Quote marks next to the attribution make it direct; "X believes that ..." is reported.
// Speakers must read as person names: organisations ("Tencent said") and anonymous sources ("a
// person familiar with the matter") are not people. Surnames and he/she resolve to the full name
// met earlier in the article, which also carries its role and affiliation forward. Chinese
// attributions are read by quotes-zh.ts.
import {
  hasRoleWord,
  institutionOf,
  isCapitalisedPhrase,
  looksAppositive,
  parseAppositive,
  parsePremodifier,
  personLike,
  personName,
  remember,
  type SpeakerMemory,
  type SpeakerRole,
  writtenNames,
} from "./appositive.ts";
import { CITY_DATELINE, DATELINE } from "./clauses.ts";
import type { EntityRegistry } from "./entities.ts";
import { type QuoteLexicon, quoteLexicon } from "./quote-lexicon.ts";
import type { Sentence } from "./sentences.ts";
import type { ExtractedQuote } from "./types.ts";
import { quoteForm } from "./quote-forms.ts";
import { extractChineseQuotes } from "./quotes-zh.ts";
import { escapeRegExp } from "./normalize.ts";

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
// Lower-case words that may sit between a subject and its verb ("Zhang also said").
const ADVERBS = new Set(["also", "further", "has", "had", "have", "once", "recently", "previously", "later", "then", "had", "similarly", "separately", "publicly", "repeatedly", "even"]);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const t = m[0].replace(/[.’']+$/, "");
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

/** Length in words of the lexicon phrase starting at word i, or 0. */
function phraseAt(index: Map<string, string[][]>, ws: Word[], i: number): number {
  for (const parts of index.get(ws[i]!.lower) ?? []) {
    if (parts.every((p, k) => ws[i + k]?.lower === p)) return parts.length;
  }
  return 0;
}

/** A speaker found in the text; `described` is false for a bare name never introduced before. */
interface Subject {
  name: string;
  role: SpeakerRole;
  described: boolean;
}

/** A subject phrase: "Zhang San", "Example Consulting analyst Zhang San", "he". */
function subjectOf(phrase: string, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon): Subject | null {
  const p = phrase.trim();
  if (p === "") return null;
  const lowerWhole = p.toLowerCase().replace(/\s+/g, " ");
  if (lex.anonymousPhrases.has(lowerWhole)) return null;
  const whole = personName(p, registry, memory, lex);
  if (whole) return { name: whole, role: { role: null, affiliation: null }, described: memory.known.has(whole) || personLike(whole, p, lex) };
  // "Zhang San of Example Securities" / "Zhang San at Example Bank"
  const of = /^(.+?)\s+(?:of|at|from)\s+(?:the\s+)?([\p{Lu}].*)$/u.exec(p);
  if (of && isCapitalisedPhrase(of[2]!)) {
    const name = personName(of[1]!, registry, memory, lex);
    if (name) return { name, role: { role: null, affiliation: of[2]! }, described: true };
    // "Analyst Thomas Becker of Example Research": a pre-modified name, then its organisation.
    const inner = subjectOf(of[1]!, registry, memory, lex);
    if (inner) return { name: inner.name, role: { role: inner.role.role, affiliation: of[2]! }, described: true };
  }
  // A pre-modified name: take the longest run of name words at the end.
  const ws = p.split(/\s+/);
  for (let k = Math.min(3, ws.length - 1); k >= 2; k--) {
    const name = personName(ws.slice(-k).join(" "), registry, memory, lex);
    if (!name) continue;
    const prefix = ws.slice(0, -k);
    const role = parsePremodifier(prefix.join(" "), lex);
    if (role.role) return { name, role, described: true };
    // "Example Research's Zhang San": the organisation without a role.
    const owner = /^(?:the\s+)?([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*)*)['’]s$/u.exec(prefix.join(" "));
    if (owner) return { name, role: { role: null, affiliation: owner[1]! }, described: true };
    // "my friend Deng Kai", "fellow blogger Li Na": a short lower-case description, no role.
    if (prefix.length <= 2 && /^[a-z]+$/.test(prefix[prefix.length - 1]!)) return { name, role: { role: null, affiliation: null }, described: true };
  }
  return null;
}

/** Removes words before a name that are not part of it ("But", "Meanwhile", "In addition"). */
function dropOpeners(segment: string, lex: QuoteLexicon): string {
  const ws = segment.trim().split(/\s+/);
  let i = 0;
  // "Our" stays: it says the speaker works for the publisher.
  while (i < ws.length - 1 && lex.notNameWords.has(ws[i]!.toLowerCase()) && ws[i]!.toLowerCase() !== "our") i++;
  return ws.slice(i).join(" ");
}

/** A subject before a verb: the clause is the text from the clause start to the verb. */
function subjectBefore(clause: string, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon): Subject | null {
  let c = clause.replace(/\s+$/, "");
  // Adverbs between subject and verb ("Zhang also said").
  for (;;) {
    const m = /\s([a-z]+)$/.exec(c);
    if (!m || !ADVERBS.has(m[1]!)) break;
    c = c.slice(0, m.index);
  }
  const segments = c.split(",");
  const last = segments[segments.length - 1]!.trim();
  if (last !== "") {
    if (segments.length > 1 && !/^(?:and|but)\b/i.test(last) && last.split(/\s+/).length > 6) return null;
    return subjectOf(dropOpeners(last, lex), registry, memory, lex);
  }
  // "Name, appositive, said": the name is the segment before the appositive. Bare names first,
  // so "president of Example Institute of Competition Policy" is never read as a name.
  for (const bare of [true, false]) {
    for (let k = segments.length - 2; k >= Math.max(0, segments.length - 5); k--) {
      const appos = segments.slice(k + 1, -1);
      if (appos.length === 0 || !looksAppositive(appos[0]!, lex)) continue;
      const phrase = dropOpeners(segments[k]!, lex);
      const name = bare ? personName(phrase, registry, memory, lex) : (subjectOf(phrase, registry, memory, lex)?.name ?? null);
      if (name) return { name, role: parseAppositive(appos, lex), described: true };
    }
  }
  // "The company's founder, Huang Zheng, said": the role comes first.
  if (segments.length >= 3) {
    const name = personName(segments[segments.length - 2]!, registry, memory, lex);
    const role = segments[segments.length - 3]!;
    if (name && hasRoleWord(role, lex)) return { name, role: parsePremodifier(dropOpeners(role, lex), lex), described: true };
  }
  return null;
}

const DESCRIPTION_FIRST = /^\s*(?:my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$/i;

/** A speaker after the verb or source phrase: "said Name, an analyst at X." */
function subjectAfter(rest: string, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon): (Subject & { after: string }) | null {
  const cut = rest.search(/["“]/);
  // Stop at the end of the attribution: a quotation, or a full stop the splitter missed ("Ma Jun. He ...").
  const stop = rest.search(/(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St))[.;!?](?=\s+\S)/u);
  const end = Math.min(cut >= 0 ? cut : rest.length, stop >= 0 ? stop : rest.length);
  const text = rest.slice(0, end).replace(/[.;:!?]+\s*$/, "");
  const segments = text.split(",");
  // "said my supplier, Moses Okello, who …": a description before the name is its appositive.
  const describedFirst = segments.length > 1 && DESCRIPTION_FIRST.test(segments[0]!);
  if (describedFirst) segments.splice(0, 2, segments[1]!, segments[0]!);
  // The name may be followed by a time phrase ("said Zhang San on Monday").
  const head = segments[0]!.trim().replace(/\s+(?:on|in|at|last|this|during|when|told|to|who)\b.*$/, "");
  const subject = subjectOf(head, registry, memory, lex);
  if (!subject) return null;
  const appos: string[] = [];
  for (const seg of segments.slice(1)) {
    if (appos.length === 0 ? !(describedFirst || looksAppositive(seg, lex)) : !/^\s*[\p{Lu}]/u.test(seg)) break;
    appos.push(seg);
  }
  const role = appos.length > 0 ? parseAppositive(appos, lex) : subject.role;
  const used = [segments[0]!, ...appos].join(",").length;
  return { name: subject.name, role, described: subject.described || appos.length > 0, after: rest.slice(used + 1).trim() };
}


function quotedText(s: string): string {
  const parts: string[] = [];
  for (const m of s.matchAll(/["“]([^"”]+)(?:["”]|$)/g)) parts.push(m[1]!.trim().replace(/,$/, ""));
  return parts.join(" ");
}

let hint: RegExp | undefined;

/** Matches any sentence that could hold an attribution: a speech verb, a source phrase, his/her. */
function attributionHint(lex: QuoteLexicon): RegExp {
  if (hint) return hint;
  const firsts = new Set([...lex.speechVerbs.keys(), ...lex.sourcePhrases.keys(), "his", "her", "asked", "interviewed"]);
  hint = new RegExp(`\\b(?:${[...firsts].map(escapeRegExp).join("|")})\\b`, "i");
  return hint;
}

/** Remembers people introduced with an appositive ("Bai Lu, a partner at X, has ...") so later surnames resolve. */
function introductions(s: string, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon): void {
  // "ACCRA - Akosua Mensah, a trader who …": the dateline is no part of the name.
  const opened = s.replace(DATELINE, "").replace(CITY_DATELINE, "");
  const segments = opened.split(",");
  for (let k = 0; k + 1 < segments.length; k++) {
    if (!looksAppositive(segments[k + 1]!, lex)) continue;
    // "My friend Xu Lan, who runs …": a short description before the name is no part of it.
    const name = subjectOf(dropOpeners(segments[k]!, lex), registry, memory, lex)?.name;
    if (!name || memory.known.has(name)) continue;
    const role = parseAppositive([segments[k + 1]!], lex);
    memory.known.set(name, { role: role.role, affiliation: role.affiliation ? (registry.get(role.affiliation)?.name ?? institutionOf(role.affiliation)) : null });
    // The subject of the sentence is who a following "he said" most likely means.
    if (k === 0) memory.last = name;
  }
  // "Farhana Akter keeps two phones behind the counter …", "When Eline Bakker joined …": a person
  // the story follows, named as the subject without a description, is who "she said" means next.
  // "Kim Hye-jin, a 34-year-old office worker, signed up …", "Back at the bakery, Kühne has …": after
  // a short opener or with a description, and by surname alone once the article wrote the full name.
  const subject = PERSON_SUBJECT.exec(opened)?.[1];
  const full = subject && memory.written?.().find((n) => n === subject || (!subject.includes(" ") && n.endsWith(` ${subject}`)));
  if (full) memory.last = full;
}

// One to three capitalised words opening a sentence (or its "When …" clause, or after one or two
// comma openers: "At seven, before the first customers arrive, Jung Mi-ran wipes …"), then a verb
// or a possessive; not a speech verb ("Sensor Tower said …" is an attribution, read elsewhere).
const PERSON_SUBJECT = /^(?:(?:When|As|After|Before|Since|Until)\s+|(?:[^,"“”]{3,70},\s+){1,2})?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})(?:,\s+(?:a|an)\s+[^,"“”]{3,60},)?(?:['’]s\s|(?<!['’]s)\s+(?:has|had|have|is|was|keeps|kept|runs|ran|sells|sold|opened|started|began|moved|wanted|needed|used|uses|joined|launched|sent|spent|(?!(?:says|adds|notes|argues|warns|explains|thinks|believes|expects|predicts|estimates|writes|insists|suggests|claims)\b)[a-z]{3,}s|(?!(?:added|noted|argued|warned|explained|stressed|emphasi[sz]ed|asked|claimed|stated|reported|announced|confirmed|estimated|predicted|expected)\b)[a-z]+ed)\b)/u;

/** Quotes of one English sentence; `carried` is an open quotation from the sentence before. */
function sentenceQuotes(raw: string, index: number, carried: string | null, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon): ExtractedQuote[] {
  // Short asides in brackets ("Zhang San (张三)", "Example Consulting (EC)") sit inside names.
  const s = raw.replace(/\s*[（(][^()（）]{1,40}[)）]/g, "");
  const out: ExtractedQuote[] = [];
  const ws = wordsOf(s);
  const emit = (name: string, role: SpeakerRole, text: string, direct: boolean) => {
    const r = remember(memory, name, role, registry);
    out.push({ speaker: name, role: r.role, affiliation: r.affiliation, text: text.trim(), direct, sentenceIndex: index });
  };
  introductions(s, registry, memory, lex);
  // "Our view. Tom Gallagher, head of consumer research: "…"": a described (or known) person, a
  // colon, then the quotation.
  const labelled = /^([^,:"“”]{3,40})(?:,\s+([^:"“”]{3,80}))?:\s*["“]/u.exec(s);
  if (labelled) {
    const name = personName(dropOpeners(labelled[1]!, lex), registry, memory, lex);
    const appos = labelled[2]?.split(",") ?? [];
    if (name && (appos.length > 0 ? looksAppositive(appos[0]!, lex) : memory.known.has(name))) {
      emit(name, appos.length > 0 ? parseAppositive(appos, lex) : memory.known.get(name)!, quotedText(s), true);
      return out;
    }
  }
  // Most sentences attribute nothing: one regex test skips the word-by-word walk for them.
  if (!attributionHint(lex).test(s)) return out;
  // "Her answer was blunt: "..."" continues the person last spoken to or quoted.
  const answer = /^(?:his|her)\s+(?:answer|reply|response|verdict|view|take|explanation)\b[^"“]{0,60}:\s*["“]/i.exec(s);
  if (answer && memory.last) emit(memory.last, memory.known.get(memory.last) ?? { role: null, affiliation: null }, quotedText(s), true);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // "I asked Peng Yu, a product manager, why ...": the person asked is who answers next.
    if ((w.lower === "asked" || w.lower === "interviewed") && i > 0 && ws[i - 1]!.lower === "i") {
      const found = subjectAfter(s.slice(w.end), registry, memory, lex);
      if (found) remember(memory, found.name, found.role, registry);
      continue;
    }
    // "according to X", "in the opinion of X"
    const src = phraseAt(lex.sourcePhrases, ws, i);
    if (src > 0) {
      const after = s.slice(ws[i + src - 1]!.end);
      const found = subjectAfter(after, registry, memory, lex);
      // A bare unknown name after "according to" is as likely a firm ("Sensor Tower") as a person.
      if (found?.described) emit(found.name, found.role, found.after || s, quotesVerbatim(found.after || s));
      i += src - 1;
      continue;
    }
    // "in his opinion", "in her view" continue the last speaker.
    if (w.lower === "in" && /^(?:his|her)$/.test(ws[i + 1]?.lower ?? "") && lex.viewNouns.has(ws[i + 2]?.lower ?? "") && memory.last) {
      emit(memory.last, memory.known.get(memory.last)!, s.slice(ws[i + 2]!.end).replace(/^[\s,]+/, ""), false);
      i += 2;
      continue;
    }
    const verbLen = phraseAt(lex.speechVerbs, ws, i);
    if (verbLen === 0) continue;
    const verbEnd = ws[i + verbLen - 1]!.end;
    const before = s.slice(0, w.start);
    const after = s.slice(verbEnd);
    const closeBefore = /["”]\s*,?\s*$|,\s*["”]\s*$/.test(before);
    // 'X said: "..."', also with a short phrase between ('X put it this way: "..."').
    const colonQuote = /^\s*[:,]?\s*["“]|^[^"“]{0,80}:\s*["“]/.test(after);
    // Inverted: '"...," said Name', or reported: 'The rules, said Name, an analyst, leave room ...'
    if (!closeBefore && /,\s*$/.test(before)) {
      const found = subjectAfter(after, registry, memory, lex);
      if (found && found.role.role !== null) {
        emit(found.name, found.role, s.slice(0, before.lastIndexOf(",")) + (found.after ? ` ${found.after}` : ""), false);
        i += verbLen - 1;
        continue;
      }
    }
    if (closeBefore) {
      const found = subjectAfter(after, registry, memory, lex);
      if (found) {
        emit(found.name, found.role, `${carried ?? ""} ${quoteEndingAt(before)}`, true);
        i += verbLen - 1;
        continue;
      }
    }
    // Subject before the verb; its clause starts after the last quotation or colon.
    const clauseStart = Math.max(before.lastIndexOf("\u201d"), before.lastIndexOf('"'), before.lastIndexOf(":"), before.lastIndexOf(";")) + 1;
    const subject = subjectBefore(before.slice(clauseStart), registry, memory, lex);
    if (!subject) continue;
    const reported = phraseAt(lex.reportVerbs, ws, i) > 0;
    // '"...," the ministry's spokesman Zhao said': a quotation closes right before the clause.
    const quoteBefore = clauseStart > 0 && /[,!?…]\s*["”]$/.test(before.slice(0, clauseStart));
    if (colonQuote || quoteBefore) {
      const text = colonQuote ? quotedText(after) : `${carried ?? ""} ${quoteEndingAt(before.slice(0, clauseStart))}`;
      emit(subject.name, subject.role, text, true);
    } else if (reported && subject.described) {
      let text = after.replace(/^\s*(?:that\b)?\s*/, "");
      // "..., Zhao said." / "..., Zhao told reporters.": the statement comes before the subject.
      const lead = before.slice(0, before.lastIndexOf(",")).trim();
      const toldSomeone = /^tell|^told/.test(w.lower) && text.split(/\s+/).length <= 4;
      // "..., chief executive Hu Wei said at a company event." ends with where it was said.
      const circumstance = before.lastIndexOf(",") > 0 && /^(?:at|on|in|during|after|before|when|while|last|this|yesterday|today|earlier|later)\b/i.test(text);
      if (!/,\s*$/.test(before) && (/^\W*$/.test(text) || toldSomeone || circumstance)) text = lead || text;
      emit(subject.name, subject.role, text, quotesVerbatim(text));
    }
    i += verbLen - 1;
  }
  return out;
}

/** Named people quoted in the article: direct and reported speech, with role and affiliation. */
export function extractQuotes(sentences: Sentence[], registry: EntityRegistry): ExtractedQuote[] {
  const lex = quoteLexicon();
  let written: string[] | undefined;
  const memory: SpeakerMemory = { known: new Map(), last: null, publisher: publisherOf(sentences[0]?.text ?? ""), written: () => (written ??= writtenNames(sentences.map((s) => s.text).join("\n"), registry, lex)) };
  // "Example Research | Internet | 9 July 2025 | Analyst: Dewi Santoso": the note's author works for its publisher.
  const author = /\|\s*Analysts?:\s*([^|\n]+?)\s*$/m.exec(sentences[0]?.text ?? "");
  if (author && memory.publisher) for (const name of author[1]!.split(/\s*(?:,|\band\b)\s*/)) if (name) memory.known.set(name, { role: "analyst", affiliation: memory.publisher });
  const out: ExtractedQuote[] = [];
  let carried = null as { text: string; index: number; paragraph: number } | null;
  let last = null as { speaker: string; index: number; paragraph: number } | null;
  for (const sentence of sentences) {
    const s = quoteForm(sentence.text);
    if (/[\u3400-\u9fff]/.test(s) && /[“”]|[\u3400-\u9fff](?:表示|说|认为|指出)/.test(s) && !/[A-Za-z]{3,}\s+[a-z]{3,}/.test(s)) {
      out.push(...extractChineseQuotes(s, sentence.index, registry, memory, lex));
      continue;
    }
    if (carried && carried.paragraph !== sentence.paragraph) carried = null;
    const before = memory.last;
    const found = sentenceQuotes(s, sentence.index, carried?.text ?? null, registry, memory, lex);
    // "My friend Xu Lan, who runs an office nearby, is less impressed. "It took them five years."":
    // the person a sentence introduces as its subject speaks the quotation that follows.
    if (found.length === 0 && memory.last !== before && memory.last) last = { speaker: memory.last, index: sentence.index, paragraph: sentence.paragraph };
    if (carried && found.length > 0) for (const q of found) if (q.direct) q.sentenceIndex = carried.index;
    // An unattributed quotation right after someone's statement, in the same paragraph, is theirs.
    const start = carried?.index ?? sentence.index;
    const quotation = /^["“][^"“”]+["”]$/.test(s) || (carried !== null && /["”]$/.test(s));
    if (found.length === 0 && quotation && last && last.paragraph === sentence.paragraph && last.index === start - 1) {
      const known = memory.known.get(last.speaker);
      const text = `${carried?.text ?? ""} ${s}`.replace(/["“”]/g, "").trim();
      found.push({ speaker: last.speaker, role: known?.role ?? null, affiliation: known?.affiliation ?? null, text, direct: true, sentenceIndex: start });
    }
    if (found.length > 0) last = { speaker: found[found.length - 1]!.speaker, index: sentence.index, paragraph: sentence.paragraph };
    out.push(...found);
    // A quotation left open runs into the next sentence ('"First. Second," Liu said.').
    if (found.length === 0 && (opensQuote(s) || (carried !== null && !/["”]/.test(s)))) {
      carried = { text: `${carried?.text ?? ""} ${s.replace(/^["“]/, "")}`.trim(), index: carried?.index ?? sentence.index, paragraph: sentence.paragraph };
    } else carried = null;
  }
  return out;
}

/** Whether a reported statement quotes the speaker's own words: a quoted span of four words or more. */
function quotesVerbatim(text: string): boolean {
  return /["“]\s*[^"“”\s]+(?:\s+[^"“”\s]+){3,}\s*["”]/.test(text);
}

/** The quotation that closes at the end of `text` (from its opening mark, or all of it when it opened earlier). */
function quoteEndingAt(text: string): string {
  const t = text.replace(/[,\s]*["”]\s*,?\s*$/, "");
  const open = Math.max(t.lastIndexOf('"'), t.lastIndexOf("“"));
  return (open >= 0 ? t.slice(open + 1) : t).trim();
}

/** The organisation heading a research note ("Example Research | Mobility | 16 October 2024"). */
function publisherOf(firstSentence: string): string | null {
  const head = /^([^|\n]{2,60}?)\s*\|/.exec(firstSentence);
  return head && isCapitalisedPhrase(head[1]!) ? head[1]!.trim() : null;
}

/** Whether a sentence leaves a quotation open at its end. */
function opensQuote(s: string): boolean {
  const curly = (s.match(/“/g) ?? []).length - (s.match(/”/g) ?? []).length;
  if (curly !== 0) return curly > 0;
  return (s.match(/"/g) ?? []).length % 2 === 1 && /^\s*"/.test(s);
}
