import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Data only: press releases gain `citedDocuments` (src/fields/citedDocuments.ts), a hasMany
 * relationship kept in the existing rels tables, so no table changes. This fills it for the
 * releases and versions saved before, from their linked documents and the document-reference
 * blocks of their bodies in every language; later saves keep it current. The logic is
 * repeated here on purpose: a migration must keep doing what it did when it was written.
 */
type Tables = { locales: string; body: string; rels: string; path: string }

const targets: Tables[] = [
  { locales: 'press_releases_locales', body: 'body', rels: 'press_releases_rels', path: '' },
  {
    locales: '_press_releases_v_locales',
    body: 'version_body',
    rels: '_press_releases_v_rels',
    path: 'version.',
  },
]

function referencedDocuments(json: string | null): number[] {
  if (!json) return []
  const ids: number[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as {
      type?: string
      fields?: { blockType?: string; document?: unknown }
      children?: unknown[]
    }
    if (n.type === 'block' && n.fields?.blockType === 'documentReference') {
      const ref = n.fields.document
      const id = typeof ref === 'object' && ref !== null ? (ref as { id?: unknown }).id : ref
      if (typeof id === 'number') ids.push(id)
    }
    for (const child of n.children ?? []) walk(child)
  }
  try {
    walk((JSON.parse(json) as { root?: unknown }).root)
  } catch {
    // An unreadable body cites nothing; the next save recomputes it.
  }
  return ids
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { locales, body, rels, path } of targets) {
    const cited = new Map<number, Set<number>>()
    const cite = (parent: number, document: number) => {
      if (!cited.has(parent)) cited.set(parent, new Set())
      cited.get(parent)!.add(document)
    }
    const linked = await db.all<{ parent: number; document: number }>(
      sql`SELECT parent_id AS parent, documents_id AS document FROM ${sql.identifier(rels)}
          WHERE path = ${`${path}documents`} AND documents_id IS NOT NULL ORDER BY parent_id, "order"`,
    )
    for (const row of linked) cite(row.parent, row.document)
    const bodies = await db.all<{ parent: number; body: string | null }>(
      sql`SELECT _parent_id AS parent, ${sql.identifier(body)} AS body FROM ${sql.identifier(locales)} ORDER BY _parent_id, _locale`,
    )
    for (const row of bodies) for (const document of referencedDocuments(row.body)) cite(row.parent, document)
    // Only documents that still exist (a reference may outlive its document).
    const existing = new Set(
      (await db.all<{ id: number }>(sql`SELECT id FROM documents`)).map((row) => row.id),
    )
    await db.run(sql`DELETE FROM ${sql.identifier(rels)} WHERE path = ${`${path}citedDocuments`}`)
    for (const [parent, documents] of cited) {
      let order = 0
      for (const document of documents) {
        if (!existing.has(document)) continue
        await db.run(
          sql`INSERT INTO ${sql.identifier(rels)} ("order", parent_id, path, documents_id)
              VALUES (${++order}, ${parent}, ${`${path}citedDocuments`}, ${document})`,
        )
      }
    }
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { rels, path } of targets)
    await db.run(sql`DELETE FROM ${sql.identifier(rels)} WHERE path = ${`${path}citedDocuments`}`)
}
