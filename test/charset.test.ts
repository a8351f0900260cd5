// Encoded bodies are generated here from UTF-8 strings with iconv-lite, so no binary fixtures.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import iconv from "iconv-lite";
import { decodeBody, hasMojibake, normalizeCharset } from "../src/crawl/charset.ts";

const rss = (title: string, description: string, prolog = '<?xml version="1.0"?>') =>
  `${prolog}\n<rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><description>${description}</description><link>https://example.com/a</link></item></channel></rss>`;

const samples = {
  simplified: ["阿里巴巴旗下淘宝宣布接入微信支付，平台互联互通迈出重要一步", "据报道，这一变化将在本月内完成，用户可以在淘宝购物时选择使用微信支付。"],
  traditional: ["阿里巴巴旗下淘寶宣佈接入微信支付，平台互聯互通邁出重要一步", "據報導，這一變化將在本月內完成，用戶可以在淘寶購物時選擇使用微信支付。"],
  japanese: ["楽天とヤフーが決済サービスで提携、相互に利用できるようになる", "両社は来月から新しいサービスを始めると発表した。"],
  korean: ["카카오와 네이버가 결제 서비스를 서로 연결하기로 했다", "두 회사는 다음 달부터 새로운 서비스를 시작한다고 밝혔다."],
  russian: ["Яндекс и Сбер договорились о совместной платёжной системе", "Компании объявили, что новая услуга начнёт работать в следующем месяце."],
  french: ["Café société : la régulation des plateformes numériques", "L’Autorité a annoncé une décision très attendue — enfin."],
} as const;

describe("decodeBody: undeclared bytes are sniffed", () => {
  const cases: [string, keyof typeof samples, string][] = [
    ["GBK", "simplified", "gb18030"],
    ["Big5", "traditional", "big5"],
    ["Shift_JIS", "japanese", "shift_jis"],
    ["EUC-KR", "korean", "euc-kr"],
    ["KOI8-R", "russian", "koi8-r"],
    ["windows-1251", "russian", "windows-1251"],
    ["windows-1252", "french", "windows-1252"],
  ];
  for (const [label, sample, expected] of cases) {
    test(`${label} without any declaration`, () => {
      const [title, description] = samples[sample];
      const text = rss(title, description);
      const decoded = decodeBody(iconv.encode(text, expected), undefined, "xml");
      assert.equal(decoded.charset, expected);
      assert.equal(decoded.charsetSource, "sniffed");
      assert.equal(decoded.text, text);
      assert.equal(hasMojibake(decoded.text), false);
    });
  }

  test("valid UTF-8 is recognised before any legacy charset; pure ASCII is the utf-8 default", () => {
    const text = rss(...samples.simplified);
    assert.deepEqual(decodeBody(Buffer.from(text), undefined, "xml"), { text, charset: "utf-8", charsetSource: "sniffed" });
    const ascii = rss("Plain", "ASCII only");
    assert.deepEqual(decodeBody(Buffer.from(ascii), undefined, "xml"), { text: ascii, charset: "utf-8", charsetSource: "default" });
  });
});

describe("decodeBody: declarations", () => {
  test("GBK declared in the XML prolog as gb2312", () => {
    const text = rss(...samples.simplified, '<?xml version="1.0" encoding="gb2312"?>');
    const decoded = decodeBody(iconv.encode(text, "gbk"), "application/rss+xml", "xml");
    assert.equal(decoded.charset, "gb18030");
    assert.equal(decoded.charsetSource, "xml-prolog");
    assert.equal(decoded.text, text);
  });

  test("UTF-8 with a BOM: BOM wins and is stripped", () => {
    const text = rss(...samples.korean, '<?xml version="1.0" encoding="euc-kr"?>');
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    assert.deepEqual(decodeBody(body, "text/xml; charset=iso-8859-1", "xml"), { text, charset: "utf-8", charsetSource: "bom" });
  });

  test("UTF-16LE with a BOM", () => {
    const text = rss(...samples.japanese);
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]);
    const decoded = decodeBody(body, undefined, "xml");
    assert.equal(decoded.charset, "utf-16le");
    assert.equal(decoded.text, text);
  });

  test("the HTTP header charset overrides the prolog", () => {
    const text = rss(...samples.simplified, '<?xml version="1.0" encoding="utf-8"?>');
    const decoded = decodeBody(iconv.encode(text, "gbk"), 'application/xml; charset="GBK"', "xml");
    assert.equal(decoded.charsetSource, "header");
    assert.equal(decoded.charset, "gb18030");
    assert.equal(decoded.text, text);
  });

  test("a declared utf-8 that does not decode cleanly falls back to sniffing", () => {
    const text = rss(...samples.simplified, '<?xml version="1.0" encoding="utf-8"?>');
    const decoded = decodeBody(iconv.encode(text, "gbk"), "text/xml; charset=utf-8", "xml");
    assert.equal(decoded.charset, "gb18030");
    assert.equal(decoded.charsetSource, "sniffed");
    assert.equal(decoded.text, text);
  });

  test("UTF-8 bytes under a stale legacy label are read as UTF-8", () => {
    const text = rss(...samples.french);
    const decoded = decodeBody(Buffer.from(text), "text/xml; charset=ISO-8859-1", "xml");
    assert.equal(decoded.charset, "utf-8");
    assert.equal(decoded.text, text);
  });

  test("iso-8859-1 is read as windows-1252, as browsers do (curly quotes survive)", () => {
    assert.equal(normalizeCharset("ISO-8859-1"), "windows-1252");
    assert.equal(normalizeCharset("x-gbk"), "gb18030");
    assert.equal(normalizeCharset("no-such-charset"), null);
    const body = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]); // “Hi” café
    const decoded = decodeBody(body, "text/html; charset=iso-8859-1", "html");
    assert.equal(decoded.text, "“Hi” café");
    assert.equal(decoded.charsetSource, "header");
  });

  test("HTML <meta charset> placed after the first 1024 bytes", () => {
    const padding = `<!-- ${"x".repeat(1500)} -->`;
    const html = `<!DOCTYPE html><html><head>${padding}<meta charset="gbk"><title>${samples.simplified[0]}</title></head><body><p>${samples.simplified[1]}</p></body></html>`;
    const decoded = decodeBody(iconv.encode(html, "gbk"), "text/html", "html");
    assert.equal(decoded.charsetSource, "meta");
    assert.equal(decoded.charset, "gb18030");
    assert.equal(decoded.text, html);
  });

  test("HTML http-equiv Content-Type meta with content before http-equiv", () => {
    const html = `<html><head><meta content="text/html; charset=big5" http-equiv="Content-Type"><title>${samples.traditional[0]}</title></head><body>${samples.traditional[1]}</body></html>`;
    const decoded = decodeBody(iconv.encode(html, "big5"), undefined, "html");
    assert.equal(decoded.charsetSource, "meta");
    assert.equal(decoded.charset, "big5");
    assert.equal(decoded.text, html);
  });

  test("an unknown declared label is ignored and the bytes are sniffed", () => {
    const text = rss(...samples.russian, '<?xml version="1.0" encoding="x-made-up"?>');
    const decoded = decodeBody(iconv.encode(text, "windows-1251"), undefined, "xml");
    assert.equal(decoded.charset, "windows-1251");
    assert.equal(decoded.text, text);
  });
});

describe("hasMojibake", () => {
  test("flags UTF-8 read as latin1 and replacement characters", () => {
    const wrong = (s: string) => iconv.decode(Buffer.from(s), "windows-1252");
    assert.equal(hasMojibake(wrong("Café")), true);
    assert.equal(hasMojibake(wrong("中国")), true);
    assert.equal(hasMojibake(wrong("it’s")), true);
    assert.equal(hasMojibake("ä¸­å›½"), true);
    assert.equal(hasMojibake("broken \ufffd text"), true);
  });

  test("clean text in many scripts is not flagged", () => {
    for (const [a, b] of Object.values(samples)) assert.equal(hasMojibake(`${a} ${b}`), false, a);
    assert.equal(hasMojibake("„Das ist schön“, sagte Müller. Straße, Größe, Ärger."), false);
    assert.equal(hasMojibake("À bientôt — « voilà »"), false);
  });
});
