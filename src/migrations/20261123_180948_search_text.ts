import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`body_text\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_body_text\` text;`)
  await db.run(sql`ALTER TABLE \`speeches_locales\` ADD \`full_text\` text;`)
  await db.run(sql`ALTER TABLE \`_speeches_v_locales\` ADD \`version_full_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`body_text\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_body_text\`;`)
  await db.run(sql`ALTER TABLE \`speeches_locales\` DROP COLUMN \`full_text\`;`)
  await db.run(sql`ALTER TABLE \`_speeches_v_locales\` DROP COLUMN \`version_full_text\`;`)
}
