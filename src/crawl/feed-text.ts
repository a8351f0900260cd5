// The normalisation every feed format needs: titles to plain text, URLs to absolute ones, and
// the many date spellings of real feeds to ISO 8601 UTC.

const namedEntities: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  mdash: "—", ndash: "–", hellip: "…", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", middot: "·", bull: "•", copy: "©", reg: "®", trade: "™",
  deg: "°", euro: "€", pound: "£", yen: "¥", cent: "¢", sect: "§", para: "¶", times: "×", divide: "÷",
  eacute: "é", egrave: "è", ecirc: "ê", euml: "ë", aacute: "á", agrave: "à", acirc: "â", auml: "ä", atilde: "ã",
  aring: "å", ccedil: "ç", iacute: "í", igrave: "ì", icirc: "î", iuml: "ï", ntilde: "ñ", oacute: "ó", ograve: "ò",
  ocirc: "ô", ouml: "ö", otilde: "õ", oslash: "ø", uacute: "ú", ugrave: "ù", ucirc: "û", uuml: "ü", szlig: "ß",
  Eacute: "É", Aacute: "Á", Agrave: "À", Ouml: "Ö", Uuml: "Ü", Auml: "Ä", Ccedil: "Ç", Ntilde: "Ñ", zwnj: "", zwj: "",
  shy: "",
};

/** Decodes HTML character references (named, decimal, hex); unknown names are left as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
      return String.fromCodePoint(code);
    }
    return namedEntities[ref] ?? whole;
  });
}

/**
 * Feed titles arrive as text, escaped HTML, CDATA with markup, or escaped twice
 * ("&amp;lt;b&amp;gt;"). Two rounds of strip-and-decode undo all of these.
 */
export function plainText(raw: string): string {
  let text = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
  for (let round = 0; round < 2; round++) {
    text = text.replace(/<\/?[A-Za-z][^<>]*>/g, " ").replace(/<!--[\s\S]*?-->/g, "");
    const decoded = decodeEntities(text);
    if (decoded === text) break;
    text = decoded;
  }
  text = text.replace(/<\/?[A-Za-z][^<>]*>/g, " ");
  return text.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/** An absolute http(s) URL for `href` against `base`, or null. */
export function resolveUrl(href: string | undefined | null, base: string): string | null {
  const clean = href?.trim();
  if (!clean) return null;
  try {
    const url = new URL(clean, base);
    if (url.protocol !== "http:" && url.protocol !== "https:" && url.protocol !== "file:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

/** Resolves a chain of xml:base values (outermost first) against the document URL. */
export function resolveBase(documentUrl: string, ...bases: (string | undefined | null)[]): string {
  let base = documentUrl;
  for (const b of bases) {
    if (!b?.trim()) continue;
    try {
      base = new URL(b.trim(), base).href;
    } catch {
      // A broken xml:base is ignored rather than losing the item.
    }
  }
  return base;
}

/**
 * An item id: opaque ids ("tag:...", "12345", "urn:uuid:...") are kept as they are; ids that are
 * paths ("/news/1.html") are resolved like links, so the same article gets one id.
 */
export function resolveId(id: string | undefined | null, base: string): string | null {
  const clean = id?.trim();
  if (!clean) return null;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(clean)) return clean;
  if (clean.startsWith("/") || clean.startsWith("./") || clean.startsWith("../") || /\.s?html?$/.test(clean)) {
    return resolveUrl(clean, base) ?? clean;
  }
  return clean;
}

const zoneOffsets: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330,
  SGT: 480, HKT: 480, AWST: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const monthIndex: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/** Minutes east of UTC for "+0800", "+08:00", "-05", "GMT+8", a zone name; undefined when unknown. */
function zoneOffsetMinutes(zone: string): number | undefined {
  const z = zone.trim().toUpperCase();
  if (!z) return undefined;
  if (z in zoneOffsets) return zoneOffsets[z];
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

/** Offset of an IANA zone from UTC at instant `ms`, in minutes; 0 for an unknown zone. */
function ianaOffsetMinutes(ms: number, timeZone: string): number {
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(new Date(ms));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
    return Math.round((local - ms) / 60000);
  } catch {
    return 0;
  }
}

/** Epoch ms of a wall-clock time in `timeZone` (UTC when none). */
function wallClockToUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone?: string): number {
  const naive = Date.UTC(y, mo, d, h, mi, s);
  if (!timeZone) return naive;
  // Two passes so a time just after a DST change takes the offset in force at that time.
  let utc = naive - ianaOffsetMinutes(naive, timeZone) * 60000;
  utc = naive - ianaOffsetMinutes(utc, timeZone) * 60000;
  return utc;
}

function iso(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function validFields(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return mo >= 0 && mo <= 11 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && s <= 60 && y >= 1970 && y <= 2200;
}

/**
 * Parses RFC 822 ("Wed, 12 Mar 2025 10:00:00 GMT", "+0800", "EST"), W3C/ISO 8601 and naive
 * Chinese-style stamps ("2025-03-12 10:00:00", "2025年3月12日 10:00") to ISO 8601 UTC.
 * Naive stamps are wall-clock time in `timeZone` (UTC when not given). Null when unparseable.
 */
export function parseFeedDate(raw: string | undefined | null, timeZone?: string): string | null {
  const s = raw?.trim().replace(/\s+/g, " ");
  if (!s) return null;

  const w3c = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (w3c) {
    const [y, mo, d, h, mi, sec] = [1, 2, 3, 4, 5, 6].map((i) => Number(w3c[i] ?? 0)) as [number, number, number, number, number, number];
    if (!validFields(y, mo - 1, d, h, mi, sec)) return null;
    const frac = /[.,](\d+)/.exec(s.slice(16))?.[1];
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    if (w3c[7]) {
      const offset = zoneOffsetMinutes(w3c[7]) ?? 0;
      return iso(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset * 60000);
    }
    return iso(wallClockToUtc(y, mo - 1, d, h, mi, sec, timeZone) + ms);
  }

  const naive = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?(?:[ T]*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?)?$/.exec(s);
  const yearOnly = /^(\d{4})$/.exec(s);
  if (naive || yearOnly) {
    const f = naive ?? yearOnly!;
    const [y, mo, d, h, mi, sec] = [Number(f[1]), Number(f[2] ?? 1) - 1, Number(f[3] ?? 1), Number(f[4] ?? 0), Number(f[5] ?? 0), Number(f[6] ?? 0)];
    if (!validFields(y, mo, d, h, mi, sec)) return null;
    return iso(wallClockToUtc(y, mo, d, h, mi, sec, timeZone));
  }

  const rfc = /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(.*)$/.exec(s);
  if (rfc) {
    const month = monthIndex[rfc[2]!.toLowerCase()];
    let y = Number(rfc[3]);
    if (y < 100) y += y < 70 ? 2000 : 1900;
    const [d, h, mi, sec] = [Number(rfc[1]), Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0)];
    if (month === undefined || !validFields(y, month, d, h, mi, sec)) return null;
    const zone = rfc[7]!.replace(/\(.*\)$/, "").trim();
    const offset = zoneOffsetMinutes(zone);
    if (offset === undefined) return iso(wallClockToUtc(y, month, d, h, mi, sec, zone ? undefined : timeZone));
    return iso(Date.UTC(y, month, d, h, mi, sec) - offset * 60000);
  }

  // Last resort for other spellings, only when they carry their own zone (so the result does not
  // depend on the machine's time zone).
  if (/(?:\bGMT\b|\bUTC\b|Z$|[+-]\d{2}:?\d{2}$)/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return iso(t);
  }
  return null;
}
