using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Api.Caching;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Live;

/// <summary>
/// Carries what each write changed between replicas, on a Redis channel of its own beside the graph-version one
/// (<see cref="GraphVersionChannel"/>, whose bare version numbers older replicas read): every replica publishes its
/// committed writes and hands the other replicas' to its <see cref="LiveFeed"/>. Like all Redis pub/sub, a message sent
/// while a replica is disconnected is lost to it; its subscribers then see the next version jump.
/// </summary>
public sealed class GraphChangeChannel(RedisConnection redis, LiveFeed feed, CommittedWrites writes, ILogger<GraphChangeChannel> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("knowledge-graph:graph-changes");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private IConnectionMultiplexer? _connection;
    private int _subscribed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = await redis.GetAsync();
        writes.Committed += (change, result) =>
        {
            if (GraphChangeNotice.Of(change, result) is { } notice)
            {
                _ = PublishAsync(notice);
            }
        };
        _connection.ConnectionRestored += (_, _) => _ = SubscribeAsync();
        await SubscribeAsync();
    }

    private async Task SubscribeAsync()
    {
        if (_connection is not { IsConnected: true } connection || Interlocked.CompareExchange(ref _subscribed, 1, 0) != 0)
        {
            return;
        }
        try
        {
            await connection.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Volatile.Write(ref _subscribed, 0);
            logger.LogWarning(e, "Could not subscribe to the graph-changes channel; subscribers hear only this replica's writes until Redis is back");
        }
    }

    private void Receive(RedisValue message)
    {
        try
        {
            if (JsonSerializer.Deserialize<Envelope>(message.ToString(), Json) is { Notice: { } notice } envelope && envelope.Origin != _origin)
            {
                feed.Receive(notice);
            }
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "A message on the graph-changes channel could not be read");
        }
    }

    private async Task PublishAsync(GraphChangeNotice notice)
    {
        if (_connection is not { IsConnected: true } connection)
        {
            return;
        }
        try
        {
            await connection.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(new Envelope(_origin, notice), Json));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not announce graph version {GraphVersion} on Redis; other replicas' subscribers miss it", notice.GraphVersion);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed record Envelope(string Origin, GraphChangeNotice Notice);
}
