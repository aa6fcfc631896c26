import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { cleanFileName, detectType, uploadLimits } from './uploads'

describe('file names', () => {
  it('lose control and direction characters and take the extension of the content', () => {
    // "invoice\u202Egpj.exe" shows as "invoiceexe.jpg" in a right-to-left-aware listing.
    expect(cleanFileName('invoice\u202Egpj.exe', 'png')).toBe('invoicegpj.png')
    expect(cleanFileName('\u200Fa\u0000b\u2066c\u2069  \t d.JPG', 'png')).toBe('abc d.png')
    expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf')
    expect(cleanFileName('C:\\Users\\me\\.hidden.png', 'png')).toBe('hidden.png')
    expect(cleanFileName('...', 'gif')).toBe('file.gif')
  })

  it('are composed (NFC) and shortened, keeping the extension', () => {
    expect(cleanFileName('Cafe\u0301.png', 'png')).toBe('Caf\u00e9.png')
    const long = cleanFileName(`${'a'.repeat(300)}.jpg`, 'jpg')
    expect(long).toBe(`${'a'.repeat(uploadLimits.nameChars - 4)}.jpg`)
    const wide = cleanFileName(`${'日'.repeat(300)}.pdf`, 'pdf')
    expect(Buffer.byteLength(wide)).toBeLessThanOrEqual(uploadLimits.nameBytes)
    expect(wide.endsWith('日.pdf')).toBe(true)
  })
})

describe('file types', () => {
  it('come from the bytes, with the image size read from the header', async () => {
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    expect(await detectType(png)).toEqual({ mime: 'image/png', ext: 'png', width: 30, height: 20 })
    expect(await detectType(Buffer.from('%PDF-1.4\n%%EOF\n'))).toEqual({
      mime: 'application/pdf',
      ext: 'pdf',
    })
    expect(await detectType(Buffer.from('MZ\x90\x00 not an image'))).toBeUndefined()
  })
})
