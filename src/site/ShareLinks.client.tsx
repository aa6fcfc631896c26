'use client'

export type ShareLabels = { shareEmail: string; print: string }

/**
 * The share links, built from the page's address and title in the render itself: as server
 * elements, the encoded address and headline rode six times in the page's RSC payload beside the
 * markup (issue 12: the page's weight). The server render gives the same markup.
 */
export function ShareLinksList({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const links = [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: 'Weibo', href: `https://service.weibo.com/share/share.php?url=${u}&title=${text}` },
    { name: labels.shareEmail, href: `mailto:?subject=${text}&body=${u}` },
  ]
  return (
    <ul>
      {links.map((link) => (
        <li key={link.name}>
          <a
            href={link.href}
            rel="noopener noreferrer"
            {...(!link.href.startsWith('mailto:') && { target: '_blank' })}
          >
            {link.name}
          </a>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={() => window.print()}>
          {labels.print}
        </button>
      </li>
    </ul>
  )
}
