using System.Security.Claims;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>Who sent a request: the principal the resolvers check, the id to quote in errors and logs, the rate-limit partition.</summary>
public sealed record Caller(ClaimsPrincipal User, string CorrelationId, string ClientKey);
