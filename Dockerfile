# syntax=docker/dockerfile:1
# Undersigned: docker build -t undersigned . && docker run -p 3000:3000 -v undersigned-data:/data undersigned

# 1. Production dependencies. Native modules (better-sqlite3, argon2, the Typst compiler) take
#    their prebuilt binaries or, failing that, compile here with the tools the runtime lacks.
FROM node:20-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 2. The runtime: no compilers, no dev dependencies, not root. TypeScript runs through tsx, as in
#    the checkout, so there is no build step to drift from the source.
FROM node:20-slim
# tini is PID 1: it forwards SIGTERM to Node (which drains requests and closes the database)
# and reaps the PDF render processes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
RUN ln -s /app/bin/undersigned.mjs /usr/local/bin/undersigned \
 && mkdir -p /data \
 && chown node:node /data
USER node
# SQLite lives here (ignored with DATABASE_URL); back it up with `undersigned backup`.
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["undersigned", "healthcheck"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["undersigned", "serve"]
