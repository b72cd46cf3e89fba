namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// The real host on the seed graph, listening on a loopback port, for test classes whose clients are separate
/// processes (node scripts, a browser) and only read: a class fixture, so each such class starts one host.
/// </summary>
public sealed class LoopbackApp : IAsyncLifetime
{
    public KnowledgeGraphApp App { get; } = new();

    /// <summary>The host's address, such as <c>http://127.0.0.1:PORT/</c>.</summary>
    public string BaseUrl => App.ClientOptions.BaseAddress.ToString();

    public Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
