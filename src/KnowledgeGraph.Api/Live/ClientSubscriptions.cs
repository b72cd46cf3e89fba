using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Live;

/// <summary>Counts the subscriptions each client holds in this process, so one client cannot hold them without bound.</summary>
public sealed class ClientSubscriptions(IOptions<LiveOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _held = new(StringComparer.Ordinal);

    /// <summary>A slot for one more subscription of the client, released on dispose; null when the client holds its maximum.</summary>
    public IDisposable? TryTake(string client)
    {
        var max = options.Value.MaxSubscriptionsPerClient;
        while (true)
        {
            var held = _held.GetOrAdd(client, 0);
            if (held >= max)
            {
                return null;
            }
            if (_held.TryUpdate(client, held + 1, held))
            {
                return new Slot(this, client);
            }
        }
    }

    /// <summary>Subscriptions held right now, by every client.</summary>
    public int Total => _held.Values.Sum();

    private void Release(string client)
    {
        while (_held.TryGetValue(client, out var held))
        {
            if (held <= 1 ? _held.TryRemove(new KeyValuePair<string, int>(client, held)) : _held.TryUpdate(client, held - 1, held))
            {
                return;
            }
        }
    }

    private sealed class Slot(ClientSubscriptions owner, string client) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(client);
            }
        }
    }
}
