# syntax=docker/dockerfile:1
# Multi-stage: build with dev dependencies, run with production ones only, as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json

FROM node:20-bookworm-slim AS runtime
# NODE_OPTIONS: npm start's heap limit (src/runtime/heap.ts); with V8's own limit on a large host the heap grows to
# 4x what the app keeps. In a container with less than about 1.5 GiB, lower it (the app's log says to what).
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-old-space-size=1024 \
    PORT=3000 \
    DATA_FILE=/app/data/career-bot.json \
    KNOWLEDGE_DIR=/app/knowledge
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
# What the app reads at run time: package.json's "files" (test/process/docker.test.ts checks the two agree).
COPY --from=build /app/dist ./dist
COPY knowledge ./knowledge
COPY language ./language
COPY assets ./assets
COPY manifest.yml ./
COPY bin ./bin
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM from `docker stop` reaches node directly (exec form): it finishes work in flight and flushes the store.
CMD ["node", "dist/server/main.js"]
