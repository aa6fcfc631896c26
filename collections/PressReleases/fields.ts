import type { Field } from 'payload'

import { staffField } from '@/access/roles'
import { citedDocumentsField } from '@/fields/citedDocuments'
import { mediaUsedField } from '@/fields/mediaUsed'
import { plainTextOf } from '@/fields/plainText'
import { publicBodyOnRead } from '@/fields/staffMarks'
import { releaseEditor } from '@/blocks/editor'
import { env } from '@/server/env'
import { editorNoteField, firstPublishedAtField, slugField } from '@/fields/slug'
import { editorialStatuses } from '@/workflow/status'
import { requiredInDefaultLocale, richTextRequiredInDefaultLocale } from '@/fields/localized'
import { zonedDate } from '@/fields/timeZone'
import { lastEditedByField } from '@collections/recordApproval'
import { dayOnly, dayAndTime } from '@/fields/dates'

import { translationFields } from './translationFields'

const linkedRecords: Field = {
  type: 'collapsible',
  label: 'Linked records',
  admin: { description: 'The structured records this release is about; they appear beside it on the site.' },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events' },
    {
      name: 'speeches',
      type: 'relationship',
      relationTo: 'speeches',
      hasMany: true,
      // Offer the speeches of the chosen event first; any speech can still be picked by search.
      filterOptions: ({ siblingData }) => {
        const event = (siblingData as { event?: unknown }).event
        return typeof event === 'number' || typeof event === 'string' ? { event: { equals: event } } : true
      },
    },
    { name: 'participants', type: 'relationship', relationTo: 'participants', hasMany: true },
    { name: 'documents', type: 'relationship', relationTo: 'documents', hasMany: true },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
  ],
}

const seo: Field = {
  name: 'seo',
  type: 'group',
  label: 'Search engines and sharing',
  admin: { description: 'Leave empty to use the headline, summary and hero image.' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 200 },
    { name: 'image', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { like: 'image/' } } },
  ],
}

export const pressReleaseFields: Field[] = [
  { name: 'headline', type: 'text', localized: true, validate: requiredInDefaultLocale },
  slugField('headline'),
  {
    name: 'dateline',
    type: 'group',
    admin: { description: 'Shown as "NEW YORK, 19 November 2019 —" before the first paragraph.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'place', type: 'text', localized: true, validate: requiredInDefaultLocale },
          { name: 'date', type: 'date', required: true, admin: { date: dayOnly } },
        ],
      },
    ],
  },
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    validate: requiredInDefaultLocale,
    label: 'Summary (lede)',
  },
  { name: 'heroImage', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { like: 'image/' } } },
  {
    name: 'body',
    type: 'richText',
    localized: true,
    // Co-edited live (src/content/coEdited.ts): the edit view's saves leave it to the sync server.
    editor: releaseEditor(env().collab),
    validate: richTextRequiredInDefaultLocale,
    hooks: { afterRead: [publicBodyOnRead] },
    // The review diff shows what changed inside the quote, document and image blocks.
    admin: { components: { Diff: '/src/blocks/admin/BodyDiff#BodyDiff' } },
  },
  plainTextOf('body'),
  ...translationFields,
  linkedRecords,
  citedDocumentsField,
  seo,
  mediaUsedField('press-releases'),
  {
    name: 'pressContact',
    type: 'textarea',
    localized: true,
    admin: { description: 'Leave empty to use the press contacts from Settings.' },
  },
  {
    name: 'workflow',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/src/workflow/admin/WorkflowPanel#WorkflowPanel' } },
  },
  // What changed in the linked records, under the review panel (issue 10, item 5).
  {
    name: 'linkedChanges',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/src/workflow/admin/LinkedChanges#LinkedChanges' } },
  },
  {
    name: 'editorialStatus',
    type: 'select',
    defaultValue: 'draft',
    options: [...editorialStatuses],
    index: true,
    admin: { position: 'sidebar', readOnly: true, description: 'Set by the review actions above.' },
  },
  // Set only through the workflow actions (schedule, embargo); the hooks ignore any other writer.
  {
    name: 'publishAt',
    type: 'date',
    timezone: zonedDate(),
    index: true,
    label: 'Scheduled for',
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: dayAndTime,
      condition: (data) => Boolean(data?.publishAt),
    },
  },
  {
    name: 'embargoUntil',
    type: 'date',
    timezone: zonedDate(),
    index: true,
    label: 'Embargoed until',
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: dayAndTime,
      condition: (data) => Boolean(data?.embargoUntil),
      description:
        'Invisible to the public until this moment; accredited journalists may read it through a private link.',
    },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: 'Changes requested',
    access: { read: staffField },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => data?.editorialStatus === 'changes_requested' && Boolean(data?.reviewNote),
    },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: 'users',
    admin: { position: 'sidebar' },
    defaultValue: ({ user }) => (user?.collection === 'users' ? user.id : undefined),
  },
  { name: 'assignee', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' } },
  // Who saved last: names the colleague in a conflicting save's message (src/fields/concurrentSaves.ts).
  lastEditedByField,
  editorNoteField,
  firstPublishedAtField,
  {
    name: 'comments',
    type: 'join',
    collection: 'comments',
    on: 'release',
    label: 'Review comments',
    // Read and written in the conversation beside the text instead (the field below).
    admin: { disabled: true },
  },
  {
    name: 'conversation',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/src/workflow/conversation/Conversation.client#Conversation' },
    },
  },
]
