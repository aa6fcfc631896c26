import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillMediaVisibility } from '../access/mediaBackfill'

/**
 * Issue 12: each media source stores the files it shows (`mediaUsed`, a hasMany relationship in
 * the rels tables, indexed by media_id), and each file from when the public may fetch it
 * (`publicFrom`, indexed). The schema below is Payload's; the added columns cascade like the rels
 * Payload creates with a table (SQLite's ADD COLUMN takes the action in the column's REFERENCES).
 * Then every record and file is computed once, through the adapter (src/access/mediaBackfill.ts).
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`speeches_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`speeches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speeches_rels_order_idx\` ON \`speeches_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`speeches_rels_parent_idx\` ON \`speeches_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`speeches_rels_path_idx\` ON \`speeches_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`speeches_rels_media_id_idx\` ON \`speeches_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_speeches_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_speeches_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_speeches_v_rels_order_idx\` ON \`_speeches_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_speeches_v_rels_parent_idx\` ON \`_speeches_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_speeches_v_rels_path_idx\` ON \`_speeches_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_speeches_v_rels_media_id_idx\` ON \`_speeches_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_rels_order_idx\` ON \`participants_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_parent_idx\` ON \`participants_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_path_idx\` ON \`participants_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_media_id_idx\` ON \`participants_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_participants_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_participants_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_participants_v_rels_order_idx\` ON \`_participants_v_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`_participants_v_rels_parent_idx\` ON \`_participants_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_participants_v_rels_path_idx\` ON \`_participants_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_participants_v_rels_media_id_idx\` ON \`_participants_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`press_releases_rels\` ADD \`media_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_rels_media_id_idx\` ON \`press_releases_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_press_releases_v_rels\` ADD \`media_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_media_id_idx\` ON \`_press_releases_v_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`documents_rels\` ADD \`media_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(sql`CREATE INDEX \`documents_rels_media_id_idx\` ON \`documents_rels\` (\`media_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_documents_v_rels\` ADD \`media_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(sql`CREATE INDEX \`_documents_v_rels_media_id_idx\` ON \`_documents_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_from\` text;`)
  await db.run(sql`CREATE INDEX \`media_public_from_idx\` ON \`media\` (\`public_from\`);`)
  const { records, files } = await backfillMediaVisibility(req)
  payload.logger.info(`media visibility: ${records} records and ${files} files computed`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`speeches_rels\`;`)
  await db.run(sql`DROP TABLE \`_speeches_v_rels\`;`)
  await db.run(sql`DROP TABLE \`participants_rels\`;`)
  await db.run(sql`DROP TABLE \`_participants_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`speeches_id\` integer,
  	\`participants_id\` integer,
  	\`documents_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speeches_id\`) REFERENCES \`speeches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_press_releases_rels\`("id", "order", "parent_id", "path", "speeches_id", "participants_id", "documents_id", "topics_id") SELECT "id", "order", "parent_id", "path", "speeches_id", "participants_id", "documents_id", "topics_id" FROM \`press_releases_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`press_releases_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases_rels\` RENAME TO \`press_releases_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases_rels_order_idx\` ON \`press_releases_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`press_releases_rels_parent_idx\` ON \`press_releases_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`press_releases_rels_path_idx\` ON \`press_releases_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`press_releases_rels_speeches_id_idx\` ON \`press_releases_rels\` (\`speeches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_rels_participants_id_idx\` ON \`press_releases_rels\` (\`participants_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_rels_documents_id_idx\` ON \`press_releases_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_rels_topics_id_idx\` ON \`press_releases_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__press_releases_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`speeches_id\` integer,
  	\`participants_id\` integer,
  	\`documents_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`speeches_id\`) REFERENCES \`speeches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__press_releases_v_rels\`("id", "order", "parent_id", "path", "speeches_id", "participants_id", "documents_id", "topics_id") SELECT "id", "order", "parent_id", "path", "speeches_id", "participants_id", "documents_id", "topics_id" FROM \`_press_releases_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_press_releases_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v_rels\` RENAME TO \`_press_releases_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_order_idx\` ON \`_press_releases_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_parent_idx\` ON \`_press_releases_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_path_idx\` ON \`_press_releases_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_speeches_id_idx\` ON \`_press_releases_v_rels\` (\`speeches_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_participants_id_idx\` ON \`_press_releases_v_rels\` (\`participants_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_documents_id_idx\` ON \`_press_releases_v_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_rels_topics_id_idx\` ON \`_press_releases_v_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`participants_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_documents_rels\`("id", "order", "parent_id", "path", "participants_id", "documents_id") SELECT "id", "order", "parent_id", "path", "participants_id", "documents_id" FROM \`documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents_rels\` RENAME TO \`documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`documents_rels_order_idx\` ON \`documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_parent_idx\` ON \`documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_rels_path_idx\` ON \`documents_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`documents_rels_participants_id_idx\` ON \`documents_rels\` (\`participants_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_rels_documents_id_idx\` ON \`documents_rels\` (\`documents_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`participants_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__documents_v_rels\`("id", "order", "parent_id", "path", "participants_id", "documents_id") SELECT "id", "order", "parent_id", "path", "participants_id", "documents_id" FROM \`_documents_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_documents_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v_rels\` RENAME TO \`_documents_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_order_idx\` ON \`_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_parent_idx\` ON \`_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_rels_path_idx\` ON \`_documents_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_participants_id_idx\` ON \`_documents_v_rels\` (\`participants_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_rels_documents_id_idx\` ON \`_documents_v_rels\` (\`documents_id\`);`,
  )
  await db.run(sql`DROP INDEX \`media_public_from_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_from\`;`)
}
