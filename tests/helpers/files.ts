import sharp from 'sharp'

/** Upload payloads for the Local API's `file` option. */
export async function pngFile(name = 'photo.png', width = 1200, height = 800) {
  const data = await sharp({ create: { width, height, channels: 3, background: '#0b4f8a' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** The smallest PDF that Payload's upload checks accept (header, xref table, EOF marker). */
export function pdfFile(name = 'document.pdf') {
  const data = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n' +
      'trailer<</Size 3/Root 1 0 R>>\nstartxref\n98\n%%EOF\n',
  )
  return { data, mimetype: 'application/pdf', name, size: data.length }
}
