-- Full-text search over articles (title + text), kept in step by triggers.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF title, text ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
--> statement-breakpoint
-- Documented views for sqlite3 / Datasette / notebooks (see README "Querying with SQL").
CREATE VIEW `v_events` AS
SELECT e.id, e.type, e.date, e.date_precision, e.effective_date, e.status, e.summary, e.confidence,
       e.source_count, e.first_seen_at, e.last_seen_at,
       (SELECT group_concat(n.name, ', ') FROM (SELECT en.name FROM event_parties ep JOIN entities en ON en.id = ep.entity_id WHERE ep.event_id = e.id ORDER BY en.name) n) AS parties,
       (SELECT count(*) FROM mentions m WHERE m.event_id = e.id) AS mention_count
FROM events e;
--> statement-breakpoint
CREATE VIEW `v_event_parties` AS
SELECT ep.event_id, e.type, e.date, e.summary, en.name AS party, en.kind AS party_kind, en.parent AS party_parent
FROM event_parties ep JOIN events e ON e.id = ep.event_id JOIN entities en ON en.id = ep.entity_id;
--> statement-breakpoint
CREATE VIEW `v_quotes` AS
SELECT q.id, q.speaker, q.role, q.affiliation, q.text, q.direct, q.event_id, e.type AS event_type,
       e.summary AS event_summary, q.article_id, a.title AS article_title, a.url AS article_url,
       a.source AS article_source, a.published_at
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN events e ON e.id = q.event_id;
