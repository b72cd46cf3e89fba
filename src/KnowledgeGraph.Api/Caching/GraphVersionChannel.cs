using StackExchange.Redis;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Announces this replica's committed writes on a Redis channel and hears the others', so every replica's version in
/// memory moves at once. Reported up to <see cref="GraphVersions"/> as up only once this replica has heard its own
/// probe on the channel (a subscription that stands on the server, not one queued on a connection still coming back);
/// a dropped connection sends reads back to the store until the probe is heard again and the store has been read since.
/// </summary>
public sealed class GraphVersionChannel(RedisConnection redis, GraphVersions versions, ILogger<GraphVersionChannel> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("knowledge-graph:graph-version");

    private IConnectionMultiplexer? _connection;
    private volatile bool _subscribed;
    private volatile bool _heard;
    private readonly string _probe = "probe:" + Guid.NewGuid().ToString("N");
    private Action<RedisChannel, RedisValue>? _handler;

    // ConnectionRestored fires once per connection (interactive and subscription) and the refresher calls in every
    // second: one at a time, or a late unsubscribe of one could remove the subscription another just made.
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = await redis.GetAsync();
        _connection.ConnectionFailed += (_, _) =>
        {
            _heard = false;
            versions.ChannelUp = false;
            versions.Doubt();
        };
        // Announcements sent while it was down are lost: subscribe again, and only then let a read of the store
        // (begun after the subscription stands) restore trust.
        _connection.ConnectionRestored += (_, _) => _ = ResubscribeAsync();
        _handler = (_, message) =>
        {
            if (message == _probe)
            {
                // Heard: writes announced from now on arrive. Those announced before may be lost, so trust waits for a
                // read of the store that begins after this.
                _heard = true;
                versions.Doubt();
                Refresh();
            }
            else if (message.TryParse(out long version))
            {
                versions.Observe(version);
            }
        };
        await EnsureSubscribedAsync();
    }

    /// <summary>Subscribes when not yet subscribed (Redis was down at start) and refreshes whether the channel is up.</summary>
    public async Task EnsureSubscribedAsync()
    {
        await _turn.WaitAsync();
        try
        {
            await SubscribeUnlessSubscribedAsync();
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task SubscribeUnlessSubscribedAsync()
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
        if (_subscribed && !_heard && _connection.IsConnected)
        {
            await SendAsync(_probe);
        }
        Refresh();
    }

    private async Task ResubscribeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            _heard = false;
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
            await SubscribeUnlessSubscribedAsync();
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Tells the other replicas about a committed write; without Redis they find it with their next re-read.</summary>
    public Task PublishAsync(long version) => SendAsync(version);

    private async Task SendAsync(RedisValue message)
    {
        if (_connection is not { IsConnected: true } connection)
        {
            return;
        }
        try
        {
            await connection.GetSubscriber().PublishAsync(Channel, message);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not send {Message} on Redis; other replicas see a write within their re-read interval", message.ToString());
        }
    }

    private void Refresh() =>
        versions.ChannelUp = _subscribed && _heard && _connection is { } connection && connection.GetSubscriber().IsConnected(Channel);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
