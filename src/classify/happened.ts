// Cues that say whether a clause reports a happening at all: doubt, a state that goes on,
// background without a date, a negation that denies nothing, an aside after the act.

// Background without a date of its own: "had sued … more than 100 times", "has for years stopped".
// "Jingdong and Meituan supported it earlier": before the time just told, by how much unsaid.
export const EARLIER_UNSAID = /(?<!\b(?:days?|weeks?|months?|years?|hours?|decades?|even|much)\s+)\bearlier(?=\s*(?:[,.;]|$))/i;
export const UNDATED_BACKGROUND = /^(?:before this|before that|previously)\b|^(?:此前|之前|早前)|\b(?:had\s+(?:already\s+|long\s+|also\s+)?\w+(?:ed|en|ught|un)\b|for (?:(?:many|several|some|a few|so many)\s+)?(?:years|decades)|for a (?:long time|decade)|for as long as|years-long|decade-long|has long|have long|in the past|used to|years ago|long ago|once(?=\s+\w+ed\b)|at one point|historically|has since|have since|(?:much|most) of the (?:past|last) (?:decade|few years)|(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|ne)\b[^.;]{0,60}\b(?:before|previously|in the past)(?=\s*(?:[,.;]|$)))\b/i;
// Walls are reported with negations ("stopped users from …"), so only doubt, not "not", voids a dispute.
// A case or feud said to go on ("is still pending", "has not ended") is a state, not a happening;
// "no exclusivity was involved" denies the one wall a deal might have had.
export const DOUBT =
  /^(?:whether|if)\b|\b(?:whether|might|rumou?r\w*|speculat\w*|no signs? of|no exclusivity)\b|\b(?:would|will|plans? to|planned to|intends? to|(?:is|are) going to|may|could)\s+(?:\w+\s+)?(?:appeal|sue|challenge|contest|take\s+(?:\w+\s+){0,3}to court)\b|\b(?:weigh|consider|mull|explor|study|studi)(?:s|es|ed|ing)?\s+(?:an?\s+|whether\s+to\s+)?(?:appeal|lawsuit|legal action|legal options|challenge|complaint)\b|\b(?:nobody|no one|no company|none of (?:them|the \w+))\s+(?:has\s+|have\s+|had\s+)?(?:yet\s+|ever\s+|so far\s+)?(?:sued|complained|challenged|accused|blocked|filed|gone to court|taken)\b/i;
// "The PIPC said it had designated Naver …": an act its actor reports now is news, not background.
// "the court found that Apple had misused its power": the finding is the news, whatever its tense inside.
export const REPORTED_NOW =
  /\b(?:said|announced|confirmed|disclosed)\s+(?:that\s+)?(?:it|they)\s+had\s+(?!long\b|already\b|previously\b|once\b)\w+ed\b|\b(?:court|judge|jury|tribunal)\b[^.,;]{0,40}?\b(?:found|ruled|held|concluded|decided)\s+(?:that\s+)?[^.,;]{0,40}?\bhad\s+(?!long\b|already\b|previously\b)\w+(?:ed|en|one)\b/i;
// "…, while Tigo and Movistar were still negotiating": talks that go on are no act either.
export const ONGOING = /\b(?:(?:is|are|remains?) (?:still )?(?:pending|unresolved|ongoing)|still pending|(?:is|are|was|were) still (?:negotiating|in talks|talking)|(?:has|have) not (?:yet )?(?:ended|been (?:resolved|settled)))\b|尚未结束|仍在审理/i;
// "within three months Bizum accounted for nearly 18% of Spanish orders": a share told is a figure, no act.
export const SHARE_TOLD = /\baccount(?:s|ed|ing)?\s+for\s+(?:[a-z]+\s+){0,3}\d[\d.,]*\s*(?:%|per\s?cent)/i;
// "A lawsuit filed by Douyin in 2021 is still pending": the filing happened, whatever the case's state.
export const FILED = /\b(?:filed|brought|lodged|launched)\b/i;
// "… for users who do not want a separate identity": a negation inside a clause about people
// says nothing of whether the act happened.
export const WHO_CLAUSE = /\b(?:who|whom)\s[^,;]*/gi;
// ", reversing a change that had funnelled …": what a comment on the act says came before is not the act's own tense.
const REVERSING_TAIL = /,\s+(?:reversing|undoing|overturning)\b.*$/s;
/** A clause as its own tense is read: without the people it describes or a comment on what the act reverses. */
export const ownTense = (text: string): string => text.replace(REVERSING_TAIL, "").replace(WHO_CLAUSE, "");
// "It was not until April 2022 that the CCI ordered …", "not only … but": affirmations in negative form.
// "opened an investigation (in 2024) into whether …": the question is what the probe is about, not a doubt that it opened.
// "It is not the first time the company has picked a partner: …" denies nothing, nor does what
// users no longer have to do ("users can pay by scanning a code, do not need to bind a card").
export const NOT_NEGATING = /\b(?:(?:was|were|is|are|did|does)\s+not\s+until|(?:do|does|did|will|would)(?:\s+not|n['’]t)\s+(?:need|have)\s+to|(?:is|was|isn't|wasn't)\s+(?:not\s+)?the\s+first\s+time|not for the first time|not only|not just|(?:investigat\w*|probe|inquiry|review|study|examin\w*|assess\w*|determin\w*|look(?:ing)? into)\s+(?:(?:in|on|last|this|earlier|early|late)\s+(?:[\w-]+\s+){0,3}?)?(?:into\s+|of\s+|on\s+)?whether|(?:the\s+)?questions?\s+(?:of|about|over)\s+whether|(?:consultation|call for evidence|review|study|inquiry)\s+(?:asking|on|into|about|examining)(?:,\s+among other things,)?\s+whether|\band\s+(?:would|will)\s+decide\s+(?:within\s+[\w\s]{1,20}?\s+)?whether|\b(?:conclu(?:ded|ding)|found|finding|rul(?:ed|ing)|determin(?:ed|ing)|decid(?:ed|ing))\s+(?:that\s+)?[^.;]{0,100}?\b(?:did|does|do|was|were|is|are|had|has)(?:\s+not|n['’]t))\b/gi;
// A trailing aside after the act (", the terms of which were not disclosed", ", so that advertisers
// could measure whether …", ", a deal neither side had thought possible", ", on the condition that
// they do not pass the fee on", ", so the central bank thinks …", ", accepting the group's argument
// that …") describes it, sets its terms or gives its reasons; its negations and doubts are not about
// whether the act happened. So do a purpose clause without its
// comma ("… with Google so that brands can see whether …"), what came before it (", after years in
// which the site had relied on …") and where things stand now ("… since 2021 and now handles a third …").
export const TAIL_ASIDE = /(?:,\s+|\s+(?=(?:so that|in order (?:to|that)|and now)\b))(?:in order (?:to|that)|and now|after (?:years|months|decades|weeks|a decade) (?:in which|during which|when|of)|so that|so (?:the|it|they|its|their|we|I|he|she)\b|yet|although|though|even as|which is why|accepting|concluding|finding that|citing|noting that|after (?:finding|concluding|[\w ]{0,30}? argued)|because|the terms of which|on (?:the )?conditions? that|provided that|a deal|looking at|arguing|the (?:two|three|four) [\w-]+ (?:that|which))\b.*$/s;
// "So when UOKiK fined the marketplace …, my inbox filled with messages asking whether …": what
// follows a past act told in a when-clause is its aftermath; its doubts are not about the act.
export const AFTERMATH = /^((?:(?:so|and|but)\s+)?(?:when|after|once)\s+[^,;]{5,200}?\b(?:[a-z]{3,}ed|took|made|cut|began|won|lost|sold|bought|set|struck|put|gave|shut)\b[^,;]{0,200}),\s+.*$/is;
// Verbs an act is told with: any past tense or third person, a few irregular pasts, a modal;
// Chinese text is not read this way.
// "Nubank was the first bank to connect its accounts to …": being the first to do it is doing it.
export const TELLS_AN_ACT = /\b(?:[a-z]{3,}(?:ed|es)|told|set|cut|put|made|took|gave|sent|began|begun|won|lost|will|would|must|has to|have to|said|says|tells|bans|bars|fines|orders|requires)\b|\b(?:was|were|became|is)\s+the\s+(?:first|second|third|last|latest)\s+(?:[\w-]+\s+){0,3}to\s+[a-z]+|[\u3400-\u9fff]/;
// A law's or an order's terms: "Under Japan's Mobile Software Competition Act, Apple and Google can no
// longer forbid such links", "Under the directive, a Khalti user … will see the payment go through".
export const LAW_TERMS = /^(?:Under|According to)\s+(?:the\s+|its\s+|new\s+|[A-Z][\w.-]*['’]s\s+)*(?:[\w-]+\s+){0,5}(?:Act|Law|law|rules|Regulation|regulation|Directive|directive|Code|order|decision|designation|ruling|decree|mandate)\b[^,;]{0,40},\s+[^,;]{0,60}?\b(?:can|cannot|can't|may|must|may not|has to|have to|will|are required to|is required to|are allowed to|is allowed to)\b/;
// "An interlinked network of EPI and EuroPA wallets would reach …": a conditional nobody announced is no act either.
export const MAY_HAPPEN = /^[^,;:"“]*?\b(?:could|may|might)\s+(?!not\b|have\b|now\b|already\b)[a-z]+|^(?![^,;:"“]*?\b(?:said|says|announced|agreed|confirmed|told|promised|pledged|decided|signed|expects?|plans?|planned)\b)[^,;:"“]*?\bwould\s+(?!not\b|have\b|also\b)[a-z]+/;
// An opening told as what users can do now or have been able to do ("can now pay", "have been able to
// pay", "has taken bKash for years", "is piloting", "no longer blocks"): a change, though its verb may not be a past tense.
export const TELLS_A_CHANGE = /\b(?:now|can|lets?|allows?|able|no longer)\b|\b(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?[a-z]{3,}ing\b|\b(?:has|have|had)\s+(?:been\s+|long\s+|already\s+)?[a-z]+(?:en|wn|ne|un|ck|ht|ome|ed)\b/i;
