// An act told as what a later one follows: "The Azure listing follows Microsoft's decision in
// September to let Copilot users choose Claude models", "The move follows Taobao's decision last
// September to let shoppers pay with Tencent's wallet", "The move comes four months after WhatsApp
// opened to the same two apps". The sentence is read as the earlier act it names.

// "<lead> follows <Owner>'s decision <time>? to <act>"
const FOLLOWS_DECISION =
  /^[^,;]{0,80}?\b(?:follows|followed|comes after|came after|builds on|built on)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s+){0,3}?[A-Z][\w.&-]*)['’]s?\s+(?:[\w-]+\s+)?(?:decision|agreement|move|deal|plan|choice|commitment)\s+((?:in|on|last|earlier|this|at the end of)\s+[^,;]{1,30}?\s+)?to\s+(?=[a-z])/;
// "<lead> comes four months after <clause with a subject of its own>"
const COMES_AFTER = /^(?:The|This|That|It)\b[^,;]{0,40}?\b(?:comes|came|follows|followed)\s+((?:[\w-]+\s+){1,3}?)?(?:after|since)\s+(?=[A-Z])/;
// "comes a month after …": the earlier act lies that long before the news it is told with.
const INTERVAL = /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:days?|weeks?|months?|years?)$/i;
const OWN_TIME = /\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|last|earlier|ago|yesterday|spring|summer|autumn|fall|winter|quarter)\b/i;

/** The sentence read as the earlier act it says a later one follows, or null. */
export function followedAct(text: string): string | null {
  const d = FOLLOWS_DECISION.exec(text);
  if (d) {
    const when = d[2] ? `${d[2].trim().replace(/^./, (c) => c.toUpperCase())} ` : "";
    return `${when}${d[1]} decided to ${text.slice(d[0].length)}`;
  }
  const c = COMES_AFTER.exec(text);
  if (!c) return null;
  const act = text.slice(c[0].length);
  const interval = c[1]?.trim();
  return interval && INTERVAL.test(interval) && !OWN_TIME.test(act) ? `${interval.replace(/^./, (x) => x.toUpperCase())} ago, ${act}` : act;
}
