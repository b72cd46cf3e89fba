using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Core;

namespace KnowledgeGraph.Tests.Api.Hosting;

/// <summary>Bad settings stop the host at start, not at the first request that reads them.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Auth:ApiKeys:0:Role", "owner")]
    [InlineData("GraphQL:MaxDepth", "0")]
    [InlineData("Cache:ExpirationSeconds", "-1")]
    [InlineData("Store:Provider", "Postgres")]
    [InlineData("Store:Provider", "postgresql")]
    [InlineData("Store:SqlitePageCacheMiB", "0")]
    [InlineData("Store:SqlitePageCacheMiB", "4097")]
    public void An_invalid_setting_fails_the_start(string key, string value)
    {
        var log = new LogSink();
        using var app = new KnowledgeGraphApp { ExtraServices = services => services.AddSingleton<ILogEventSink>(log) };
        app.Settings[key] = value;
        app.Settings["Auth:ApiKeys:0:Name"] = "someone";
        app.Settings["Auth:ApiKeys:0:Sha256"] = new string('0', 64);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        // The test host can lose a race with the failed host's disposal and report ObjectDisposedException instead of
        // the start's own error (a known WebApplicationFactory race); the failed start has then logged its reason.
        var cause = error.GetBaseException() as OptionsValidationException
            ?? log.Events.Select(e => e.Exception?.GetBaseException()).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(cause is not null, error.ToString());
    }
}
