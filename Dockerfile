# Aanwezig: one image serving the web client, the GraphQL API and socket.io on one port.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/authz/package.json libs/authz/
COPY libs/messages/package.json libs/messages/
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build --projects=@aanwezig/api,@aanwezig/web --output-style=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json /app/libs/domain/
COPY --from=build /app/libs/domain/dist /app/libs/domain/dist
COPY --from=build /app/libs/authz/package.json /app/libs/authz/
COPY --from=build /app/libs/authz/dist /app/libs/authz/dist
COPY --from=build /app/libs/messages/package.json /app/libs/messages/
COPY --from=build /app/libs/messages/dist /app/libs/messages/dist
COPY --from=build /app/apps/api/package.json /app/apps/api/
COPY --from=build /app/apps/api/dist /app/apps/api/dist
COPY --from=build /app/apps/web/dist /app/apps/web/dist
RUN mkdir -p /data/outbox && chown -R node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same Node flags as tools/server-command.mjs (npm start, browser tests, benchmarks).
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
