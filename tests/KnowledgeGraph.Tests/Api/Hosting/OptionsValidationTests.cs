using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.Options;

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
    public void An_invalid_setting_fails_the_start(string key, string value)
    {
        using var app = new KnowledgeGraphApp();
        app.Settings[key] = value;
        app.Settings["Auth:ApiKeys:0:Name"] = "someone";
        app.Settings["Auth:ApiKeys:0:Sha256"] = new string('0', 64);
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.True(error.GetBaseException() is OptionsValidationException, error.ToString());
    }
}
