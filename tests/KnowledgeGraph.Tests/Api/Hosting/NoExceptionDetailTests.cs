using System.Net;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>
/// No response carries an exception's detail, in any environment, unless <c>GraphQL:ExceptionDetails</c> switches it
/// on: not a resolver's failure, not one thrown by the HTTP pipeline around the GraphQL execution, not the CSV export,
/// not the health checks. Development is where ASP.NET Core would otherwise show its developer exception page.
/// </summary>
public sealed class NoExceptionDetailTests
{
    private const string Secret = "secret detail at /srv/app/Store.cs:line 42";

    private static void AssertNoDetail(string text)
    {
        Assert.DoesNotContain("secret", text);
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain(".cs", text);
        Assert.DoesNotContain(" at ", text);
    }

    private static async Task AssertInternalAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        AssertNoDetail(text);
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        Assert.Equal("INTERNAL", (string?)error["extensions"]!["code"]);
        Assert.Contains(response.Headers.GetValues("X-Correlation-Id").Single(), (string?)error["message"]);
        Assert.Null(error["extensions"]!["details"]);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    [InlineData("Staging")]
    public async Task An_unhandled_exception_in_a_resolver_answers_internal_without_detail_in_every_environment(string environment)
    {
        using var app = new KnowledgeGraphApp
        {
            Environment = environment,
            ExtraServices = services =>
            {
                services.RemoveAll<IGraphAnalyses>();
                services.AddSingleton(ProductionDefaultsTests.FailingAnalyses.Create());
            },
        };

        var response = await app.PostAsync("""{ paths(from: "industry:tech", to: "industry:media_news") { length } }""");

        await AssertInternalAsync(response);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task An_exception_thrown_by_the_http_pipeline_answers_500_internal_without_detail(string environment)
    {
        using var app = FailingVersionApp(environment);
        app.CreateClient();
        app.Services.GetRequiredService<FailingSwitch>().On = true;

        var response = await app.PostAsync("{ industries(first: 1) { nodes { id } } }");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        await AssertInternalAsync(response);
    }

    [Fact]
    public async Task A_failing_csv_export_answers_500_internal_without_detail_in_development()
    {
        using var app = new KnowledgeGraphApp
        {
            Environment = "Development",
            ExtraServices = services =>
            {
                services.RemoveAll<IGraphAnalyses>();
                services.AddSingleton(ProductionDefaultsTests.FailingAnalyses.Create());
            },
        };

        var response = await app.CreateClient().GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        await AssertInternalAsync(response);
    }

    [Fact]
    public async Task A_failing_health_check_says_unhealthy_and_nothing_more()
    {
        using var app = FailingVersionApp("Development");
        var client = app.CreateClient();
        app.Services.GetRequiredService<FailingSwitch>().On = true;

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", text);
    }

    [Fact]
    public async Task Exception_details_are_shown_only_when_switched_on()
    {
        using var app = new KnowledgeGraphApp
        {
            Environment = "Production",
            ExtraServices = services =>
            {
                services.RemoveAll<IGraphAnalyses>();
                services.AddSingleton(ProductionDefaultsTests.FailingAnalyses.Create());
            },
        };
        app.Settings["GraphQL:ExceptionDetails"] = "true";

        var response = await app.PostAsync("""{ paths(from: "industry:tech", to: "industry:media_news") { length } }""");

        Assert.Contains("secret", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A host whose graph-version read (made by the response cache before any execution) throws once switched on.</summary>
    private static KnowledgeGraphApp FailingVersionApp(string environment)
    {
        var app = new KnowledgeGraphApp
        {
            Environment = environment,
            ExtraServices = services =>
            {
                services.AddSingleton<FailingSwitch>();
                services.RemoveAll<IGraphStore>();
                services.AddSingleton<IGraphStore>(sp => VersionedGraphStore.Over(
                    FailingVersionStore.Wrap(sp.GetRequiredService<SqlGraphStore>(), sp.GetRequiredService<FailingSwitch>()), sp));
            },
        };
        app.Settings["Cache:VersionInMemory"] = "Off";
        return app;
    }

    public sealed class FailingSwitch
    {
        public volatile bool On;
    }

    /// <summary>The real store, except that reading the graph version fails as a bug would once the switch is on.</summary>
    public class FailingVersionStore : DispatchProxy
    {
        private IGraphStore _inner = null!;
        private FailingSwitch _switch = null!;

        public static IGraphStore Wrap(IGraphStore inner, FailingSwitch failing)
        {
            var proxy = Create<IGraphStore, FailingVersionStore>();
            var self = (FailingVersionStore)(object)proxy;
            self._inner = inner;
            self._switch = failing;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (_switch.On && targetMethod!.Name == nameof(IGraphStore.GetGraphVersionAsync))
            {
                throw new InvalidOperationException(Secret);
            }
            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
