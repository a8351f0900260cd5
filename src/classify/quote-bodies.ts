// A speaker's body named by what it is rather than by name: "Grace Atieno, the central bank's
// deputy governor", "Sipho Dlamini, the commission's principal economist", "a deputy governor of
// the central bank", "Commissioner Luis Herrera". The body is the regulator the story named
// before the quote, as a reader takes it; "Zhang Wei, the company's head of payments" works for
// the company the story just named.
import type { EntityRegistry } from "./entities.ts";
import type { Sentence } from "./sentences.ts";
import type { ExtractedQuote } from "./types.ts";

const BODY_NOUN = "central bank|commission|regulator|ministry|authority|watchdog|agency|bureau|administration";
const BODY_AFTER = new RegExp(`^,?\\s+(?:the|a|an)\\s+(?:(?:${BODY_NOUN})['’]s\\b|(?:[\\w-]+\\s+){1,4}(?:of|at)\\s+the\\s+(?:${BODY_NOUN})\\b|commissioner\\b)`, "i");
const BODY_BEFORE = new RegExp(`(?:\\b(?:${BODY_NOUN})['’]s\\s+(?:[\\w-]+\\s+){0,3}|\\bCommissioner\\s+)$`, "i");

/** How many sentences back the regulator a speaker's body refers to may be named. */
const REACH = 12;
const COMPANY_AFTER = /^,\s+the\s+(?:company|firm|group|platform|app|operator|carrier)['’]s\s/i;
/** How many sentences back "the company" a speaker works for may be named. */
const COMPANY_REACH = 3;

// A company's regional unit is the company: "Jingdong Logistics Middle East", "Ant International Greater Mekong".
const REGION =
  /^(?:Middle East|Latin America|Greater Mekong|Asia[- ]Pacific|Southeast Asia|South Asia|Europe|EMEA|APAC|Africa|North America|Greater China|Hong Kong|Japan|Korea|India|Indonesia|Brazil|Mexico|UK|US|Singapore|Malaysia|Thailand|Vietnam|the Philippines|Philippines|Gulf)$/i;

function unitOwner(affiliation: string, registry: EntityRegistry): string | null {
  const m = registry.match(affiliation)[0];
  if (m?.start !== 0 || registry.get(affiliation)) return null;
  return REGION.test(affiliation.slice(m.end).trim()) ? m.entity.name : null;
}

/**
 * Quotes whose affiliation is a body named only by its kind, with that body resolved to the
 * regulator told before, and a company's regional unit read as the company.
 */
export function resolveQuoteBodies(quotes: ExtractedQuote[], sentences: Sentence[], registry: EntityRegistry): ExtractedQuote[] {
  return quotes.map((q) => {
    const owner = q.affiliation === null ? null : unitOwner(q.affiliation, registry);
    if (owner) return { ...q, affiliation: owner };
    if (q.affiliation !== null || q.sentenceIndex === undefined) return q;
    const here = sentences[q.sentenceIndex];
    const at = here?.text.indexOf(q.speaker) ?? -1;
    if (!here || at < 0) return q;
    const before = here.text.slice(Math.max(0, at - 60), at);
    const after = here.text.slice(at + q.speaker.length, at + q.speaker.length + 80);
    if (COMPANY_AFTER.test(after)) {
      const company = firstCompanyBefore(sentences, q.sentenceIndex, registry);
      return company ? { ...q, affiliation: company } : q;
    }
    const said = BODY_AFTER.exec(after)?.[0] ?? BODY_BEFORE.exec(before)?.[0];
    if (!said) return q;
    // "the central bank" is a bank, "the commission" a commission; "the regulator" any of them.
    const noun = /central bank|commission|ministry|bureau|administration/i.exec(said)?.[0].toLowerCase().replace("central ", "");
    const body = lastRegulatorBefore(sentences, q.sentenceIndex, registry, noun);
    return body ? { ...q, affiliation: body } : q;
  });
}

function lastRegulatorBefore(sentences: Sentence[], index: number, registry: EntityRegistry, noun: string | undefined): string | null {
  const fits = (e: { name: string; aliases: string[] }) => noun === undefined || [e.name, ...e.aliases].some((a) => a.toLowerCase().includes(noun));
  for (let i = index; i >= Math.max(0, index - REACH); i--) {
    // A name is written with a capital: "the commission's economist" is not the European Commission.
    const regulators = registry.match(sentences[i]!.text).filter((m) => m.entity.kind === "regulator" && /[A-Z\u3400-\u9fff]/.test(m.surface) && fits(m.entity));
    const last = regulators.at(-1);
    if (last) return last.entity.name;
  }
  return null;
}

/** "The company" is the story's subject: the first company named in the nearest sentence that names one. */
function firstCompanyBefore(sentences: Sentence[], index: number, registry: EntityRegistry): string | null {
  for (let i = index; i >= Math.max(0, index - COMPANY_REACH); i--) {
    const found = registry.match(sentences[i]!.text).find((m) => m.entity.kind !== "regulator" && m.entity.kind !== "institution");
    if (found) return found.entity.name;
  }
  return null;
}
