import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`press_releases_updated_at_created_at_idx\` ON \`press_releases\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_dateline_date_created_at_idx\` ON \`press_releases\` (\`dateline_date\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_updated_at_created_at_idx\` ON \`events\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_starts_at_created_at_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`speeches_updated_at_created_at_idx\` ON \`speeches\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`speeches_date_created_at_idx\` ON \`speeches\` (\`date\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`participants_updated_at_created_at_idx\` ON \`participants\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_updated_at_created_at_idx\` ON \`documents\` (\`updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`documents_date_created_at_idx\` ON \`documents\` (\`date\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`topics_updated_at_created_at_idx\` ON \`topics\` (\`updated_at\`,\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`press_releases_dateline_date_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`events_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`events_starts_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`speeches_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`speeches_date_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`participants_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`documents_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`documents_date_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_updated_at_created_at_idx\`;`)
}
