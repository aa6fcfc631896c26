import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(
    sql`CREATE INDEX \`press_releases_last_edited_by_idx\` ON \`press_releases\` (\`last_edited_by_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_press_releases_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_last_edited_by_idx\` ON \`_press_releases_v\` (\`version_last_edited_by_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`dateline_date\` text,
  	\`hero_image_id\` integer,
  	\`event_id\` integer,
  	\`seo_image_id\` integer,
  	\`editorial_status\` text DEFAULT 'draft',
  	\`publish_at\` text,
  	\`publishat_tz\` text,
  	\`embargo_until\` text,
  	\`embargountil_tz\` text,
  	\`review_note\` text,
  	\`author_id\` integer,
  	\`assignee_id\` integer,
  	\`editor_note\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_press_releases\`("id", "slug", "dateline_date", "hero_image_id", "event_id", "seo_image_id", "editorial_status", "publish_at", "publishat_tz", "embargo_until", "embargountil_tz", "review_note", "author_id", "assignee_id", "editor_note", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "slug", "dateline_date", "hero_image_id", "event_id", "seo_image_id", "editorial_status", "publish_at", "publishat_tz", "embargo_until", "embargountil_tz", "review_note", "author_id", "assignee_id", "editor_note", "first_published_at", "updated_at", "created_at", "_status" FROM \`press_releases\`;`,
  )
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_hero_image_idx\` ON \`press_releases\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_event_idx\` ON \`press_releases\` (\`event_id\`);`)
  await db.run(
    sql`CREATE INDEX \`press_releases_seo_seo_image_idx\` ON \`press_releases\` (\`seo_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_editorial_status_idx\` ON \`press_releases\` (\`editorial_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`press_releases_publish_at_idx\` ON \`press_releases\` (\`publish_at\`);`)
  await db.run(
    sql`CREATE INDEX \`press_releases_embargo_until_idx\` ON \`press_releases\` (\`embargo_until\`);`,
  )
  await db.run(sql`CREATE INDEX \`press_releases_author_idx\` ON \`press_releases\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_assignee_idx\` ON \`press_releases\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(
    sql`CREATE INDEX \`_status_dateline_date_createdAt_idx\` ON \`press_releases\` (\`_status\`,\`dateline_date\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_dateline_date\` text,
  	\`version_hero_image_id\` integer,
  	\`version_event_id\` integer,
  	\`version_seo_image_id\` integer,
  	\`version_editorial_status\` text DEFAULT 'draft',
  	\`version_publish_at\` text,
  	\`version_publishat_tz\` text,
  	\`version_embargo_until\` text,
  	\`version_embargountil_tz\` text,
  	\`version_review_note\` text,
  	\`version_author_id\` integer,
  	\`version_assignee_id\` integer,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_slug", "version_dateline_date", "version_hero_image_id", "version_event_id", "version_seo_image_id", "version_editorial_status", "version_publish_at", "version_publishat_tz", "version_embargo_until", "version_embargountil_tz", "version_review_note", "version_author_id", "version_assignee_id", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_dateline_date", "version_hero_image_id", "version_event_id", "version_seo_image_id", "version_editorial_status", "version_publish_at", "version_publishat_tz", "version_embargo_until", "version_embargountil_tz", "version_review_note", "version_author_id", "version_assignee_id", "version_editor_note", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_press_releases_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_hero_image_idx\` ON \`_press_releases_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_event_idx\` ON \`_press_releases_v\` (\`version_event_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_seo_version_seo_image_idx\` ON \`_press_releases_v\` (\`version_seo_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_editorial_status_idx\` ON \`_press_releases_v\` (\`version_editorial_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_publish_at_idx\` ON \`_press_releases_v\` (\`version_publish_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_author_idx\` ON \`_press_releases_v\` (\`version_author_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_assignee_idx\` ON \`_press_releases_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_autosave_idx\` ON \`_press_releases_v\` (\`autosave\`);`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_dateline_date_version_createdAt_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_dateline_date\`,\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_latest_version_updated_at_created_at_idx\` ON \`_press_releases_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_latest_version_created_at_created_at_idx\` ON \`_press_releases_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_latest_version_dateline_date_crea_25b97733\` ON \`_press_releases_v\` (\`latest\`,\`version_dateline_date\`,\`created_at\`);`,
  )
}
