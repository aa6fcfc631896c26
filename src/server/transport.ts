/** Whether the site is served over HTTPS (its SERVER_URL), which decides `Secure` cookies. */
export const isHttps = (serverUrl: string): boolean => serverUrl.startsWith('https://')
