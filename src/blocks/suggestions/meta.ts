import type {
  LexicalNode,
  LexicalUpdateJSON,
  SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

import type { SuggestionKind, SuggestionMeta } from '@/content/suggestions'

/**
 * What every suggestion node carries, whether it wraps words (an inline element, ./nodes.ts) or
 * marks a paragraph break (a decorator, ./paragraphMarks.ts): who proposed it and when, as four
 * plain string properties. Plain strings because Lexical's Yjs binding creates a node with no
 * arguments and then copies its `__` properties one by one (lexical 0.50, @lexical/yjs), and
 * because the sync server's guard reads them from the shared document by those names
 * (src/collab/suggestionGuard.ts).
 */

// A mixin's constructor must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type NodeClass = abstract new (...args: any[]) => LexicalNode

export type SerializedSuggestion<T extends SerializedLexicalNode> = T & SuggestionMeta

export function withSuggestionMeta<Base extends NodeClass>(Base: Base) {
  abstract class SuggestionMetaNode extends Base {
    __suggestionId = ''
    __by = ''
    __byName = ''
    __at = ''

    abstract get kind(): SuggestionKind

    afterCloneFrom(prevNode: this): void {
      super.afterCloneFrom(prevNode)
      this.__suggestionId = prevNode.__suggestionId
      this.__by = prevNode.__by
      this.__byName = prevNode.__byName
      this.__at = prevNode.__at
    }

    getMeta(): SuggestionMeta {
      const self = this.getLatest()
      return { suggestionId: self.__suggestionId, by: self.__by, byName: self.__byName, at: self.__at }
    }

    setMeta(meta: SuggestionMeta): this {
      const self = this.getWritable()
      self.__suggestionId = meta.suggestionId
      self.__by = meta.by
      self.__byName = meta.byName
      self.__at = meta.at
      return self
    }

    updateFromJSON(serialized: LexicalUpdateJSON<SerializedLexicalNode> & Partial<SuggestionMeta>): this {
      return super.updateFromJSON(serialized).setMeta({
        suggestionId: String(serialized.suggestionId ?? ''),
        by: String(serialized.by ?? ''),
        byName: String(serialized.byName ?? ''),
        at: String(serialized.at ?? ''),
      })
    }

    exportJSON(): SerializedSuggestion<SerializedLexicalNode> {
      return { ...super.exportJSON(), ...this.getMeta() }
    }

    /** The element's class, data and title: "Suggested deletion by Elena, 01/12/2026, 08:00". */
    protected describe(element: HTMLElement, what: string): HTMLElement {
      const meta = this.getMeta()
      element.className = `suggestion suggestion--${this.kind}`
      element.dataset.suggestionId = meta.suggestionId
      element.dataset.suggestionKind = this.kind
      const when = meta.at ? new Date(meta.at).toLocaleString() : ''
      element.title = `Suggested ${what} by ${meta.byName || 'a colleague'}${when ? `, ${when}` : ''}`
      return element
    }

    /** Whether the element's description must be written again after a change of `prevNode`. */
    protected describedDifferently(prevNode: this): boolean {
      return prevNode.__suggestionId !== this.__suggestionId || prevNode.__byName !== this.__byName
    }
  }
  return SuggestionMetaNode
}
