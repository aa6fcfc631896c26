# Communiqué, built for production. Used by docker-compose.yml for the app, the worker and the
# one-off seed; works with either database (DATABASE_URL picks SQLite or MongoDB).
# Node 22: @fortedigital/nextjs-cache-handler (the Redis cache, src/cache/redis) declares
# engines node >=22 (Next, Payload and @redis/client need >=20), and Node 20 ends in April 2026.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Applied by `postinstall` (patch-package): see docs/upstream.md.
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0 \
    PORT=3000
COPY package.json package-lock.json ./
# Applied by `postinstall` (patch-package): see docs/upstream.md.
COPY patches ./patches
# Production dependencies only; Payload's CLI (worker, seed, migrations) runs the TypeScript
# sources through tsx, which Payload itself depends on.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/.next ./.next
COPY . .
RUN mkdir -p data media collab-rooms && chown -R node:node data media collab-rooms
USER node
EXPOSE 3000
CMD ["npm", "start"]
