import {
  $applyNodeReplacement,
  $isElementNode,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from '@payloadcms/richtext-lexical/lexical'

import {
  suggestedDeletionType,
  suggestedInsertionType,
  type SuggestionKind,
  type SuggestionMeta,
} from '@/content/suggestions'

/**
 * The two nodes of a suggestion (issue 15, item 5): inline elements around the proposed words,
 * like Lexical's own MarkNode (@lexical/mark), so that links and formats inside them are kept.
 * Both are registered on the body's editor by the feature (feature.server.ts), on the server
 * too, so a saved body validates and Lexical's Yjs binding can create them: it constructs a node
 * with no arguments and then copies its `__` properties, which are plain strings here for that
 * reason (lexical 0.50, @lexical/yjs CollabElementNode).
 */

export type SerializedSuggestionNode = Spread<SuggestionMeta, SerializedElementNode>

const none: SuggestionMeta = { suggestionId: '', by: '', byName: '', at: '' }

abstract class SuggestionNode extends ElementNode {
  __suggestionId: string
  __by: string
  __byName: string
  __at: string

  abstract get kind(): SuggestionKind

  constructor(meta: SuggestionMeta = none, key?: NodeKey) {
    super(key)
    this.__suggestionId = meta.suggestionId
    this.__by = meta.by
    this.__byName = meta.byName
    this.__at = meta.at
  }

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

  updateFromJSON(serialized: LexicalUpdateJSON<SerializedSuggestionNode>): this {
    return super.updateFromJSON(serialized).setMeta({
      suggestionId: String(serialized.suggestionId ?? ''),
      by: String(serialized.by ?? ''),
      byName: String(serialized.byName ?? ''),
      at: String(serialized.at ?? ''),
    })
  }

  exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), ...this.getMeta() }
  }

  protected decorate(element: HTMLElement): HTMLElement {
    const meta = this.getMeta()
    element.className = `suggestion suggestion--${this.kind}`
    element.dataset.suggestionId = meta.suggestionId
    element.dataset.suggestionKind = this.kind
    const when = meta.at ? new Date(meta.at).toLocaleString() : ''
    element.title = `Suggested ${this.kind} by ${meta.byName || 'a colleague'}${when ? `, ${when}` : ''}`
    return element
  }

  updateDOM(prevNode: this, element: HTMLElement): boolean {
    if (prevNode.__suggestionId !== this.__suggestionId || prevNode.__byName !== this.__byName)
      this.decorate(element)
    return false
  }

  // Typing at either edge outside suggesting mode is plain text beside the suggestion, not in it.
  canInsertTextBefore(): boolean {
    return false
  }
  canInsertTextAfter(): boolean {
    return false
  }
  canBeEmpty(): false {
    return false
  }
  isInline(): true {
    return true
  }
}

export class SuggestedInsertionNode extends SuggestionNode {
  get kind() {
    return 'insertion' as const
  }
  $config() {
    return this.config(suggestedInsertionType, { extends: ElementNode })
  }
  createDOM(_config: EditorConfig): HTMLElement {
    return this.decorate(document.createElement('ins'))
  }
}

export class SuggestedDeletionNode extends SuggestionNode {
  get kind() {
    return 'deletion' as const
  }
  $config() {
    return this.config(suggestedDeletionType, { extends: ElementNode })
  }
  createDOM(_config: EditorConfig): HTMLElement {
    return this.decorate(document.createElement('del'))
  }
}

export type AnySuggestionNode = SuggestedInsertionNode | SuggestedDeletionNode

export const $createSuggestedInsertionNode = (meta: SuggestionMeta) =>
  $applyNodeReplacement(new SuggestedInsertionNode(meta))
export const $createSuggestedDeletionNode = (meta: SuggestionMeta) =>
  $applyNodeReplacement(new SuggestedDeletionNode(meta))

export const $isSuggestedInsertionNode = (
  node: LexicalNode | null | undefined,
): node is SuggestedInsertionNode => node instanceof SuggestedInsertionNode
export const $isSuggestedDeletionNode = (
  node: LexicalNode | null | undefined,
): node is SuggestedDeletionNode => node instanceof SuggestedDeletionNode
export const $isSuggestionNode = (node: LexicalNode | null | undefined): node is AnySuggestionNode =>
  $isSuggestedInsertionNode(node) || $isSuggestedDeletionNode(node)

/** The suggestion a node is in (itself or its nearest suggestion ancestor), if any. */
export function $suggestionOf(node: LexicalNode | null | undefined): AnySuggestionNode | undefined {
  for (let current = node; current; current = current.getParent())
    if ($isSuggestionNode(current)) return current
  return undefined
}

/** Every suggestion node under `node`, in document order. */
export function $suggestionNodesIn(node: LexicalNode): AnySuggestionNode[] {
  if ($isSuggestionNode(node)) return [node]
  return $isElementNode(node) ? node.getChildren().flatMap($suggestionNodesIn) : []
}

export type Decision = 'accept' | 'reject'

/**
 * Accepted insertion and rejected deletion: the words stay, the mark goes. Rejected insertion
 * and accepted deletion: the words go with the mark.
 */
export function $decideSuggestionNode(node: AnySuggestionNode, decision: Decision): void {
  const keepsWords = (node.kind === 'insertion') === (decision === 'accept')
  if (keepsWords) for (const child of node.getChildren()) node.insertBefore(child)
  node.remove()
}
