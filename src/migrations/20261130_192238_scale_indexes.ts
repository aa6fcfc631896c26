import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE INDEX \`_status_dateline_date_createdAt_idx\` ON \`press_releases\` (\`_status\`,\`dateline_date\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`press_releases_locales_parent_id_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`,
  )
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
  await db.run(
    sql`CREATE INDEX \`_press_releases_v_locales_parent_id_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`release_createdAt_idx\` ON \`comments\` (\`release_id\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`events_participation_locales_parent_id_idx\` ON \`events_participation_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_status_startsAt_idx\` ON \`events\` (\`_status\`,\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_id_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_participation_locales_parent_id_idx\` ON \`_events_v_version_participation_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_startsAt_idx\` ON \`_events_v\` (\`version__status\`,\`version_starts_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_latest_version_updated_at_created_at_idx\` ON \`_events_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_latest_version_created_at_created_at_idx\` ON \`_events_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_latest_version_starts_at_created_at_idx\` ON \`_events_v\` (\`latest\`,\`version_starts_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_locales_parent_id_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`speeches_quotes_locales_parent_id_idx\` ON \`speeches_quotes_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_status_date_idx\` ON \`speeches\` (\`_status\`,\`date\`);`)
  await db.run(sql`CREATE INDEX \`speeches_locales_parent_id_idx\` ON \`speeches_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_speeches_v_version_quotes_locales_parent_id_idx\` ON \`_speeches_v_version_quotes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_date_idx\` ON \`_speeches_v\` (\`version__status\`,\`version_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_latest_version_updated_at_created_at_idx\` ON \`_speeches_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_latest_version_created_at_created_at_idx\` ON \`_speeches_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_latest_version_date_created_at_idx\` ON \`_speeches_v\` (\`latest\`,\`version_date\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_speeches_v_locales_parent_id_idx\` ON \`_speeches_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`participants_positions_locales_parent_id_idx\` ON \`participants_positions_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`participants_locales_parent_id_idx\` ON \`participants_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_version_positions_locales_parent_id_idx\` ON \`_participants_v_version_positions_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_latest_version_updated_at_created_at_idx\` ON \`_participants_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_latest_version_created_at_created_at_idx\` ON \`_participants_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_participants_v_locales_parent_id_idx\` ON \`_participants_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_status_date_1_idx\` ON \`documents\` (\`_status\`,\`date\`);`)
  await db.run(
    sql`CREATE INDEX \`documents_locales_parent_id_idx\` ON \`documents_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version__status_version_date_1_idx\` ON \`_documents_v\` (\`version__status\`,\`version_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_latest_version_updated_at_created_at_idx\` ON \`_documents_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_latest_version_created_at_created_at_idx\` ON \`_documents_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_latest_version_date_created_at_idx\` ON \`_documents_v\` (\`latest\`,\`version_date\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_documents_v_locales_parent_id_idx\` ON \`_documents_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`topics_locales_parent_id_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_topics_v_latest_version_updated_at_created_at_idx\` ON \`_topics_v\` (\`latest\`,\`version_updated_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_latest_version_created_at_created_at_idx\` ON \`_topics_v\` (\`latest\`,\`version_created_at\`,\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_locales_parent_id_idx\` ON \`_topics_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`settings_press_contacts_locales_parent_id_idx\` ON \`settings_press_contacts_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`settings_locales_parent_id_idx\` ON \`settings_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_dateline_date_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`press_releases_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_dateline_date_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_latest_version_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_latest_version_created_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_latest_version_dateline_date_crea_25b97733\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`release_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`events_participation_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_participation_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_latest_version_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_latest_version_created_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_latest_version_starts_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`speeches_quotes_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_date_idx\`;`)
  await db.run(sql`DROP INDEX \`speeches_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_speeches_v_version_quotes_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_date_idx\`;`)
  await db.run(sql`DROP INDEX \`_speeches_v_latest_version_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_speeches_v_latest_version_created_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_speeches_v_latest_version_date_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_speeches_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`participants_positions_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`participants_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_participants_v_version_positions_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_participants_v_latest_version_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_participants_v_latest_version_created_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_participants_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_date_1_idx\`;`)
  await db.run(sql`DROP INDEX \`documents_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_date_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_latest_version_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_latest_version_created_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_latest_version_date_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_latest_version_updated_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_latest_version_created_at_created_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`settings_press_contacts_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`settings_locales_parent_id_idx\`;`)
}
