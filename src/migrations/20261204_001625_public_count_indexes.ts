import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_dateline_date_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_dateline_date_createdAt_embargoUntil_idx\` ON \`press_releases\` (\`_status\`,\`dateline_date\`,\`created_at\`,\`embargo_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`event__status_embargoUntil_idx\` ON \`press_releases\` (\`event_id\`,\`_status\`,\`embargo_until\`);`,
  )
  await db.run(sql`DROP INDEX \`version__status_version_dateline_date_version_createdAt_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`compound_index_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_dateline_date\`,\`version_created_at\`,\`version_embargo_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_event_version__status_version_embargoUntil_idx\` ON \`_press_releases_v\` (\`version_event_id\`,\`version__status\`,\`version_embargo_until\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_dateline_date_createdAt_embargoUntil_idx\`;`)
  await db.run(sql`DROP INDEX \`event__status_embargoUntil_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`_status_dateline_date_createdAt_idx\` ON \`press_releases\` (\`_status\`,\`dateline_date\`,\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`version_event_version__status_version_embargoUntil_idx\`;`)
  await db.run(
    sql`CREATE INDEX \`version__status_version_dateline_date_version_createdAt_idx\` ON \`_press_releases_v\` (\`version__status\`,\`version_dateline_date\`,\`version_created_at\`);`,
  )
}
