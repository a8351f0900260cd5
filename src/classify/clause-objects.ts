// An object named again by a pronoun or a kind noun in a later clause of the same sentence:
// "Meesho added Ekart as a delivery partner in January, and Shiprocket listed it as a courier option
// in February", "Amazon has sold Claude through Bedrock since 2023, and Google Cloud began offering
// the models in 2024". The clause is read again with the earlier act's object written in place of
// the anaphor.
import type { Candidate, ClauseContext } from "./detect-clause.ts";
import { groupsOf } from "./groups.ts";

// The anaphor as the direct object of a verb: "put it on", "accepting the wallet", "restricted the agent",
// "made it available".
const OBJECT_ANAPHOR =
  /(?<=\b[a-z]{3,}(?:ed|ing|s)\s|\b(?:put|set|cut|let|run|ran|got|took|brought|built|sold|bought|won|added|made|makes|making)\s)(?:it|the\s+(?:wallet|models?|agent|assistant|chatbot|app|service|method|option|tool|feature|channels?))\b(?!\s+(?:of|for|that|which)\b)(?!['’])/;
// Words that take an object but are no act on it.
const NOT_ACT = /\b(?:said|says|called|calls|named|names|described|describes|considered|considers|expected|expects|found|finds|saw|sees|thought|thinks|making|made|using|uses|used|kept|keeps|keeping|retained|retains|lost|loses)\s+$/i;
// "…, whereas Kuaishou kept it": a contrast says what the other did not do.
const CONTRAST = /^\W*(?:whereas|while|but|although|though|unlike)\b/i;

/**
 * The act a later clause tells with the earlier clause's object, or null. `earlier` is the text of
 * the clauses before; `prior` the act they told; `detect` reads a clause as detectClause does.
 */
export function objectAgain(clause: string, earlier: string, prior: Candidate, ctx: ClauseContext, detect: (text: string) => Candidate | null): Candidate | null {
  const m = OBJECT_ANAPHOR.exec(clause);
  // "made it available through Amazon Bedrock" offers it; "made it clear" says something.
  const offered = /^\s+available\b/.test(clause.slice(m ? m.index + m[0].length : 0)) && /\b(?:make|makes|making|made)\s+$/.test(clause.slice(0, m?.index ?? 0));
  if (!m || (!offered && NOT_ACT.test(clause.slice(0, m.index))) || CONTRAST.test(clause) || prior.parties.length !== 2 || prior.type === "regulation") return null;
  if (groupsOf(prior.parties, ctx.registry).size !== 2) return null;
  // The earlier act's subject is the side its clauses name first; the other is its object.
  const named = ctx.partiesOf(earlier);
  const mention = (p: string) => named.find((x) => x.name === p) ?? named.find((x) => ctx.related(x.name, p));
  const at = (p: string) => mention(p)?.start ?? Number.POSITIVE_INFINITY;
  const [subject, object] = [...prior.parties].sort((a, b) => at(a) - at(b));
  const written = mention(object!);
  if (at(subject!) === Number.POSITIVE_INFINITY || !written) return null;
  // The clause's own actor, named before the anaphor: a new side, not the object again nor the earlier subject.
  const actors = ctx.partiesOf(clause.slice(0, m.index)).filter((p) => !ctx.isRegulator(p.name));
  if (actors.length === 0 || actors.some((p) => ctx.related(p.name, object!) || ctx.related(p.name, subject!))) return null;
  // Written as the earlier clause wrote it ("Gem", not the owner's name the registry gives it).
  const cand = detect(`${clause.slice(0, m.index)}${earlier.slice(written.start, written.end)}${clause.slice(m.index + m[0].length)}`);
  return cand?.parties.some((p) => ctx.related(p, object!)) && cand.type !== "regulation" ? cand : null;
}
