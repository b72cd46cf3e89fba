using System.Threading.Channels;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;

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
    private readonly TimeSpan _poll;
    private long _announced;   // the highest version a notice has carried

    public LiveFeed(CommittedWrites writes, IGraphStore store, IOptions<LiveOptions> options, ILogger<LiveFeed> logger)
    {
        _store = store;
        _logger = logger;
        _poll = TimeSpan.FromMilliseconds(options.Value.VersionPollMilliseconds);
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
    public void Receive(GraphChangeNotice notice)
    {
        long seen;
        while ((seen = Interlocked.Read(ref _announced)) < notice.GraphVersion && Interlocked.CompareExchange(ref _announced, notice.GraphVersion, seen) != seen)
        {
        }
        _pending.Writer.TryWrite(notice);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(HandOnAsync(stoppingToken), PollAsync(stoppingToken));

    /// <summary>
    /// While anyone listens, reads the store's version every <see cref="LiveOptions.VersionPollMilliseconds"/>: a version
    /// no notice has carried by the next read (another process writing the SQLite file, a replica without Redis) is
    /// announced as an UNKNOWN change, so subscribers learn of every write, if not of what it wrote.
    /// </summary>
    private async Task PollAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_poll);
        long? unannounced = null;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (Listeners == 0)
            {
                unannounced = null;
                continue;
            }
            try
            {
                var version = await _store.GetGraphVersionAsync(stoppingToken);
                if (Interlocked.CompareExchange(ref _announced, version, 0) == 0)
                {
                    continue;   // the first read only sets where announcing starts
                }
                if (unannounced is { } pending && pending > Interlocked.Read(ref _announced))
                {
                    Receive(GraphChangeNotice.Unknown(Math.Max(pending, version)));
                    unannounced = null;
                }
                else
                {
                    unannounced = version > Interlocked.Read(ref _announced) ? version : null;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogDebug(e, "The graph version could not be read for live updates");
            }
        }
    }

    private async Task HandOnAsync(CancellationToken stoppingToken)
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
