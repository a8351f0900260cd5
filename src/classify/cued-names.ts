// Organisations the registry lacks, named by a cue somewhere in the article ("Norwegian broadcaster
// TV 2"), and read as such wherever the article writes them.
import { scanArticle } from "./article-scan.ts";
import type { EntityRegistry, LocalName } from "./entities.ts";
import { escapeRegExp } from "./normalize.ts";
import type { Entity } from "./types.ts";

const AFFILIATION_BEFORE = /\b(?:at|of|from)\s+(?:the\s+)?$/;

/**
 * An organisation the registry lacks, found by a cue anywhere in the article ("Norwegian
 * broadcaster TV 2"), is that organisation wherever the article writes it as such ("TV 2 pulled
 * its channels …"). Written exactly so only; public bodies are left to the regulator rules.
 */
export function cuedNames(text: string, registry: EntityRegistry, scan = scanArticle(text, registry)): LocalName[] {
  const out: LocalName[] = [];
  for (const u of scan.unknown()) {
    if (u.kind === "regulator" || out.some((o) => o.entity.name === u.name)) continue;
    const literal = escapeRegExp(u.name);
    // A word the article also writes in lower case is a common word read as a name once ("What", "Smart").
    if (u.name !== u.name.toLowerCase() && new RegExp(`(?<![\\p{L}\\p{N}])${literal.toLowerCase()}(?![\\p{L}\\p{N}])`, "u").test(text)) continue;
    // Where people work ("an analyst at Example Consumer Economy Institute") is no party wherever it is written.
    const at = [...text.matchAll(new RegExp(literal, "g"))].map((m) => m.index);
    if (at.every((i) => AFFILIATION_BEFORE.test(text.slice(Math.max(0, i - 12), i)))) continue;
    // One word written only where a sentence starts may be any capitalised word ("Wallets joined …").
    // Not one the text says the kind of business of ("Niubiz, the country's largest card acquirer,").
    if (!/\s/.test(u.name) && !u.described && at.every((i) => i === 0 || /[.!?]["”]?\s+$|\n\s*$/.test(text.slice(Math.max(0, i - 4), i)))) continue;
    // "Norwegian broadcaster TV 2" where the registry knows "TV 2 Norway": that national namesake.
    const national = nationalNamesake(text, u.name, registry);
    if (national) {
      out.push({ entity: national, spellings: [u.name] });
      continue;
    }
    out.push({ entity: { name: u.name, kind: "unknown", aliases: [], exactCase: [u.name] }, spellings: [] });
  }
  return out;
}

const COUNTRY_OF: Record<string, string> = {
  Norwegian: "Norway", Danish: "Denmark", Swedish: "Sweden", Finnish: "Finland", German: "Germany", French: "France", Spanish: "Spain",
  Italian: "Italy", Dutch: "Netherlands", Polish: "Poland", Czech: "Czechia", Portuguese: "Portugal", British: "UK", Irish: "Ireland",
  Japanese: "Japan", Korean: "Korea", Indian: "India", Pakistani: "Pakistan", Thai: "Thailand", Vietnamese: "Vietnam", Malaysian: "Malaysia",
  Indonesian: "Indonesia", Filipino: "Philippines", Philippine: "Philippines", Australian: "Australia", Canadian: "Canada", Brazilian: "Brazil",
  Mexican: "Mexico", Turkish: "Turkey", Egyptian: "Egypt", Kenyan: "Kenya", Nigerian: "Nigeria", Ghanaian: "Ghana", Saudi: "Saudi Arabia",
};
const NATIONALITY_BEFORE = new RegExp(`\\b(${Object.keys(COUNTRY_OF).join("|")})\\s+(?:[a-z-]+\\s+){0,2}$`);

// Countries whose own services the registry names "<name> <country>" ("Click Uzbekistan", "Rocket Bangladesh").
const NAMESAKE_COUNTRIES = [...new Set([...Object.values(COUNTRY_OF), "Uzbekistan", "Kazakhstan", "Kyrgyzstan", "Bangladesh", "Nepal", "Sri Lanka", "Cambodia", "Laos", "Myanmar", "Mongolia", "Georgia", "Azerbaijan", "Ethiopia", "Tanzania", "Uganda", "Rwanda", "Zambia", "Peru", "Colombia", "Chile", "Argentina"])];

/**
 * The registry's "<name> <country>" for a name the article writes after that country's adjective
 * ("Norwegian broadcaster TV 2"), or in an article that names that country ("Uzbekistan's central bank … Click").
 */
function nationalNamesake(text: string, name: string, registry: EntityRegistry): Entity | undefined {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const adjective = NATIONALITY_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    const found = adjective ? registry.get(`${name} ${COUNTRY_OF[adjective]}`) : undefined;
    if (found) return found;
  }
  const named = NAMESAKE_COUNTRIES.filter((c) => text.includes(c)).map((c) => registry.get(`${name} ${c}`)).filter((e) => e !== undefined);
  return named.length === 1 ? named[0] : undefined;
}
