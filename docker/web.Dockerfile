# Rembug web app. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t rembug-web .
# Run with API_URL, ORIGIN and PUBLIC_API_WS_URL set (see README.md).

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
RUN npx nx run @rembug/web:build --outputStyle=stream \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM base AS runtime
# adapter-node reads PORT and HOST; WEB_PORT is what `npm start` uses for the same thing.
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 WEB_PORT=3000
COPY --from=build /app/package.json ./
# The server bundle includes the web app's devDependencies; node_modules serves anything it declares as a dependency.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/apps/web/package.json ./apps/web/
COPY --from=build /app/apps/web/build ./apps/web/build
COPY --from=build /app/apps/web/server.js ./apps/web/
USER node
EXPOSE 3000
CMD ["node", "apps/web/server.js"]
