using StackExchange.Redis;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Announces this replica's committed writes on a Redis channel and hears the others', so every replica's version in
/// memory moves at once. Reported up to <see cref="GraphVersions"/> only while subscribed and connected; a dropped
/// connection sends reads back to the store until it is restored and the store has been read again.
/// </summary>
public sealed class GraphVersionChannel(RedisConnection redis, GraphVersions versions, ILogger<GraphVersionChannel> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("knowledge-graph:graph-version");

    private IConnectionMultiplexer? _connection;
    private volatile bool _subscribed;
    private Action<RedisChannel, RedisValue>? _handler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = await redis.GetAsync();
        _connection.ConnectionFailed += (_, _) =>
        {
            versions.ChannelUp = false;
            versions.Doubt();
        };
        // Announcements sent while it was down are lost: subscribe again, and only then let a read of the store
        // (begun after the subscription stands) restore trust.
        _connection.ConnectionRestored += (_, _) => _ = ResubscribeAsync();
        _handler = (_, message) =>
        {
            if (message.TryParse(out long version))
            {
                versions.Observe(version);
            }
        };
        await EnsureSubscribedAsync();
    }

    /// <summary>Subscribes when not yet subscribed (Redis was down at start) and refreshes whether the channel is up.</summary>
    public async Task EnsureSubscribedAsync()
    {
        if (_connection is null)
        {
            return;
        }
        if (!_subscribed && _connection.IsConnected)
        {
            try
            {
                await _connection.GetSubscriber().SubscribeAsync(Channel, _handler!);
                _subscribed = true;
                versions.Doubt();
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning(e, "Could not subscribe to the graph-version channel; the graph version is read from the store");
            }
        }
        Refresh();
    }

    private async Task ResubscribeAsync()
    {
        versions.ChannelUp = false;
        versions.Doubt();
        if (_subscribed)
        {
            _subscribed = false;
            try
            {
                await _connection!.GetSubscriber().UnsubscribeAsync(Channel, _handler);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogDebug(e, "Leaving the graph-version channel after a reconnection failed");
            }
        }
        await EnsureSubscribedAsync();
    }

    /// <summary>Tells the other replicas about a committed write; without Redis they find it with their next re-read.</summary>
    public async Task PublishAsync(long version)
    {
        if (_connection is not { IsConnected: true } connection)
        {
            return;
        }
        try
        {
            await connection.GetSubscriber().PublishAsync(Channel, version);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not announce graph version {Version} on Redis; other replicas see it within their re-read interval", version);
        }
    }

    private void Refresh() => versions.ChannelUp = _subscribed && _connection is { } connection && connection.GetSubscriber().IsConnected(Channel);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
