import type { Payload } from 'payload'

import type { PressRelease } from '@/payload-types'
import { editorState, paragraphNode } from '@/content/lexical'

import type { StaffUser } from './users'

let counter = 0

/** What a valid release needs, with a headline unique to this test run. */
export function releaseData(headline = `Release ${++counter} on UN-SCO cooperation`) {
  return {
    headline,
    dateline: { place: 'New York', date: '2026-11-20T12:00:00.000Z' },
    summary: 'The SCO Secretary-General met the UN Secretary-General.',
    body: editorState([paragraphNode('They discussed cooperation against terrorism.')]),
  }
}

/** A draft written by `author` through the Local API with access control on. */
export async function draftRelease(
  payload: Payload,
  author: StaffUser,
  headline?: string,
): Promise<PressRelease> {
  return payload.create({
    collection: 'press-releases',
    data: releaseData(headline),
    draft: true,
    user: author,
    overrideAccess: false,
  })
}

/** A release published by an editor (the admin's Publish button does the same). */
export async function publishedRelease(
  payload: Payload,
  editor: StaffUser,
  headline?: string,
): Promise<PressRelease> {
  return payload.create({
    collection: 'press-releases',
    data: { ...releaseData(headline), _status: 'published' },
    user: editor,
    overrideAccess: false,
  })
}
