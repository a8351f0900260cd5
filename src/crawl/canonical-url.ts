// One spelling per article URL, so the same story reached through a feed, a share link and a
// newsletter is fetched and stored once. Only rewrites that never change which page a server
// returns: case of scheme and host, default ports, fragments, tracking parameters, parameter order.
import { WallwatchError } from "../errors.ts";

// Query parameters that only say where a click came from. Matched case-insensitively; entries
// ending in "*" are prefixes.
const TRACKING_PARAMS: readonly string[] = [
  "utm_*",
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "mkt_tok",
  "_hsenc",
  "_hsmi",
  "hsctatracking",
  "spm",
  "scm",
  "from",
  "share_token",
  "share_source",
  "share_medium",
  "share_from",
  "sharer_shareid",
  "sharer_sharetime",
  "ref",
  "ref_src",
  "ref_url",
  "referrer",
  "cmpid",
  "cmp",
  "ito",
  "icid",
  "ncid",
  "ocid",
  "smid",
  "sr_share",
  "wt.mc_id",
  "wt_mc_id",
  "ns_mchannel",
  "ns_source",
  "ns_campaign",
  "ns_linkname",
  "ns_fee",
  "taid",
  "xtor",
  "_ga",
  "_gl",
  "isappinstalled",
  "scene",
  "subscene",
  "clicktime",
  "enterid",
  "vd_source",
  "share_plat",
  "tt_from",
  "utm",
];

const exact = new Set(TRACKING_PARAMS.filter((p) => !p.endsWith("*")));
const prefixes = TRACKING_PARAMS.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1));

/** True for a query parameter that only tracks where a visitor came from. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return exact.has(n) || prefixes.some((p) => n.startsWith(p));
}

/**
 * The canonical spelling of an absolute http(s) URL: lower-case scheme and host, no default port,
 * no fragment, no tracking parameters, remaining parameters sorted, empty path as "/".
 * Throws WallwatchError("input.invalid") for a string that is not an absolute URL.
 */
export function canonicalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new WallwatchError("input.invalid", `url: ${url}: not an absolute URL`);
  }
  // WHATWG URL already lower-cases scheme and host and drops default ports for http(s).
  u.hash = "";
  u.username = "";
  u.password = "";
  if (u.hostname.endsWith(".")) u.hostname = u.hostname.slice(0, -1);
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  // A stable sort by name keeps repeated parameters (a=1&a=2) in their original order.
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  if (u.pathname === "") u.pathname = "/";
  return u.href;
}

interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
}

function firstAttr(doc: DocumentLike, selector: string, attr: string): string | null {
  const nodes = doc.querySelectorAll(selector);
  for (let i = 0; i < nodes.length; i++) {
    const v = nodes[i]!.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return null;
}

/**
 * The page's own canonical URL (rel=canonical, then og:url), resolved against the page URL and
 * canonicalised; null when absent or implausible. A canonical pointing at a site root while the
 * page is not the root is a known CMS template bug and is ignored.
 */
export function canonicalFromDocument(doc: DocumentLike, pageUrl: string): string | null {
  const candidates = [
    firstAttr(doc, 'link[rel~="canonical" i]', "href"),
    firstAttr(doc, 'meta[property="og:url" i]', "content"),
    firstAttr(doc, 'meta[name="og:url" i]', "content"),
  ];
  let page: URL | null = null;
  try {
    page = new URL(pageUrl);
  } catch {
    page = null;
  }
  for (const c of candidates) {
    if (!c) continue;
    let resolved: URL;
    try {
      resolved = page ? new URL(c, page) : new URL(c);
    } catch {
      continue;
    }
    if (resolved.protocol !== "http:" && resolved.protocol !== "https:") continue;
    const isRoot = (resolved.pathname === "/" || resolved.pathname === "") && !resolved.search;
    const pageIsRoot = page !== null && page.pathname === "/" && !page.search;
    if (isRoot && !pageIsRoot) continue;
    return canonicalizeUrl(resolved.href);
  }
  return null;
}
