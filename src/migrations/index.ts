import * as migration_20261122_153119_initial from './20261122_153119_initial'
import * as migration_20261123_171144_workflow from './20261123_171144_workflow'
import * as migration_20261123_180948_search_text from './20261123_180948_search_text'
import * as migration_20261123_200000_cited_documents from './20261123_200000_cited_documents'
import * as migration_20261130_141355_auth_no_account_lock from './20261130_141355_auth_no_account_lock'
import * as migration_20261130_161120_settings_time_zone from './20261130_161120_settings_time_zone'
import * as migration_20261130_161327_record_last_edited_by from './20261130_161327_record_last_edited_by'
import * as migration_20261130_191624_settings_logo from './20261130_191624_settings_logo'
import * as migration_20261130_191956_media_visibility from './20261130_191956_media_visibility'
import * as migration_20261130_192238_scale_indexes from './20261130_192238_scale_indexes'
import * as migration_20261130_230000_search_index from './20261130_230000_search_index'
import * as migration_20261201_013313_release_last_edited_by from './20261201_013313_release_last_edited_by'
import * as migration_20261201_014440_translation_desk from './20261201_014440_translation_desk'
import * as migration_20261201_045701_conversation_inbox from './20261201_045701_conversation_inbox'
import * as migration_20261201_050407_translation_machine_draft from './20261201_050407_translation_machine_draft'
import * as migration_20261201_052040_users_avatar from './20261201_052040_users_avatar'
import * as migration_20261201_082345_comment_anchor from './20261201_082345_comment_anchor'
import * as migration_20261202_000000_search_per_language from './20261202_000000_search_per_language'
import * as migration_20261202_030000_list_search from './20261202_030000_list_search'
import * as migration_20261202_090000_list_search_rows from './20261202_090000_list_search_rows'
import * as migration_20261202_180000_search_recent from './20261202_180000_search_recent'
import * as migration_20261202_190000_list_count from './20261202_190000_list_count'
import * as migration_20261203_233951_main_table_sorts from './20261203_233951_main_table_sorts'
import * as migration_20261204_001625_public_count_indexes from './20261204_001625_public_count_indexes'

export const migrations = [
  {
    up: migration_20261122_153119_initial.up,
    down: migration_20261122_153119_initial.down,
    name: '20261122_153119_initial',
  },
  {
    up: migration_20261123_171144_workflow.up,
    down: migration_20261123_171144_workflow.down,
    name: '20261123_171144_workflow',
  },
  {
    up: migration_20261123_180948_search_text.up,
    down: migration_20261123_180948_search_text.down,
    name: '20261123_180948_search_text',
  },
  {
    up: migration_20261123_200000_cited_documents.up,
    down: migration_20261123_200000_cited_documents.down,
    name: '20261123_200000_cited_documents',
  },
  {
    up: migration_20261130_141355_auth_no_account_lock.up,
    down: migration_20261130_141355_auth_no_account_lock.down,
    name: '20261130_141355_auth_no_account_lock',
  },
  {
    up: migration_20261130_161120_settings_time_zone.up,
    down: migration_20261130_161120_settings_time_zone.down,
    name: '20261130_161120_settings_time_zone',
  },
  {
    up: migration_20261130_161327_record_last_edited_by.up,
    down: migration_20261130_161327_record_last_edited_by.down,
    name: '20261130_161327_record_last_edited_by',
  },
  {
    up: migration_20261130_191624_settings_logo.up,
    down: migration_20261130_191624_settings_logo.down,
    name: '20261130_191624_settings_logo',
  },
  {
    up: migration_20261130_191956_media_visibility.up,
    down: migration_20261130_191956_media_visibility.down,
    name: '20261130_191956_media_visibility',
  },
  {
    up: migration_20261130_192238_scale_indexes.up,
    down: migration_20261130_192238_scale_indexes.down,
    name: '20261130_192238_scale_indexes',
  },
  {
    up: migration_20261130_230000_search_index.up,
    down: migration_20261130_230000_search_index.down,
    name: '20261130_230000_search_index',
  },
  {
    up: migration_20261201_013313_release_last_edited_by.up,
    down: migration_20261201_013313_release_last_edited_by.down,
    name: '20261201_013313_release_last_edited_by',
  },
  {
    up: migration_20261201_014440_translation_desk.up,
    down: migration_20261201_014440_translation_desk.down,
    name: '20261201_014440_translation_desk',
  },
  {
    up: migration_20261201_045701_conversation_inbox.up,
    down: migration_20261201_045701_conversation_inbox.down,
    name: '20261201_045701_conversation_inbox',
  },
  {
    up: migration_20261201_050407_translation_machine_draft.up,
    down: migration_20261201_050407_translation_machine_draft.down,
    name: '20261201_050407_translation_machine_draft',
  },
  {
    up: migration_20261201_052040_users_avatar.up,
    down: migration_20261201_052040_users_avatar.down,
    name: '20261201_052040_users_avatar',
  },
  {
    up: migration_20261201_082345_comment_anchor.up,
    down: migration_20261201_082345_comment_anchor.down,
    name: '20261201_082345_comment_anchor',
  },
  {
    up: migration_20261202_000000_search_per_language.up,
    down: migration_20261202_000000_search_per_language.down,
    name: '20261202_000000_search_per_language',
  },
  {
    up: migration_20261202_030000_list_search.up,
    down: migration_20261202_030000_list_search.down,
    name: '20261202_030000_list_search',
  },
  {
    up: migration_20261202_090000_list_search_rows.up,
    down: migration_20261202_090000_list_search_rows.down,
    name: '20261202_090000_list_search_rows',
  },
  {
    up: migration_20261202_180000_search_recent.up,
    down: migration_20261202_180000_search_recent.down,
    name: '20261202_180000_search_recent',
  },
  {
    up: migration_20261202_190000_list_count.up,
    down: migration_20261202_190000_list_count.down,
    name: '20261202_190000_list_count',
  },
  {
    up: migration_20261203_233951_main_table_sorts.up,
    down: migration_20261203_233951_main_table_sorts.down,
    name: '20261203_233951_main_table_sorts',
  },
  {
    up: migration_20261204_001625_public_count_indexes.up,
    down: migration_20261204_001625_public_count_indexes.down,
    name: '20261204_001625_public_count_indexes',
  },
]
