using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Live;

/// <summary>The limits of live updates (subscriptions over Server-Sent Events and WebSocket); docs/operations.md lists them.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Whether subscriptions are served at all (the SSE route and the WebSocket upgrade); off answers them 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most operations running at once on one WebSocket; one more is refused with an error message.</summary>
    [Range(1, 1_000)]
    public int MaxOperationsPerConnection { get; set; } = 10;

    /// <summary>Most subscriptions one client (its actor, or its address when anonymous) holds at once across its connections to this replica.</summary>
    [Range(1, 100_000)]
    public int MaxSubscriptionsPerClient { get; set; } = 20;

    /// <summary>How often an idle stream carries a keep-alive (an SSE comment, a WebSocket ping frame).</summary>
    [Range(1, 3_600)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    [Range(1, 600)]
    public int ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// While anyone subscribes, how often the store's version is read to catch writes nobody announced (another process
    /// on the same SQLite file, replicas without Redis); such a write is announced as UNKNOWN one read later.
    /// </summary>
    [Range(50, 3_600_000)]
    public int VersionPollMilliseconds { get; set; } = 2_000;

    /// <summary>Messages waiting for a slow client; past this the connection is closed (the client reconnects, or polls graphVersion).</summary>
    [Range(1, 100_000)]
    public int MaxQueuedMessages { get; set; } = 1_000;
}
