# syntax=docker/dockerfile:1

# Build stage: the Maven wrapper on a JDK. The tests run in CI, not in the image build.
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -Dmaven.test.skip=true package \
    && java -Djarmode=tools -jar target/thidua-*.jar extract --layers --application-filename app.jar --destination /extracted

# Run stage: the JRE only, as an unprivileged user. Layers from the least to the most often changed.
FROM eclipse-temurin:17-jre-noble
RUN groupadd --system --gid 10001 thidua \
    && useradd --system --uid 10001 --gid thidua --home-dir /app --no-create-home --shell /usr/sbin/nologin thidua \
    && mkdir -p /app/data \
    && chown thidua:thidua /app/data
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER thidua:thidua
# Without THIDUA_DB_URL the application starts its embedded evaluation database in /app/data.
ENV PORT=8080
EXPOSE 8080
# Out of memory, the process exits at once (status 3) instead of limping on with dead threads; the restart policy of
# whatever runs the container (restart: unless-stopped in docker-compose.yml) starts a fresh one.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "app.jar"]
