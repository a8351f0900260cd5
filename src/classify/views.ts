// Sentences and clauses that report no happening, whatever names and act words they carry: a
// person's view, the state of things before a change, a merger of owners.

// "She thinks the next fight will be over money: Daraz added Upay at checkout in March": a
// pronoun's view that introduces a fact after a colon is no doubt about the fact (a named
// analyst's reasons after a colon stay the analyst's view).
export const VIEW_BEFORE_COLON = /^(?:He|She|I|We|They)\s+(?:also\s+)?(?:thinks|think|believes|believe|reckons|reckon|suspects|suspect)\b[^:;"“”]{0,100}:\s+(?=\S)/;
// "Karan Mehta, an analyst at Example Securities, said investors were worried that …": an
// analyst's view reports no happening of its own; nor does "Our retail analyst Defne Arslan believes …",
// "He thinks …", "In his view, …", nor "He added that …"
// without a year of its own (with one it may tell background).
const ANALYST_VIEW =
  /^[^,]{3,40},\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:analyst|economist|researcher|consultant|professor|lawyer|strategist)\b[^.]{0,80}?\b(?:said|says|believes|thinks|argued|argues|noted|notes|warned|expects)\b|^(?:[-–•*]\s+)?(?:Our|An?|The)\s+(?:[\w-]+\s+){0,3}(?:analyst|economist|researcher|consultant|strategist)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:said|says|believes|thinks|argued|argues|noted|notes|warned|expects)\b|^(?:He|She)\s+(?:also\s+)?(?:thinks|believes)\b|^(?:In|To)\s+(?:his|her|their)\s+(?:view|opinion|eyes|reading|mind)\b|^(?:He|She)\s+(?:also\s+)?(?:said|added|noted|argued|warned|expects)\s+(?:that\s+)?(?![^.]*\b(?:19|20)\d{2}\b)/i;
// "Omar Khalil, director of payment systems at the Central Bank of Jordan, told a conference that
// …": a person speaking for an organisation reports a view, not the organisation's act.
const PERSON_SPEAKS = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,5}?(?:of|at|for|from|with)\s+[^,]{2,80},\s+(?:said|says|told|called|added|noted|argued|wrote)\b/u;

/** Whether a sentence only tells someone's view; `isName` says whether words name an organisation. */
export function tellsAView(sentence: string, isName: (words: string) => boolean): boolean {
  const lead = VIEW_BEFORE_COLON.exec(sentence);
  if (lead) return tellsAView(sentence.slice(lead[0].length), isName);
  if (ANALYST_VIEW.test(sentence)) return true;
  const m = PERSON_SPEAKS.exec(sentence);
  return m !== null && !isName(m[1]!);
}

// The state before a change, told as a need: "Until now, merchants who wanted a code payment inside LINE had to sign up with PayPay".
const PRIOR_STATE = /^(?:until now|before this|before that|previously|until then|until recently)\b[^.]{0,120}\b(?:had to|needed to|could only|were forced to|was forced to)\b/i;
// A merger joins owners and opens nothing between platforms ("Tokopedia merged with Gojek", "… merged into GoTo").
const MERGER = /\b(?:merged|merges|merging|merge) (?:with|into)\b|\bmerger (?:of|with|between)\b/i;

/** Whether a clause tells a state or a merger rather than an opening or a wall (a regulator acting on a merger is still news). */
export function tellsNoOpening(clause: string): boolean {
  return MERGER.test(clause) || PRIOR_STATE.test(clause);
}

// "consulted on a levy in 2023 but has not proposed one", "signed with Starlink in 2023 but has yet
// to launch": what a later "but has not" denies came
// after an act with a time of its own, which happened.
const BUT_NOT = /\s+but\s+(?:(?:so far|still|yet)\s+)?(?:has|have|had|did|does|do|is|are|was|were)(?:\s+not|n['’]t|\s+yet\s+to)\b.*$/is;

/** The clause without a trailing "but has not …" when what comes before it is dated (`dated` says). */
export function withoutLaterDenial(clause: string, dated: (text: string) => boolean): string {
  const m = BUT_NOT.exec(clause);
  return m && dated(clause.slice(0, m.index)) ? clause.slice(0, m.index) : clause;
}
