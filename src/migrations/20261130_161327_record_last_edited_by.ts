import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`events\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`events_last_edited_by_idx\` ON \`events\` (\`last_edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_events_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_last_edited_by_idx\` ON \`_events_v\` (\`version_last_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`speeches\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`speeches_last_edited_by_idx\` ON \`speeches\` (\`last_edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_speeches_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version_last_edited_by_idx\` ON \`_speeches_v\` (\`version_last_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`participants\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`participants_last_edited_by_idx\` ON \`participants\` (\`last_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_participants_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version_last_edited_by_idx\` ON \`_participants_v\` (\`version_last_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`documents\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`documents_last_edited_by_idx\` ON \`documents\` (\`last_edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_documents_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_last_edited_by_idx\` ON \`_documents_v\` (\`version_last_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`topics\` ADD \`last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`topics_last_edited_by_idx\` ON \`topics\` (\`last_edited_by_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_topics_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version_last_edited_by_idx\` ON \`_topics_v\` (\`version_last_edited_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text DEFAULT 'meeting',
  	\`starts_at\` text,
  	\`startsat_tz\` text,
  	\`ends_at\` text,
  	\`endsat_tz\` text,
  	\`presidency_id\` integer,
  	\`attendance\` numeric,
  	\`livestream_url\` text,
  	\`editor_note\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`presidency_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "slug", "type", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "presidency_id", "attendance", "livestream_url", "editor_note", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "type", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "presidency_id", "attendance", "livestream_url", "editor_note", "first_published_at", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_presidency_idx\` ON \`events\` (\`presidency_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text DEFAULT 'meeting',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text,
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text,
  	\`version_presidency_id\` integer,
  	\`version_attendance\` numeric,
  	\`version_livestream_url\` text,
  	\`version_editor_note\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_presidency_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_type", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_presidency_id", "version_attendance", "version_livestream_url", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_type", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_presidency_id", "version_attendance", "version_livestream_url", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_presidency_idx\` ON \`_events_v\` (\`version_presidency_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_speeches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`speaker_id\` integer,
  	\`event_id\` integer,
  	\`date\` text,
  	\`delivery\` text DEFAULT 'as-delivered',
  	\`language\` text DEFAULT 'en',
  	\`video_url\` text,
  	\`editor_note\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`speaker_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_speeches\`("id", "slug", "speaker_id", "event_id", "date", "delivery", "language", "video_url", "editor_note", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "speaker_id", "event_id", "date", "delivery", "language", "video_url", "editor_note", "first_published_at", "updated_at", "created_at", "_status" FROM \`speeches\`;`,
  )
  await db.run(sql`DROP TABLE \`speeches\`;`)
  await db.run(sql`ALTER TABLE \`__new_speeches\` RENAME TO \`speeches\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`speeches_slug_idx\` ON \`speeches\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`speeches_speaker_idx\` ON \`speeches\` (\`speaker_id\`);`)
  await db.run(sql`CREATE INDEX \`speeches_event_idx\` ON \`speeches\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`speeches_updated_at_idx\` ON \`speeches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speeches_created_at_idx\` ON \`speeches\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`speeches__status_idx\` ON \`speeches\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__speeches_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_speaker_id\` integer,
  	\`version_event_id\` integer,
  	\`version_date\` text,
  	\`version_delivery\` text DEFAULT 'as-delivered',
  	\`version_language\` text DEFAULT 'en',
  	\`version_video_url\` text,
  	\`version_editor_note\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speeches\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_speaker_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__speeches_v\`("id", "parent_id", "version_slug", "version_speaker_id", "version_event_id", "version_date", "version_delivery", "version_language", "version_video_url", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_speaker_id", "version_event_id", "version_date", "version_delivery", "version_language", "version_video_url", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_speeches_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_speeches_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__speeches_v\` RENAME TO \`_speeches_v\`;`)
  await db.run(sql`CREATE INDEX \`_speeches_v_parent_idx\` ON \`_speeches_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version_slug_idx\` ON \`_speeches_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version_speaker_idx\` ON \`_speeches_v\` (\`version_speaker_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version_event_idx\` ON \`_speeches_v\` (\`version_event_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version_updated_at_idx\` ON \`_speeches_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version_created_at_idx\` ON \`_speeches_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_version__status_idx\` ON \`_speeches_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_speeches_v_created_at_idx\` ON \`_speeches_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_speeches_v_updated_at_idx\` ON \`_speeches_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_speeches_v_snapshot_idx\` ON \`_speeches_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_speeches_v_published_locale_idx\` ON \`_speeches_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_speeches_v_latest_idx\` ON \`_speeches_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_speeches_v_autosave_idx\` ON \`_speeches_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_participants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'person',
  	\`slug\` text,
  	\`photo_id\` integer,
  	\`website\` text,
  	\`parent_id\` integer,
  	\`editor_note\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_participants\`("id", "kind", "slug", "photo_id", "website", "parent_id", "editor_note", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "kind", "slug", "photo_id", "website", "parent_id", "editor_note", "first_published_at", "updated_at", "created_at", "_status" FROM \`participants\`;`,
  )
  await db.run(sql`DROP TABLE \`participants\`;`)
  await db.run(sql`ALTER TABLE \`__new_participants\` RENAME TO \`participants\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`participants_slug_idx\` ON \`participants\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`participants_photo_idx\` ON \`participants\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_parent_idx\` ON \`participants\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_updated_at_idx\` ON \`participants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`participants_created_at_idx\` ON \`participants\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`participants__status_idx\` ON \`participants\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__participants_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'person',
  	\`version_slug\` text,
  	\`version_photo_id\` integer,
  	\`version_website\` text,
  	\`version_parent_id\` integer,
  	\`version_editor_note\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__participants_v\`("id", "parent_id", "version_kind", "version_slug", "version_photo_id", "version_website", "version_parent_id", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_kind", "version_slug", "version_photo_id", "version_website", "version_parent_id", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_participants_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_participants_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__participants_v\` RENAME TO \`_participants_v\`;`)
  await db.run(sql`CREATE INDEX \`_participants_v_parent_idx\` ON \`_participants_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version_slug_idx\` ON \`_participants_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version_photo_idx\` ON \`_participants_v\` (\`version_photo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version_parent_idx\` ON \`_participants_v\` (\`version_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version_updated_at_idx\` ON \`_participants_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version_created_at_idx\` ON \`_participants_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_version__status_idx\` ON \`_participants_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_participants_v_created_at_idx\` ON \`_participants_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_participants_v_updated_at_idx\` ON \`_participants_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_participants_v_snapshot_idx\` ON \`_participants_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_participants_v_published_locale_idx\` ON \`_participants_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_participants_v_latest_idx\` ON \`_participants_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_participants_v_autosave_idx\` ON \`_participants_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`type\` text,
  	\`symbol\` text,
  	\`date\` text,
  	\`file_id\` integer,
  	\`link\` text,
  	\`editor_note\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_documents\`("id", "slug", "type", "symbol", "date", "file_id", "link", "editor_note", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "type", "symbol", "date", "file_id", "link", "editor_note", "first_published_at", "updated_at", "created_at", "_status" FROM \`documents\`;`,
  )
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_symbol_idx\` ON \`documents\` (\`symbol\`);`)
  await db.run(sql`CREATE INDEX \`documents_file_idx\` ON \`documents\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_symbol\` text,
  	\`version_date\` text,
  	\`version_file_id\` integer,
  	\`version_link\` text,
  	\`version_editor_note\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_slug", "version_type", "version_symbol", "version_date", "version_file_id", "version_link", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_type", "version_symbol", "version_date", "version_file_id", "version_link", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_documents_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_symbol_idx\` ON \`_documents_v\` (\`version_symbol\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_file_idx\` ON \`_documents_v\` (\`version_file_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_snapshot_idx\` ON \`_documents_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_published_locale_idx\` ON \`_documents_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_autosave_idx\` ON \`_documents_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`featured\` integer DEFAULT false,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_topics\`("id", "slug", "featured", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "featured", "first_published_at", "updated_at", "created_at", "_status" FROM \`topics\`;`,
  )
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__topics_v\`("id", "parent_id", "version_slug", "version_featured", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_featured", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_topics_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__topics_v\` RENAME TO \`_topics_v\`;`)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_snapshot_idx\` ON \`_topics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_published_locale_idx\` ON \`_topics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_autosave_idx\` ON \`_topics_v\` (\`autosave\`);`)
}
