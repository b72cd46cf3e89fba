using StackExchange.Redis;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// The one Redis connection of the process, shared by the response cache's second level and the graph-version
/// channel. It connects once, in the background when Redis is down (reconnection is StackExchange.Redis's own).
/// </summary>
public sealed class RedisConnection(string connectionString) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(async () =>
        await ConnectionMultiplexer.ConnectAsync(CacheSetup.RedisConfiguration(connectionString)));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }
}
