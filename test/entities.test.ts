import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultRegistry, EntityRegistry } from "../src/classify/entities.ts";

const names = (r: EntityRegistry, text: string) => r.match(text).map((m) => m.entity.name);

const small = () =>
  new EntityRegistry([
    { name: "Ping An", kind: "company", aliases: ["Ping An Insurance"] },
    { name: "SF Express", kind: "company", aliases: ["S.F. Express"] },
    { name: "JD.com", kind: "company", aliases: ["JD"] },
  ]);

test("a name does not match across a comma", () => {
  assert.deepEqual(names(small(), "said Gu Ping, an independent analyst."), []);
});

test("a name does not match across a full stop, brackets or a semicolon", () => {
  assert.deepEqual(names(small(), "He met Ping. An hour later"), []);
  assert.deepEqual(names(small(), "Li Ping (An analyst)"), []);
  assert.deepEqual(names(small(), "Ping; An"), []);
});

test("names with inner dots and initials still match", () => {
  assert.deepEqual(names(small(), "Ping An and S.F. Express joined JD.com."), ["Ping An", "SF Express", "JD.com"]);
});

test("a corporate suffix after a comma is not swallowed", () => {
  const m = small().match("Ping An, Group chairman");
  assert.equal(m[0]?.surface, "Ping An");
});

test("the shipped registry does not see Ping An in a person's appositive", () => {
  assert.ok(!names(defaultRegistry(), "Gu Ping, an independent analyst, said so.").includes("Ping An"));
});
