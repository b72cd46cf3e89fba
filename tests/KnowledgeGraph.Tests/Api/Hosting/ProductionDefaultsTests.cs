using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>
/// Outside Development nothing internal leaves the server: an unexpected failure is a correlation id only, and GraphiQL
/// is not served unless configured (D8, D16).
/// </summary>
public sealed class ProductionDefaultsTests
{
    private const string Secret = "secret detail at /srv/app/Analyses.cs:line 42";

    private static KnowledgeGraphApp App(string environment, bool failingAnalyses = false, bool? graphiQL = null)
    {
        var app = new KnowledgeGraphApp
        {
            Environment = environment,
            ExtraServices = failingAnalyses
                ? services =>
                {
                    services.RemoveAll<IGraphAnalyses>();
                    services.AddSingleton(FailingAnalyses.Create());
                }
            : null,
        };
        if (graphiQL is { } on)
        {
            app.Settings["GraphQL:GraphiQL"] = on ? "true" : "false";
        }
        return app;
    }

    [Fact]
    public async Task An_unexpected_failure_in_production_answers_internal_with_only_a_correlation_id()
    {
        using var app = App("Production", failingAnalyses: true);
        var response = await app.PostAsync("""{ paths(from: "industry:tech", to: "industry:media_news") { length } }""");
        var text = await response.Content.ReadAsStringAsync();
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Equal("INTERNAL", (string?)error["extensions"]!["code"]);
        Assert.Contains(correlationId, (string?)error["message"]);
        Assert.Null(error["extensions"]!["details"]);
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(".cs", text);
    }

    [Fact]
    public async Task The_same_failure_in_development_shows_the_details_only_when_switched_on()
    {
        using var plain = App("Development", failingAnalyses: true);
        var hidden = await plain.PostAsync("""{ paths(from: "industry:tech", to: "industry:media_news") { length } }""");
        Assert.DoesNotContain("secret", await hidden.Content.ReadAsStringAsync());

        using var debugging = App("Development", failingAnalyses: true);
        debugging.Settings["GraphQL:ExceptionDetails"] = "true";   // as the Development launch profile sets it
        var shown = await debugging.PostAsync("""{ paths(from: "industry:tech", to: "industry:media_news") { length } }""");
        Assert.Contains("secret", await shown.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_default_launch_profile_of_the_run_command_is_production_without_exception_details()
    {
        var settings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Api", "Properties", "launchSettings.json")))!;
        var first = settings["profiles"]!.AsObject().First().Value!["environmentVariables"]!.AsObject();
        Assert.Equal("Production", (string?)first["ASPNETCORE_ENVIRONMENT"]);
        Assert.False(first.ContainsKey("GraphQL__ExceptionDetails"));
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", false, false)]
    public async Task GraphiQL_is_served_in_development_and_elsewhere_only_when_switched_on(string environment, bool? setting, bool served)
    {
        using var app = App(environment, graphiQL: setting);
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var page = await client.SendAsync(request);
        var script = await client.GetAsync("/graphiql/graphiql.min.js");
        Assert.Equal(served, page.Content.Headers.ContentType?.MediaType == "text/html");
        Assert.Equal(served ? HttpStatusCode.OK : HttpStatusCode.NotFound, script.StatusCode);
        if (!served)
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, page.StatusCode);
        }
    }

    /// <summary>Analyses that fail as a bug would, with internals in the exception.</summary>
    public class FailingAnalyses : DispatchProxy
    {
        public static IGraphAnalyses Create() => Create<IGraphAnalyses, FailingAnalyses>();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new InvalidOperationException(Secret);
    }
}
