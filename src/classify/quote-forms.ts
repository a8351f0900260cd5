// Ways of writing a quotation that the attribution rules read once rewritten to a plain form:
// a list item's marker ("- Katrin Vogel, …, told us …") and a judgement before a colon ("Zhang
// Rui, a retail consultant, was less impressed: "It is a door"" is Zhang Rui saying it).

const LIST_MARK = /^\s*[-•*–—]\s+/;
// "was less impressed:", "was blunt when I called him:", "sounded more upbeat:".
const JUDGED_COLON =
  /\s+(?:was|is|seemed|seems|sounded|sounds|were|are)\s+(?:(?:less|more|far|much|even|rather|not|un)\s*)?(?:impressed|blunt|sceptical|skeptical|cautious|upbeat|optimistic|pessimistic|unimpressed|direct|candid|dismissive|confident|scathing|sanguine|relaxed|worried|unconvinced|convinced|enthusiastic|philosophical|matter-of-fact)\b[^:"“”]{0,40}:\s*(?=["“])/i;

// "My co-admin, Lena Hartmann, thinks …", "Baidu's head of mobile ecosystem, Zhao Qian, described …":
// the description before the name is the name's appositive, as if written after it.
// "My lawyer, Femke de Vries of Example Advocaten in Utrecht, says …": where the person works, told
// after the name, stays with the description.
const DESCRIBED_FIRST =
  /^((?:My|Our|Their|His|Her)\s+(?:[\w-]+\s+){0,2}[\w-]+|[\p{Lu}][\w.&-]*['’]s\s+[^,"“”]{3,60}),\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:de|van|der|den|da|do|dos|du|von|la|le)\s+)?\p{Lu}[\p{L}'-]+){1,2})(\s+(?:of|at|from)\s+\p{Lu}[^,"“”]{2,60})?,\s+/u;

// "For Mariana Teixeira, analyst of the broker Example Investimentos, the entrance … is a sign that …"
// (translated press): a person and a description before the view are whose view it is.
const FOR_PERSON = /^For\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:de|van|der|da|do|dos|du|von)\s+)?\p{Lu}[\p{L}'-]+){1,2}),\s+(?=[^,"“”]{3,80},\s+\S)/u;

/** The sentence as the attribution rules read it. */
export function quoteForm(sentence: string): string {
  return sentence
    .replace(LIST_MARK, "")
    .replace(FOR_PERSON, "In the view of $1, ")
    .replace(DESCRIBED_FIRST, (_, what: string, name: string, where = "") => `${name}, ${what.replace(/^(?:My|Our|Their|His|Her)\b/, (w) => w.toLowerCase())}${where}, `)
    .replace(JUDGED_COLON, " said: ");
}
