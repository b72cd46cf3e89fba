# The API with its seed graph. Build from the repository root: docker build -t knowledge-graph .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/KnowledgeGraph.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY seed-data /app/seed-data
ENV ASPNETCORE_URLS=http://+:8080 \
    Store__SqlitePath=/data/knowledge-graph.db \
    Store__SeedDirectory=/app/seed-data \
    Logging__Json=true
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "KnowledgeGraph.Api.dll"]
