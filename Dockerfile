# One image for every liaodan process; the compose file picks the command (api, worker, bot, migrate).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
# The bot keeps Wechaty's login (memory card) in its working directory: a volume at /app/data.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENTRYPOINT ["node", "/app/bin/liaodan.js"]
CMD ["api"]
