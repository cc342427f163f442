# One image for every liaodan process; the compose file picks the command (api, worker, bot, migrate).

# The back office's pages, built with the development dependencies (Vite, Vue) that the runtime image leaves out.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN node node_modules/vite/bin/vite.js build web --logLevel warn

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
COPY --from=web /app/web/dist ./web/dist
# The bot keeps Wechaty's login (memory card) in its working directory: a volume at /app/data.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENTRYPOINT ["node", "/app/bin/liaodan.js"]
CMD ["api"]
