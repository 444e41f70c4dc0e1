# Rembug API. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t rembug-api .
# Run with DATABASE_URL set; the embedded database is for local starts only.

FROM node:20-bookworm-slim AS base
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true

# Only the package manifests, so the `npm ci` layer is reused until a dependency changes.
FROM base AS manifests
COPY . /src
RUN mkdir /manifests && cd /src \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents '{}' /manifests/ ';' \
 && cp package-lock.json /manifests/

FROM base AS build
COPY --from=manifests /manifests/ ./
# Install scripts are not needed to build (npm 11 skips them by default, too).
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx nx run @rembug/api:build --outputStyle=stream \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM base AS runtime
ENV NODE_ENV=production API_PORT=4000 REMBUG_DATA_DIR=/app/.data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
COPY --from=build /app/apps/api ./apps/api
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.API_PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
