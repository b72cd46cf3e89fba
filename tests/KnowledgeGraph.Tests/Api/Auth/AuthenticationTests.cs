using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api.Auth;

/// <summary>
/// Credentials are asked of the authentication handlers only when a request sends an Authorization header: an
/// anonymous request builds no handler, and a request with a key or a bad credential is judged as before.
/// </summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly HandlerCount _built = new();
    private readonly CuratedApp _app;

    public AuthenticationTests()
    {
        _app = new CuratedApp
        {
            ExtraServices = services => services.AddTransient(sp =>
            {
                Interlocked.Increment(ref _built.Value);
                return ActivatorUtilities.CreateInstance<ApiKeyHandler>(sp);
            }),
        };
    }

    private sealed class HandlerCount
    {
        public int Value;
    }

    [Fact]
    public async Task Anonymous_requests_build_no_handler_and_credentialed_ones_are_judged()
    {
        _app.CreateClient().Dispose();
        var before = _built.Value;
        for (var i = 0; i < 3; i++)
        {
            using var anonymous = await _app.PostAsync("{ __typename }");
            Assert.Equal(200, (int)anonymous.StatusCode);
        }
        Assert.Equal(before, _built.Value);

        using var reader = await _app.PostAsync("{ auditLog { id } }", bearer: CuratedApp.ReaderKey);
        Assert.Contains("FORBIDDEN", await reader.Content.ReadAsStringAsync());   // authenticated as the reader, then refused
        Assert.Equal(before + 1, _built.Value);

        using var admin = await _app.PostAsync("{ auditLog { id } }", bearer: CuratedApp.AdminKey);
        Assert.Equal(200, (int)admin.StatusCode);
        Assert.DoesNotContain("errors", await admin.Content.ReadAsStringAsync());

        using var wrong = await _app.PostAsync("{ __typename }", bearer: "not-a-key-anyone-has");
        Assert.Equal(401, (int)wrong.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(before + 3, _built.Value);
    }

    public void Dispose() => _app.Dispose();
}
