import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { WallwatchError } from "../src/errors.ts";
import { parseFeed } from "../src/crawl/feed.ts";
import { parseFeedDate, plainText } from "../src/crawl/feed-text.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url), "utf8");

async function malformed(text: string, url = "https://x.example/feed"): Promise<string> {
  try {
    await parseFeed(text, url);
  } catch (err) {
    assert.ok(err instanceof WallwatchError, `expected WallwatchError, got ${String(err)}`);
    assert.equal(err.kind, "feed.malformed");
    return err.message;
  }
  assert.fail("parseFeed did not throw");
}

describe("parseFeed: RSS", () => {
  test("RSS 2.0: entities, double-encoded markup, CDATA, whitespace; item without link dropped", async () => {
    const feed = await parseFeed(fixture("rss2-entities-cdata-markup-in-titles.xml"), "https://news.example.com/feed.xml");
    assert.equal(feed.format, "rss2.0");
    assert.equal(feed.title, "Platform Watch & Co");
    assert.equal(feed.link, "https://news.example.com/");
    assert.deepEqual(
      feed.items.map((i) => i.title),
      ["AT&T and the walled garden", "Taobao accepts WeChat Pay — finally", "Meituan opens to Alipay — report", "Date in Dublin Core"],
    );
    assert.equal(feed.dropped, 1);
    const [first, second, third, fourth] = feed.items;
    assert.equal(first!.id, "https://news.example.com/2025/03/att-walled-garden.html");
    assert.equal(first!.published, "2025-03-12T10:00:00.000Z");
    assert.equal(second!.link, "https://news.example.com/2025/03/taobao-wechat-pay.html", "relative link resolved against the feed URL");
    assert.equal(second!.id, "item-2", "opaque non-permalink guid kept as is");
    assert.equal(second!.published, "2025-03-11T14:30:00.000Z", "EST is UTC-5");
    assert.equal(third!.published, "2025-03-10T10:15:00.000Z", "+0800 offset applied");
    assert.equal(third!.id, third!.link, "no guid: id is the link");
    assert.equal(fourth!.published, "2025-03-09T00:00:00.000Z", "dc:date used when there is no pubDate");
  });

  test("RSS 0.91 with a DOCTYPE: relative links resolved, no dates", async () => {
    const feed = await parseFeed(fixture("rss091.xml"), "http://oldschool.example.org/rss.xml");
    assert.equal(feed.format, "rss0.9x");
    assert.equal(feed.title, "Old School Tech");
    assert.deepEqual(
      feed.items.map((i) => [i.link, i.published]),
      [
        ["http://oldschool.example.org/stories/unblock-links", null],
        ["http://oldschool.example.org/stories/second", null],
      ],
    );
  });

  test("RSS 1.0 (RDF): link from <link> or rdf:about, dc:date", async () => {
    const feed = await parseFeed(fixture("rss1-rdf.xml"), "https://rdf.example.net/feed");
    assert.equal(feed.format, "rss1.0");
    assert.equal(feed.title, "RDF Wire");
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.link, i.published]),
      [
        ["JD and Tencent extend logistics tie-up", "https://rdf.example.net/a/1", "2025-03-12T02:00:00.000Z"],
        ["Item named only by rdf:about", "https://rdf.example.net/a/2", "2025-03-11T00:00:00.000Z"],
      ],
    );
  });

  test("naive Chinese-style timestamps take the timezone option, UTC without one", async () => {
    const text = fixture("rss2-naive-chinese-dates.xml");
    const shanghai = await parseFeed(text, "https://tech.example.cn/rss", { timezone: "Asia/Shanghai" });
    assert.deepEqual(
      shanghai.items.map((i) => i.published),
      ["2025-03-12T02:00:00.000Z", "2025-03-11T00:30:00.000Z"],
    );
    const utc = await parseFeed(text, "https://tech.example.cn/rss");
    assert.equal(utc.items[0]!.published, "2025-03-12T10:00:00.000Z");
    assert.equal(utc.items[0]!.title, "美团宣布接入支付宝");
  });
});

describe("parseFeed: Atom and JSON Feed", () => {
  test("Atom 1.0: feed- and entry-level xml:base, alternate link, bad published falls back to updated", async () => {
    const feed = await parseFeed(fixture("atom1-xml-base-relative-links.xml"), "https://mirror.example.org/feed.atom");
    assert.equal(feed.format, "atom1.0");
    assert.equal(feed.title, "Interop Notes");
    assert.equal(feed.link, "https://atom.example.com/blog/");
    assert.equal(feed.dropped, 1);
    const [a, b] = feed.items;
    assert.equal(a!.link, "https://atom.example.com/blog/posts/2025/douyin-wechat.html");
    assert.equal(a!.id, "tag:atom.example.com,2025:1");
    assert.equal(a!.published, "2025-03-12T02:00:00.000Z", "published preferred over updated");
    assert.equal(b!.title, "Alipay mini-programs", "xhtml title flattened to text");
    assert.equal(b!.link, "https://atom.example.com/absolute-path/alipay.html");
    assert.equal(b!.id, "https://atom.example.com/ids/2", "path-like id resolved against xml:base");
    assert.equal(b!.published, "2025-03-10T08:00:00.000Z");
  });

  test("Atom 0.3: issued date, escaped title", async () => {
    const feed = await parseFeed(fixture("atom03.xml"), "https://legacy.example.com/atom.xml");
    assert.equal(feed.format, "atom0.3");
    assert.equal(feed.title, "Legacy & Atom");
    assert.deepEqual(feed.items, [
      {
        title: "Ele.me accepts Alipay and WeChat Pay",
        link: "https://legacy.example.com/2025/03/eleme",
        id: "tag:legacy.example.com,2025:eleme",
        published: "2025-03-12T01:00:00.000Z",
      },
    ]);
  });

  test("JSON Feed 1.1: numeric ids, missing title, invalid items counted", async () => {
    const feed = await parseFeed(fixture("json-feed-1.1.json"), "https://json.example.com/feed.json");
    assert.equal(feed.format, "json");
    assert.equal(feed.title, "JSON Platform News");
    assert.equal(feed.link, "https://json.example.com/");
    assert.equal(feed.dropped, 2);
    assert.deepEqual(feed.items[0], {
      title: "Kuaishou and JD sign deal",
      link: "https://json.example.com/p/1",
      id: "1",
      published: "2025-03-12T02:00:00.000Z",
    });
    assert.equal(feed.items[1]!.link, "https://json.example.com/p/2");
    assert.equal(feed.items[1]!.id, "2");
    assert.match(feed.items[1]!.title, /^A micro-post without a title/);
    assert.equal(feed.items[1]!.published, "2025-03-11T00:00:00.000Z");
  });

  test("JSON that is not a JSON Feed is refused", async () => {
    assert.match(await malformed('{"hello": "world"}'), /not a feed: JSON without a jsonfeed\.org version/);
    assert.match(await malformed("{broken"), /JSON error/);
  });
});

describe("parseFeed: sitemaps and listings", () => {
  test("Google News sitemap: news:title and news:publication_date, entities in loc, duplicates dropped", async () => {
    const feed = await parseFeed(fixture("google-news-sitemap.xml"), "https://sitemap.example.com/news.xml");
    assert.equal(feed.format, "sitemap");
    assert.deepEqual(feed.items, [
      {
        title: "WeChat & Taobao: the wall comes down",
        link: "https://sitemap.example.com/news/2025/03/12/wechat-taobao.html?src=a&ref=b",
        id: "https://sitemap.example.com/news/2025/03/12/wechat-taobao.html?src=a&ref=b",
        published: "2025-03-12T02:00:00.000Z",
      },
      {
        title: "SAMR fines platform",
        link: "https://sitemap.example.com/news/2025/03/11/samr.html",
        id: "https://sitemap.example.com/news/2025/03/11/samr.html",
        published: "2025-03-11T00:00:00.000Z",
      },
    ]);
    assert.equal(feed.dropped, 2);
  });

  test("sitemap index: child sitemaps as items, relative loc resolved", async () => {
    const feed = await parseFeed(fixture("sitemap-index.xml"), "https://sitemap.example.com/sitemap.xml");
    assert.equal(feed.format, "sitemapindex");
    assert.deepEqual(
      feed.items.map((i) => [i.link, i.published]),
      [
        ["https://sitemap.example.com/sitemap-news.xml", "2025-03-12T10:00:00.000Z"],
        ["https://sitemap.example.com/sitemap-2025-03.xml", null],
      ],
    );
  });

  test("listing page: selector and pattern, <base href>, duplicates merged keeping the headline text", async () => {
    const html = fixture("listing-page.html");
    const feed = await parseFeed(html, "https://listing.example.gov.cn/xwdt/index.html", {
      kind: "listing",
      linkSelector: "ul.news-list a",
      linkPattern: "^https://listing\\.example\\.gov\\.cn/xwdt/2025/",
      timezone: "Asia/Shanghai",
    });
    assert.equal(feed.format, "listing");
    assert.equal(feed.title, "工业和信息化部 - 新闻动态");
    assert.deepEqual(
      feed.items.map((i) => [i.title, i.link, i.published]),
      [
        ["工信部：推动平台互联互通", "https://listing.example.gov.cn/xwdt/2025/03/art_1.html", "2025-03-11T16:00:00.000Z"],
        ["关于屏蔽网址链接的通知", "https://listing.example.gov.cn/xwdt/2025/03/art_2.html", null],
      ],
    );
    const unfiltered = await parseFeed(html, "https://listing.example.gov.cn/xwdt/index.html", { kind: "listing" });
    assert.ok(unfiltered.items.some((i) => i.link === "https://elsewhere.example.com/2025/03/art_3.html"));
    assert.ok(!unfiltered.items.some((i) => i.link.startsWith("javascript:")), "javascript: links are never items");
  });
});

describe("parseFeed: what is not a feed", () => {
  test("malformed XML names the line", async () => {
    const msg = await malformed(fixture("malformed-unclosed-tag.xml"), "https://broken.example/rss");
    assert.equal(msg, "feed: https://broken.example/rss: XML error at line 3: unexpected close tag");
  });

  test("an HTML page where a feed was expected", async () => {
    const msg = await malformed(fixture("html-page-served-as-feed.html"));
    assert.equal(msg, "feed: https://x.example/feed: not a feed: looks like an HTML page");
    assert.match(await malformed("<html><body>no doctype</body></html>"), /looks like an HTML page/);
  });

  test("empty body, whitespace only, plain text, unknown root element", async () => {
    assert.equal(await malformed(""), "feed: https://x.example/feed: empty body");
    assert.equal(await malformed(" \n\t "), "feed: https://x.example/feed: empty body");
    assert.match(await malformed("just some text"), /not a feed: no XML root element/);
    assert.match(await malformed("<?xml version='1.0'?><opml version='2.0'/>"), /unexpected root element <opml>/);
    assert.match(await malformed('<rss version="2.0"></rss>'), /not a feed: <rss> without a channel or entries/);
  });

  test("odd but parseable documents give items or a feed.malformed error, never anything else", async () => {
    const odd = [
      '<rss version="2.0"><channel/></rss>',
      "<feed>text</feed>",
      '<rdf:RDF xmlns:rdf="x"></rdf:RDF>',
      '<rss version="2.0"><channel><item/><item><link/></item><item><link>javascript:alert(1)</link></item></channel></rss>',
      '<rss version="2.0"><channel><item><link>http://[bad/</link></item></channel></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="::::"><entry><link href="x"/><published></published></entry></feed>',
      '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&x;</title><link>http://a/</link></item></channel></rss>',
      "<urlset/>",
      "[1,2]",
      "null",
      "\u0000\u0001garbage",
    ];
    for (const text of odd) {
      try {
        const feed = await parseFeed(text, "https://x.example/feed");
        for (const item of feed.items) assert.match(item.link, /^https?:\/\//, text);
      } catch (err) {
        assert.ok(err instanceof WallwatchError && err.kind === "feed.malformed", `${text}: ${String(err)}`);
        assert.doesNotMatch(err.message, /passwd|root:/);
      }
    }
  });
});

describe("feed text helpers", () => {
  test("plainText strips markup and decodes entities once or twice", () => {
    assert.equal(plainText("&amp;lt;p&amp;gt;Hello&amp;lt;/p&amp;gt; &amp;amp; bye"), "Hello & bye");
    assert.equal(plainText("Caf&eacute; &#x4e2d;&#22269; &unknown;"), "Café 中国 &unknown;");
    assert.equal(plainText("<![CDATA[a <b>b</b>]]>"), "a b");
  });

  test("parseFeedDate handles RFC 822 zones, W3C dates and rejects nonsense", () => {
    assert.equal(parseFeedDate("Wed, 12 Mar 2025 10:00:00 GMT"), "2025-03-12T10:00:00.000Z");
    assert.equal(parseFeedDate("12 Mar 25 10:00 PDT"), "2025-03-12T17:00:00.000Z");
    assert.equal(parseFeedDate("Wed, 12 Mar 2025 10:00:00 +08:00"), "2025-03-12T02:00:00.000Z");
    assert.equal(parseFeedDate("2025-03-12T10:00:00.250-05:00"), "2025-03-12T15:00:00.250Z");
    assert.equal(parseFeedDate("2025-03"), "2025-03-01T00:00:00.000Z");
    assert.equal(parseFeedDate("2025/3/9 8:05", "Asia/Shanghai"), "2025-03-09T00:05:00.000Z");
    // New York switched to daylight time on 9 March 2025.
    assert.equal(parseFeedDate("2025-03-10 12:00:00", "America/New_York"), "2025-03-10T16:00:00.000Z");
    assert.equal(parseFeedDate("2025-03-08 12:00:00", "America/New_York"), "2025-03-08T17:00:00.000Z");
    assert.equal(parseFeedDate("2025-13-45 10:00"), null);
    assert.equal(parseFeedDate("yesterday"), null);
    assert.equal(parseFeedDate(""), null);
  });
});

test("bare ampersands in links and titles, common in real feeds, are read as text", async () => {
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>AT&T news</title><link>https://n.example/</link>
<item><title>AT&T and T-Mobile &amp; friends</title><link>https://n.example/a?id=1&utm_source=rss</link></item></channel></rss>`;
  const feed = await parseFeed(xml, "https://n.example/rss");
  assert.equal(feed.items.length, 1);
  assert.equal(feed.items[0]!.title, "AT&T and T-Mobile & friends");
  assert.equal(feed.items[0]!.link, "https://n.example/a?id=1&utm_source=rss");
});
