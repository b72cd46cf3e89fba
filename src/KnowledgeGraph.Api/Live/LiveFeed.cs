using System.Threading.Channels;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.Live;

/// <summary>
/// The live updates of this process: every committed write of this replica (from <see cref="CommittedWrites"/>) and,
/// with Redis, of the other replicas (from <see cref="GraphChangeChannel"/>), passed in order to the subscriptions.
/// Writers never wait for subscribers: notices queue here and one loop hands them on. Findings are read from the store
/// only while someone subscribes to new evidence.
/// </summary>
public sealed class LiveFeed : BackgroundService
{
    /// <summary>Notices waiting to be handed on; past this the oldest are dropped (subscribers then see a version jump).</summary>
    public const int MaxPending = 10_000;

    private readonly Channel<GraphChangeNotice> _pending = Channel.CreateBounded<GraphChangeNotice>(
        new BoundedChannelOptions(MaxPending) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly IGraphStore _store;
    private readonly ILogger<LiveFeed> _logger;

    public LiveFeed(CommittedWrites writes, IGraphStore store, ILogger<LiveFeed> logger)
    {
        _store = store;
        _logger = logger;
        writes.Committed += (change, result) =>
        {
            if (GraphChangeNotice.Of(change, result) is { } notice)
            {
                Receive(notice);
            }
        };
    }

    /// <summary>Every write that moved the graph version.</summary>
    public Broadcast<GraphChangeNotice> Changes { get; } = new();

    /// <summary>Every finding a write added or changed, with where its intervention took place.</summary>
    public Broadcast<EvidenceNotice> Evidence { get; } = new();

    /// <summary>Subscriptions (of both kinds) listening right now in this process.</summary>
    public int Listeners => Changes.Count + Evidence.Count;

    /// <summary>Queues a write announced by this replica or another one.</summary>
    public void Receive(GraphChangeNotice notice) => _pending.Writer.TryWrite(notice);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            Changes.Next(notice, _logger);
            if (Evidence.Count == 0)
            {
                continue;
            }
            try
            {
                foreach (var evidence in await EvidenceNotice.ReadAsync(notice, _store, stoppingToken))
                {
                    Evidence.Next(evidence, _logger);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "The findings of graph version {GraphVersion} could not be read for new-evidence subscriptions", notice.GraphVersion);
            }
        }
    }
}
