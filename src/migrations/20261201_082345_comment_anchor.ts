import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` ADD \`anchor_mark\` text;`)
  await db.run(sql`ALTER TABLE \`comments\` ADD \`anchor_quote\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`anchor_mark\`;`)
  await db.run(sql`ALTER TABLE \`comments\` DROP COLUMN \`anchor_quote\`;`)
}
