import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`translations_ru_machine\` integer;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`translations_zh_machine\` integer;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`public_languages_ru_public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`public_languages_zh_public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_translations_ru_machine\` integer;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_translations_zh_machine\` integer;`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v\` ADD \`version_public_languages_ru_public\` integer DEFAULT false;`,
  )
  await db.run(
    sql`ALTER TABLE \`_press_releases_v\` ADD \`version_public_languages_zh_public\` integer DEFAULT false;`,
  )
  // Backfill what the public reads (src/content/locales.ts, approvedTranslationLocales): approved,
  // or needing an update with the approved text still in place.
  for (const locale of ['ru', 'zh'] as const) {
    const publicIf = (prefix: string) =>
      `CASE WHEN ${prefix}translations_${locale}_status = 'approved' OR (${prefix}translations_${locale}_status = 'needs_update' AND ${prefix}translations_${locale}_approved = 1) THEN 1 ELSE 0 END`
    await db.run(
      sql.raw(`UPDATE \`press_releases\` SET \`public_languages_${locale}_public\` = ${publicIf('')};`),
    )
    await db.run(
      sql.raw(
        `UPDATE \`_press_releases_v\` SET \`version_public_languages_${locale}_public\` = ${publicIf('version_')};`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`translations_ru_machine\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`translations_zh_machine\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`public_languages_ru_public\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`public_languages_zh_public\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_translations_ru_machine\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_translations_zh_machine\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_public_languages_ru_public\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_public_languages_zh_public\`;`)
}
