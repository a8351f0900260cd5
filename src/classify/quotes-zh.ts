// Chinese attributions: 张三表示：“……” / “……”，李四说 / 王五认为…… (English ones are quotes.ts).
import { remember, type SpeakerMemory } from "./appositive.ts";
import type { EntityRegistry } from "./entities.ts";
import type { QuoteLexicon } from "./quote-lexicon.ts";
import type { ExtractedQuote } from "./types.ts";

let zhAttribution: RegExp | undefined;

/** Chinese attributions: 张三表示：“……” / “……”，李四说 / 王五认为…… */
export function extractChineseQuotes(s: string, index: number, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  zhAttribution ??= new RegExp(`([\\u3400-\\u9fffA-Za-z]{1,30})(${lex.zhSpeechVerbs.join("|")})([：:，,]?)`, "gu");
  const re = zhAttribution;
  for (const m of s.matchAll(re)) {
    const speaker = chineseSpeaker(m[1]!, registry, memory, lex);
    if (!speaker) continue;
    const after = s.slice(m.index + m[0].length);
    const before = s.slice(0, m.index);
    const q = /^\s*“([^”]+)”/.exec(after) ?? /“([^”]+)”[，,]?\s*$/.exec(before);
    const role = remember(memory, speaker.name, { role: speaker.role, affiliation: speaker.affiliation }, registry);
    const text = q ? q[1]! : after.replace(/[。！？]$/, "");
    out.push({ speaker: speaker.name, role: role.role, affiliation: role.affiliation, text, direct: q !== null, sentenceIndex: index });
  }
  return out;
}

/** Name, role and organisation from the characters before a Chinese speech verb. */
function chineseSpeaker(run: string, registry: EntityRegistry, memory: SpeakerMemory, lex: QuoteLexicon) {
  // Only the clause right before the verb ("据悉，张三表示" → "张三").
  const clause = run.split(/[，,。；、“”]/).pop()!.replace(/[还也则又更]$/, "");
  if (/^[他她]$/.test(clause) && memory.last) {
    const known = memory.known.get(memory.last);
    return { name: memory.last, role: known?.role ?? null, affiliation: known?.affiliation ?? null };
  }
  if (lex.zhAnonymous.some((a) => clause.endsWith(a))) return null;
  let role: string | null = null;
  let affiliation: string | null = null;
  let name = clause;
  for (const r of lex.zhRoleWords) {
    const at = clause.lastIndexOf(r);
    if (at < 0) continue;
    role = r;
    name = clause.slice(at + r.length);
    affiliation = clause.slice(0, at).replace(/的$/, "") || null;
    break;
  }
  if (!/^[\u3400-\u9fff]{2,3}$/.test(name)) return null;
  // Without a role word only a common surname marks the characters as a person's name.
  if (role === null && !memory.known.has(name) && !lex.zhSurnames.includes(name[0]!)) return null;
  // A registry name ("腾讯表示") is an organisation speaking, not a person.
  if (registry.match(name).length > 0) return null;
  return { name, role, affiliation };
}
