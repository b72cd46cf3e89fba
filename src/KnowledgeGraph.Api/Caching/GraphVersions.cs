using KnowledgeGraph.Api.Store;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// The graph version the response cache keys on, kept in memory where that is safe, so a cache hit touches no database.
/// Memory is trusted only when all of these hold: <c>Cache:VersionInMemory</c> is Auto; every write of this process
/// goes through <see cref="VersionedGraphStore"/> (which moves the version at once from the write's result); the last
/// read from the store succeeded and nothing cast doubt on it since (a failed write, a lost Redis connection); and
/// either the store is SQLite (one process serves the file; another process writing it, such as the import verb, is
/// seen by the re-read every <c>Cache:VersionRefreshMilliseconds</c>) or the store is PostgreSQL and this replica is
/// subscribed to the other replicas' writes through Redis (<see cref="GraphVersionChannel"/>; the same re-read bounds
/// the staleness of a lost message). PostgreSQL without Redis reads the store on every cached read: replicas may share
/// the database unseen.
/// </summary>
public sealed class GraphVersions
{
    private readonly Lock _lock = new();
    private long _version;
    private long _sequence;   // moves with every change of _version: a read may set an exact (even lower) value only if none came in between
    private long _epoch;      // moves with every doubt: a read that began before one does not restore trust
    private volatile bool _primed;
    private volatile bool _writesObserved;
    private volatile bool _channelUp;

    public GraphVersions(IOptions<CacheOptions> cache, IOptions<StoreOptions> store)
    {
        var isPostgres = store.Value.Provider == StoreProvider.Postgres;
        var hasRedis = !string.IsNullOrWhiteSpace(cache.Value.Redis);
        InMemory = cache.Value.VersionInMemory == GraphVersionMemory.Auto && (!isPostgres || hasRedis);
        NeedsChannel = isPostgres;
    }

    /// <summary>Whether this process keeps the version in memory at all (and re-reads it in the background).</summary>
    public bool InMemory { get; }

    /// <summary>Whether memory is trusted only while the Redis channel is up.</summary>
    public bool NeedsChannel { get; }

    /// <summary>Whether a cached read right now would be answered from memory.</summary>
    public bool Trusted => InMemory && _writesObserved && _primed && (!NeedsChannel || _channelUp);

    /// <summary>The version a cached read keys on: from memory when trusted, else read from the store (and remembered).</summary>
    public async ValueTask<long> CurrentAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        if (Trusted)
        {
            return Volatile.Read(ref _version);
        }
        return InMemory ? await ReadAsync(store, cancellationToken) : await store.GetGraphVersionAsync(cancellationToken);
    }

    /// <summary>Reads the version from the store and remembers it; a failure withdraws trust until the next good read.</summary>
    public async Task<long> ReadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        long sequence, epoch;
        lock (_lock)
        {
            (sequence, epoch) = (_sequence, _epoch);
        }
        long read;
        try
        {
            read = await store.GetGraphVersionAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Doubt();
            throw;
        }
        lock (_lock)
        {
            _version = sequence == _sequence ? read : Math.Max(_version, read);
            _sequence++;
            if (epoch == _epoch)
            {
                _primed = true;
            }
            return read;
        }
    }

    /// <summary>A committed write's version, from this process or announced by another replica: the version only moves forward here.</summary>
    public void Observe(long version)
    {
        lock (_lock)
        {
            if (version > _version)
            {
                _version = version;
            }
            _sequence++;
        }
    }

    /// <summary>Memory may have missed a write (a write failed half-way, the Redis channel dropped): read the store until a read succeeds.</summary>
    public void Doubt()
    {
        lock (_lock)
        {
            _primed = false;
            _epoch++;
        }
    }

    /// <summary>Every write of this process is seen: called by <see cref="VersionedGraphStore"/> when it wraps the store.</summary>
    internal void WritesObserved() => _writesObserved = true;

    /// <summary>Set by <see cref="GraphVersionChannel"/>: whether other replicas' writes reach this one.</summary>
    internal bool ChannelUp
    {
        get => _channelUp;
        set => _channelUp = value;
    }
}
