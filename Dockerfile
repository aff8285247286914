# The service image: API, workers and consumers are this one image started with different roles.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# the web console's page and style sheet (its compiled scripts are in dist/web)
COPY --from=build /app/web/index.html /app/web/console.css ./web/
COPY --from=build /app/package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/src/main.js"]
