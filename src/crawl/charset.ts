// Bytes to text. Chinese outlets still serve GBK and Big5, often mislabelled, so the order of
// trust is: byte-order mark, HTTP header, the document's own declaration (XML prolog or HTML
// <meta>), then a guess from the bytes. A declaration that does not decode cleanly is treated as
// no declaration, because a wrong label silently turns every article into mojibake.
import iconv from "iconv-lite";
import { sniffLegacyCharset, utf8Validity } from "./charset-sniff.ts";
import type { DecodedBody } from "./types.ts";

// Labels as found in the wild, mapped to the iconv-lite charset a browser would actually use.
const labelAliases: Record<string, string> = {
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "x-unicode20utf8": "utf-8",
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  "windows-936": "gb18030",
  "gb_2312-80": "gb18030",
  csgb2312: "gb18030",
  chinese: "gb18030",
  "iso-ir-58": "gb18030",
  euccn: "gb18030",
  "euc-cn": "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  "cn-big5": "big5",
  "x-x-big5": "big5",
  csbig5: "big5",
  "shift_jis": "shift_jis",
  "shift-jis": "shift_jis",
  sjis: "shift_jis",
  "x-sjis": "shift_jis",
  ms_kanji: "shift_jis",
  "windows-31j": "shift_jis",
  csshiftjis: "shift_jis",
  "euc-kr": "euc-kr",
  "ks_c_5601-1987": "euc-kr",
  "windows-949": "euc-kr",
  cp949: "euc-kr",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  latin1: "windows-1252",
  l1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-9": "windows-1254",
  cp1251: "windows-1251",
  "x-cp1251": "windows-1251",
  koi8: "koi8-r",
  "koi8_r": "koi8-r",
  cskoi8r: "koi8-r",
};

/** The iconv-lite charset for a declared label, or null when unknown. */
export function normalizeCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (!clean) return null;
  const mapped = labelAliases[clean] ?? clean;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** The `charset=` parameter of a Content-Type header value. */
export function headerCharset(contentType: string | undefined): string | null {
  const m = /charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? "");
  return m ? m[2]! : null;
}

function bomCharset(body: Buffer): { charset: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

// Declarations are ASCII, so reading the head as latin1 finds them whatever the real charset.
const declarationScanBytes = 4096;

/** encoding="..." of an XML prolog at the start of the document. */
export function prologCharset(head: string): string | null {
  const m = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m ? m[1]! : null;
}

/** <meta charset> or <meta http-equiv="Content-Type" content="...charset=..."> in the head. */
export function metaCharset(head: string): string | null {
  for (const tag of head.match(/<meta\s[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag) ?? /\bcontent\s*=\s*([^\s>]+)/i.exec(tag);
      const value = content ? (content[2] ?? content[1]!) : "";
      const cs = headerCharset(value);
      if (cs) return cs;
    }
  }
  return null;
}

function nonAsciiCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

/** Decoded without many replacement characters: the label probably matches the bytes. */
function decodesCleanly(text: string): boolean {
  let bad = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) bad++;
  if (bad === 0) return true;
  return bad < 10 && bad / Math.max(1, nonAsciiCount(text)) <= 0.02;
}

function decode(body: Buffer, charset: string): string {
  // Node's own UTF-8 decoder is several times faster than iconv-lite's on large pages.
  if (charset === "utf-8") return body.toString("utf8").replace(/^\ufeff/, "");
  return iconv.decode(body, charset, { stripBOM: true });
}

/** Valid UTF-8 with a few multi-byte characters: legacy-charset bytes almost never look like this. */
function looksLikeUtf8(body: Buffer): boolean {
  const v = utf8Validity(body);
  return v.valid && v.multibyte >= 3;
}

function sniff(body: Buffer): DecodedBody {
  const utf8 = utf8Validity(body);
  if (utf8.valid) return { text: decode(body, "utf-8"), charset: "utf-8", charsetSource: utf8.multibyte > 0 ? "sniffed" : "default" };
  const guess = sniffLegacyCharset(body);
  if (guess) return { text: decode(body, guess.charset), charset: guess.charset, charsetSource: "sniffed" };
  return { text: decode(body, "utf-8"), charset: "utf-8", charsetSource: "default" };
}

/**
 * Decodes a fetched body: BOM > HTTP header charset > XML prolog / HTML meta > sniffing > utf-8.
 * Never throws; the worst case is utf-8 with replacement characters.
 */
export function decodeBody(body: Buffer, contentType: string | undefined, kind: "xml" | "html" | "json"): DecodedBody {
  const bom = bomCharset(body);
  if (bom) return { text: iconv.decode(body.subarray(bom.length), bom.charset), charset: bom.charset, charsetSource: "bom" };

  const head = body.subarray(0, declarationScanBytes).toString("latin1");
  const declared: { label: string | null; source: DecodedBody["charsetSource"] }[] = [{ label: headerCharset(contentType), source: "header" }];
  if (kind === "xml") declared.push({ label: prologCharset(head), source: "xml-prolog" }, { label: metaCharset(head), source: "meta" });
  if (kind === "html") declared.push({ label: metaCharset(head), source: "meta" }, { label: prologCharset(head), source: "xml-prolog" });

  for (const d of declared) {
    let charset = normalizeCharset(d.label);
    if (!charset) continue;
    // A document we could read the declaration of as ASCII is not UTF-16, whatever it says.
    if (d.source !== "header" && charset.startsWith("utf-16")) charset = "utf-8";
    // Bytes that are valid UTF-8 under a legacy label are UTF-8 with a stale label.
    if (charset !== "utf-8" && !charset.startsWith("utf-16") && looksLikeUtf8(body)) {
      return { text: decode(body, "utf-8"), charset: "utf-8", charsetSource: "sniffed" };
    }
    const text = decode(body, charset);
    if (decodesCleanly(text)) return { text, charset, charsetSource: d.source };
    const sniffed = sniff(body);
    return sniffed.charsetSource === "default" ? { text, charset, charsetSource: d.source } : sniffed;
  }
  return sniff(body);
}

// UTF-8 bytes read as latin1/windows-1252: a lead byte (Ã, â, ä, å, ...) followed by characters
// that only appear there as continuation bytes.
const cont = "[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]";
const mojibakePattern = new RegExp(`[\\u00c2-\\u00df][\\u0080-\\u00bf]|[\\u00e0-\\u00ef]${cont}${cont}`);

/** Text that was decoded with the wrong charset: replacement characters or UTF-8-as-latin1 pairs. */
export function hasMojibake(text: string): boolean {
  return text.includes("\ufffd") || mojibakePattern.test(text);
}
