// The small part of the DOM the extractor uses, typed here because the project compiles without
// lib.dom; parsing is linkedom's (fast, no layout), with the page URL set so relative links resolve.
import { parseHTML } from "linkedom";

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  id: string;
  className: string;
  parentElement: DomElement | null;
  children: ArrayLike<DomElement>;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  remove(): void;
  replaceChildren(...nodes: DomNode[]): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a page; `baseURI`/`documentURI` are the page URL (or its <base href>, resolved). */
export function parseDocument(html: string, url: string): DomDocument {
  const { document } = parseHTML(wrapFragment(html)) as unknown as { document: DomDocument };
  let base = url;
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  if (baseHref) {
    try {
      base = new URL(baseHref, url).href;
    } catch {
      base = url;
    }
  }
  // linkedom's baseURI is the raw <base href> or the window location (unset); Readability reads
  // both properties to make links absolute.
  Object.defineProperty(document, "baseURI", { value: base, configurable: true });
  Object.defineProperty(document, "documentURI", { value: url, configurable: true });
  return document;
}

/**
 * linkedom does not invent the <html>/<body> a browser would: without them the first element
 * becomes the root (and an empty string has none). Fragments are wrapped the way a browser reads them.
 */
function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const doctype = html.match(/^\s*<!doctype[^>]*>/i)?.[0] ?? "";
  const rest = html.slice(doctype.length);
  if (/<body[\s>]/i.test(rest) || /<head[\s>]/i.test(rest)) return `<!doctype html><html>${rest}</html>`;
  return `<!doctype html><html><head></head><body>${rest}</body></html>`;
}

/** Text of a node with runs of whitespace collapsed to one space. */
export function textOf(node: DomNode | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The element's class and id, lower-cased, for matching against hint lists. */
export function classAndId(el: DomElement): string {
  return `${el.className ?? ""} ${el.id ?? ""}`.toLowerCase();
}
