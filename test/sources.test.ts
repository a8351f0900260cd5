// Walks the whole default sources file: a bad entry there breaks every fresh install.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { loadSources } from "../src/config.ts";

const file = fileURLToPath(new URL("../data/sources.yaml", import.meta.url));

test("data/sources.yaml: every source valid, names and URLs unique, both languages, listings filtered", () => {
  const sources = loadSources(file);
  assert.ok(sources.length >= 25, `only ${sources.length} sources`);
  assert.equal(new Set(sources.map((s) => s.name)).size, sources.length, "names unique");
  assert.equal(new Set(sources.map((s) => s.url)).size, sources.length, "URLs unique");
  const langs = new Set(sources.map((s) => s.lang));
  assert.ok(langs.has("en") && langs.has("zh"), `languages: ${[...langs].join(", ")}`);
  for (const s of sources) {
    assert.match(s.name, /^[a-z0-9][a-z0-9-]*$/, `${s.name}: names are lower-case slugs (used in --source)`);
    assert.match(s.url, /^https?:\/\//, `${s.name}: http(s) URL`);
    assert.ok(s.lang, `${s.name}: lang`);
    assert.ok(s.tags.length > 0, `${s.name}: tags`);
    if (s.kind === "listing") assert.ok(s.linkPattern || s.linkSelector, `${s.name}: a listing needs linkPattern or linkSelector`);
    if (s.lang === "zh") assert.equal(s.timezone, "Asia/Shanghai", `${s.name}: Chinese outlets stamp times in Beijing time`);
    if (s.timezone) assert.doesNotThrow(() => new Intl.DateTimeFormat("en", { timeZone: s.timezone }), `${s.name}: IANA zone`);
  }
});
