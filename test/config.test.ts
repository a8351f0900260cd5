import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadConfig, loadSources } from "../src/config.ts";

function withFile(name: string, body: string, fn: (path: string, dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-config-"));
  try {
    const path = join(dir, name);
    writeFileSync(path, body);
    fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("without a config file every setting has its default and WALLWATCH_DB overrides the database", () => {
  const dir = mkdtempSync(join(tmpdir(), "wallwatch-config-"));
  try {
    const c = loadConfig({ env: {}, cwd: dir });
    assert.equal(c.db, join(dir, "data/wallwatch.db"));
    assert.equal(c.crawl.concurrency, 8);
    assert.equal(c.browser.executablePath, "/usr/bin/chromium");
    assert.equal(c.schedule.digest, "0 8 * * 1");
    assert.equal(loadConfig({ env: { WALLWATCH_DB: "x/y.db" }, cwd: dir }).db, join(dir, "x/y.db"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("every invalid field is reported on its own line naming the file and the field", () => {
  withFile("wallwatch.config.yaml", "crawl:\n  concurrency: -1\n  bogus: 1\ndigest:\n  to: [not-an-email]\n", (path) => {
    assert.throws(
      () => loadConfig({ configPath: path, env: {} }),
      (err: Error) => {
        const lines = err.message.split("\n");
        assert.ok(lines.length >= 3, err.message);
        assert.ok(lines.every((l) => l.startsWith(`config: ${path}: `)));
        assert.ok(lines.some((l) => l.includes("crawl.concurrency")));
        assert.ok(lines.some((l) => l.includes("digest.to.0")));
        assert.ok(lines.some((l) => /bogus/.test(l)));
        return true;
      },
    );
  });
});

test("broken YAML, a missing explicit config and a bad SMTP_URL are one clear line each", () => {
  withFile("c.yaml", "crawl: [unclosed", (path) => {
    assert.throws(() => loadConfig({ configPath: path, env: {} }), /config: .*c\.yaml: not valid YAML/);
  });
  assert.throws(() => loadConfig({ configPath: "/nonexistent/w.yaml", env: {} }), /config: \/nonexistent\/w\.yaml: cannot read \(ENOENT\)/);
  assert.throws(() => loadConfig({ env: { SMTP_URL: "http://x" } }), /SMTP_URL: must start with smtp/);
});

test("sources: unknown kinds, duplicate names and bad patterns are rejected clearly", () => {
  withFile("s.yaml", "sources:\n  - {name: a, url: 'http://x/feed', kind: rss}\n  - {name: a, url: 'http://y/feed', kind: rss}\n", (path) => {
    assert.throws(() => loadSources(path), /duplicate name 'a'/);
  });
  withFile("s.yaml", "sources:\n  - {name: a, url: 'http://x/feed', kind: podcast}\n", (path) => {
    assert.throws(() => loadSources(path), /sources\.0\.kind/);
  });
  withFile("s.yaml", "sources:\n  - {name: a, url: 'http://x/feed', kind: rss, include: ['(']}\n", (path) => {
    assert.throws(() => loadSources(path), /source 'a': bad pattern/);
  });
});
