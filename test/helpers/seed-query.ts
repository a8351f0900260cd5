// A small, hand-made event database for the query tests: a few parent/subsidiary pairs from the
// registry, one unknown organisation, five articles (one with a title that needs CSV quoting),
// seven events at day, month, year and no precision, and three quotes.
import { bulkWriter } from "../../src/db/query-bulk.ts";
import { closeDb, openDb } from "../../src/db/client.ts";
import { tempDbFile } from "./db.ts";

/** The title CSV must quote: a comma, double quotes and a newline. */
export const AWKWARD_TITLE = 'Tencent, Alibaba open "walls":\npayments now interoperate';

/** Writes the seed to a fresh temp database file; returns its path and a cleanup. */
export function seedQueryDb(): { path: string; cleanup: () => void; ids: Record<string, number> } {
  const tmp = tempDbFile();
  const db = openDb(tmp.path);
  const w = bulkWriter(db);
  const ids: Record<string, number> = {};
  w.transaction(() => {
    const ent = (name: string, kind: string, parent?: string, aliases: string[] = [], known = true) => {
      ids[name] = w.entity({ name, kind, parent, aliases, known });
    };
    ent("Tencent", "company", undefined, ["Tengxun", "腾讯"]);
    ent("WeChat Pay", "product", "Tencent", ["Weixin Pay", "微信支付"]);
    ent("Alibaba", "company", undefined, ["Alibaba Group"]);
    ent("Taobao", "platform", "Alibaba", ["淘宝"]);
    ent("Ant Group", "company", "Alibaba");
    ent("Alipay", "product", "Ant Group", ["Zhifubao"]);
    ent("ByteDance", "company");
    ent("Douyin", "platform", "ByteDance", ["TikTok China"]);
    ent("MIIT", "regulator");
    ent("Meituan", "company");
    ent("JD.com", "company");
    ent("Foo Widgets", "unknown", undefined, [], false);

    const art = (key: string, source: string, title: string, publishedAt: string, text: string) => {
      ids[key] = w.article({ url: `https://${source}.example/${key}`, source, title, publishedAt, text });
    };
    art("a1", "caixin", AWKWARD_TITLE, "2023-03-10T08:00:00.000Z", "Taobao now accepts WeChat Pay at checkout, analysts said.");
    art("a2", "scmp", "Douyin and Taobao links", "2022-09-01T08:00:00.000Z", "Douyin lifts link blocking of Taobao pages.");
    art("a3", "reuters", "MIIT orders an end to link blocking", "2021-09-13T08:00:00.000Z", "The ministry told platforms to stop link blocking.");
    art("a4", "caixin", "Meituan accepts Alipay", "2024-01-05T08:00:00.000Z", "Meituan adds Alipay as a payment option.");
    art("a5", "scmp", "JD logistics comes to Douyin", "2023-06-20T08:00:00.000Z", "JD.com logistics serves Douyin merchants; Tencent sues ByteDance.");

    const ev = (key: string, type: string, date: string | null, precision: string | null, sources: number, parties: string[], articles: string[]) => {
      const id = w.event({ type, date, datePrecision: precision, summary: key, sourceCount: sources, partyIds: parties.map((p) => ids[p]!) });
      ids[key] = id;
      for (const a of articles) w.mention({ eventId: id, articleId: ids[a]!, evidence: `${key} (from ${a})` });
    };
    ev("Taobao accepts WeChat Pay", "payment", "2023-03-10", "day", 3, ["Taobao", "WeChat Pay"], ["a1"]);
    ev("Douyin unblocks Taobao links", "link_access", "2022-09", "month", 1, ["Douyin", "Taobao"], ["a2"]);
    ev("MIIT orders platforms to stop link blocking", "regulation", "2021-09-13", "day", 6, ["MIIT", "Tencent", "Alibaba"], ["a3"]);
    ev("Meituan accepts Alipay", "payment", "2024-01-05", "day", 2, ["Meituan", "Alipay"], ["a4"]);
    ev("JD logistics on Douyin", "service", "2023", "year", 1, ["JD.com", "Douyin"], ["a5"]);
    ev("Tencent sues ByteDance", "dispute", "2023-06-02", "day", 2, ["Tencent", "ByteDance"], ["a5"]);
    ev("Foo Widgets opens data to Tencent", "data", null, null, 1, ["Foo Widgets", "Tencent"], []);

    w.quote({ articleId: ids.a1!, eventId: ids["Taobao accepts WeChat Pay"], speaker: "Zhang Wei", role: "analyst", affiliation: "Analysys", text: "Interconnection is good for users.", direct: true });
    w.quote({ articleId: ids.a3!, eventId: ids["MIIT orders platforms to stop link blocking"], speaker: "Li Na", role: "professor", affiliation: "Peking University", text: "regulators want the walls down", direct: false });
    w.quote({ articleId: ids.a4!, eventId: ids["Meituan accepts Alipay"], speaker: "Zhang Wei", role: "analyst", affiliation: "Analysys", text: "Meituan had little choice.", direct: true });
  });
  closeDb(db);
  return { path: tmp.path, cleanup: tmp.cleanup, ids };
}
