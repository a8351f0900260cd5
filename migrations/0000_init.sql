CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`canonical_url` text NOT NULL,
	`source` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`byline` text,
	`site_name` text,
	`lang` text,
	`excerpt` text,
	`published_at` text,
	`fetched_at` text NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`simhash` text,
	`duplicate_of` integer,
	`rendered` integer DEFAULT false NOT NULL,
	`bytes` integer DEFAULT 0 NOT NULL,
	`classified_version` text,
	`relevant` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_canonical_url_uq` ON `articles` (`canonical_url`);--> statement-breakpoint
CREATE INDEX `articles_url_idx` ON `articles` (`url`);--> statement-breakpoint
CREATE INDEX `articles_source_published_idx` ON `articles` (`source`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`);--> statement-breakpoint
CREATE INDEX `articles_content_hash_idx` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_classified_idx` ON `articles` (`classified_version`);--> statement-breakpoint
CREATE TABLE `digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`week` text NOT NULL,
	`recipient` text NOT NULL,
	`status` text NOT NULL,
	`message_id` text,
	`error` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`sent_at` text,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digests_week_recipient_uq` ON `digests` (`week`,`recipient`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`known` integer DEFAULT true NOT NULL,
	`first_seen_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_name_uq` ON `entities` (`name`);--> statement-breakpoint
CREATE INDEX `entities_parent_idx` ON `entities` (`parent`);--> statement-breakpoint
CREATE TABLE `event_parties` (
	`event_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `entity_id`)
);
--> statement-breakpoint
CREATE INDEX `event_parties_entity_idx` ON `event_parties` (`entity_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`type` text NOT NULL,
	`date` text,
	`date_precision` text,
	`effective_date` text,
	`status` text,
	`summary` text NOT NULL,
	`confidence` real DEFAULT 0 NOT NULL,
	`source_count` integer DEFAULT 1 NOT NULL,
	`first_seen_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`classifier_version` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_key_uq` ON `events` (`key`);--> statement-breakpoint
CREATE INDEX `events_type_date_idx` ON `events` (`type`,`date`);--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date`);--> statement-breakpoint
CREATE INDEX `events_first_seen_idx` ON `events` (`first_seen_at`);--> statement-breakpoint
CREATE INDEX `events_source_count_idx` ON `events` (`source_count`);--> statement-breakpoint
CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`acquired_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`evidence` text NOT NULL,
	`sentence_index` integer NOT NULL,
	`date` text,
	`confidence` real DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentions_article_sentence_uq` ON `mentions` (`article_id`,`event_id`,`sentence_index`);--> statement-breakpoint
CREATE INDEX `mentions_event_idx` ON `mentions` (`event_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`event_id` integer,
	`speaker` text NOT NULL,
	`role` text,
	`affiliation` text,
	`text` text NOT NULL,
	`direct` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quotes_article_idx` ON `quotes` (`article_id`);--> statement-breakpoint
CREATE INDEX `quotes_event_idx` ON `quotes` (`event_id`);--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker`);--> statement-breakpoint
CREATE INDEX `quotes_affiliation_idx` ON `quotes` (`affiliation`);--> statement-breakpoint
CREATE TABLE `raw_pages` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`html` text NOT NULL,
	`fetched_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`status` text NOT NULL,
	`counts` text DEFAULT '{}' NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `runs_job_started_idx` ON `runs` (`job`,`started_at`);--> statement-breakpoint
CREATE TABLE `sources` (
	`name` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`kind` text NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_status` integer,
	`last_error` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`failing_since` text,
	`next_fetch_at` text,
	`last_fetched_at` text,
	`last_ok_at` text,
	`last_item_count` integer,
	`empty_runs` integer DEFAULT 0 NOT NULL,
	`avg_text_length` real,
	`breakage` text DEFAULT '[]' NOT NULL,
	`updated_at` text NOT NULL
);
