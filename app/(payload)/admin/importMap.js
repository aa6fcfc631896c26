import { SaveConflict as SaveConflict_2629cac403396c2d9c5f9a91dcd0209d } from '../../../src/fields/admin/SaveConflict.client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { CollaborationFeatureClient as CollaborationFeatureClient_64a74c36c13ee2b4b546fecd1a97522b } from '../../../src/blocks/collab/feature.client'
import { CommentAnchorsClient as CommentAnchorsClient_a3bc9e7a6d3790e1f1404cb69007b28a } from '../../../src/workflow/conversation/anchors/feature.client'
import { SuggestionsFeatureClient as SuggestionsFeatureClient_3acec02cc24934c8b5441377cf6256ce } from '../../../src/blocks/suggestions/feature.client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { QuoteAssistant as QuoteAssistant_e20e493810da46ede9e12ab695b342a3 } from '../../../src/blocks/admin/QuoteAssistant.client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BodyDiff as BodyDiff_1cc87bd3ab61d2c6025484cb9c3e4b97 } from '../../../src/blocks/admin/BodyDiff'
import { TranslationDesk as TranslationDesk_bd42d86d210aa45add18f14ca206cf5a } from '../../../src/workflow/translation/admin/TranslationDesk'
import { WorkflowPanel as WorkflowPanel_cff2e4ec397c5d2b5d6a3c2202121637 } from '../../../src/workflow/admin/WorkflowPanel'
import { LinkedChanges as LinkedChanges_d2c4d25fe8b14b3eb5b0dc2cbb550a41 } from '../../../src/workflow/admin/LinkedChanges'
import { Conversation as Conversation_a38ed39d291536717919bb234fdb7907 } from '../../../src/workflow/conversation/Conversation.client'
import { PresenceCell as PresenceCell_358a7dba94f9298b59a5a0012a29f447 } from '../../../src/workflow/admin/presence/ReleasePresence.client'
import { EditPresence as EditPresence_9d7006a880fbcf173511719d74bc5e84 } from '../../../src/workflow/admin/presence/EditPresence.client'
import { SaveFirstDraft as SaveFirstDraft_f21d8f081694216bb4918735d97b1b87 } from '../../../src/fields/firstDraft/SaveFirstDraft'
import { ReviewPanelActsInstead as ReviewPanelActsInstead_13d14f472b115867e8be6d3db930d919 } from '../../../src/workflow/admin/PublishControls'
import { ReleaseHeaderStatus as ReleaseHeaderStatus_bf7f8b66ceb8c8804b98bf66c46bb5c0 } from '../../../src/workflow/admin/ReleaseStatus'
import { BooleanCell as BooleanCell_c8b1b936fa2f29ed7a2d434a1eb8b410 } from '../../../src/fields/BooleanCell'
import { CurrentPasswordField as CurrentPasswordField_8e3d82f7ae3f515c02e344beba980b10 } from '../../../collections/Users/CurrentPasswordField'
import { TimeZoneField as TimeZoneField_99c40b8fe5ab634f1ddf49f8685c90e2 } from '../../../src/workflow/admin/TimeZoneField'
import { Icon as Icon_c535c144f57c1891ed24e40c14847aaa } from '../../../src/globals/branding/Icon'
import { Logo as Logo_064ddbb7504330587755afef1c0ff0bc } from '../../../src/globals/branding/Logo'
import { Inbox as Inbox_f36947539848c91695eaf0e23f51e545 } from '../../../src/workflow/conversation/InboxPanel'
import { EditorialOverview as EditorialOverview_aca972cc87b38b0143dc13d773cac744 } from '../../../src/workflow/admin/EditorialOverview'
import { TranslationMatrix as TranslationMatrix_81b6c70169e53f20883a4525cbff26d1 } from '../../../src/workflow/translation/admin/TranslationMatrix'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  '/src/fields/admin/SaveConflict.client#SaveConflict': SaveConflict_2629cac403396c2d9c5f9a91dcd0209d,
  '@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell':
    RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/rsc#RscEntryLexicalField':
    RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  '@payloadcms/richtext-lexical/rsc#LexicalDiffComponent':
    LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  '/src/blocks/collab/feature.client#CollaborationFeatureClient':
    CollaborationFeatureClient_64a74c36c13ee2b4b546fecd1a97522b,
  '/src/workflow/conversation/anchors/feature.client#CommentAnchorsClient':
    CommentAnchorsClient_a3bc9e7a6d3790e1f1404cb69007b28a,
  '/src/blocks/suggestions/feature.client#SuggestionsFeatureClient':
    SuggestionsFeatureClient_3acec02cc24934c8b5441377cf6256ce,
  '@payloadcms/richtext-lexical/client#BlocksFeatureClient':
    BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '/src/blocks/admin/QuoteAssistant.client#QuoteAssistant': QuoteAssistant_e20e493810da46ede9e12ab695b342a3,
  '@payloadcms/richtext-lexical/client#BoldFeatureClient': BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ItalicFeatureClient':
    ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UnderlineFeatureClient':
    UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#StrikethroughFeatureClient':
    StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#SubscriptFeatureClient':
    SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#SuperscriptFeatureClient':
    SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#InlineCodeFeatureClient':
    InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ParagraphFeatureClient':
    ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#HeadingFeatureClient':
    HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#AlignFeatureClient':
    AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#IndentFeatureClient':
    IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UnorderedListFeatureClient':
    UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#OrderedListFeatureClient':
    OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#ChecklistFeatureClient':
    ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#LinkFeatureClient': LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#RelationshipFeatureClient':
    RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#BlockquoteFeatureClient':
    BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#UploadFeatureClient':
    UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient':
    HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient':
    InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  '/src/blocks/admin/BodyDiff#BodyDiff': BodyDiff_1cc87bd3ab61d2c6025484cb9c3e4b97,
  '/src/workflow/translation/admin/TranslationDesk#TranslationDesk':
    TranslationDesk_bd42d86d210aa45add18f14ca206cf5a,
  '/src/workflow/admin/WorkflowPanel#WorkflowPanel': WorkflowPanel_cff2e4ec397c5d2b5d6a3c2202121637,
  '/src/workflow/admin/LinkedChanges#LinkedChanges': LinkedChanges_d2c4d25fe8b14b3eb5b0dc2cbb550a41,
  '/src/workflow/conversation/Conversation.client#Conversation':
    Conversation_a38ed39d291536717919bb234fdb7907,
  '/src/workflow/admin/presence/ReleasePresence.client#PresenceCell':
    PresenceCell_358a7dba94f9298b59a5a0012a29f447,
  '/src/workflow/admin/presence/EditPresence.client#EditPresence':
    EditPresence_9d7006a880fbcf173511719d74bc5e84,
  '/src/fields/firstDraft/SaveFirstDraft#SaveFirstDraft': SaveFirstDraft_f21d8f081694216bb4918735d97b1b87,
  '/src/workflow/admin/PublishControls#ReviewPanelActsInstead':
    ReviewPanelActsInstead_13d14f472b115867e8be6d3db930d919,
  '/src/workflow/admin/ReleaseStatus#ReleaseHeaderStatus':
    ReleaseHeaderStatus_bf7f8b66ceb8c8804b98bf66c46bb5c0,
  '/src/fields/BooleanCell#BooleanCell': BooleanCell_c8b1b936fa2f29ed7a2d434a1eb8b410,
  '/collections/Users/CurrentPasswordField#CurrentPasswordField':
    CurrentPasswordField_8e3d82f7ae3f515c02e344beba980b10,
  '/src/workflow/admin/TimeZoneField#TimeZoneField': TimeZoneField_99c40b8fe5ab634f1ddf49f8685c90e2,
  '/src/globals/branding/Icon#Icon': Icon_c535c144f57c1891ed24e40c14847aaa,
  '/src/globals/branding/Logo#Logo': Logo_064ddbb7504330587755afef1c0ff0bc,
  '/src/workflow/conversation/InboxPanel#Inbox': Inbox_f36947539848c91695eaf0e23f51e545,
  '/src/workflow/admin/EditorialOverview#EditorialOverview':
    EditorialOverview_aca972cc87b38b0143dc13d773cac744,
  '/src/workflow/translation/admin/TranslationMatrix#TranslationMatrix':
    TranslationMatrix_81b6c70169e53f20883a4525cbff26d1,
  '@payloadcms/next/rsc#CollectionCards': CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1,
}
