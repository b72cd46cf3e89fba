namespace KnowledgeGraph.Api.Live;

/// <summary>
/// A hot observable: every value is passed to the observers subscribed at that moment, on the caller's thread.
/// Disposing a subscription removes its observer at once, so an ended operation leaves nothing behind.
/// </summary>
public sealed class Broadcast<T> : IObservable<T>
{
    private readonly Lock _lock = new();
    private IObserver<T>[] _observers = [];

    /// <summary>Observers subscribed right now.</summary>
    public int Count => Volatile.Read(ref _observers).Length;

    public IDisposable Subscribe(IObserver<T> observer)
    {
        lock (_lock)
        {
            _observers = [.. _observers, observer];
        }
        return new Subscription(this, observer);
    }

    /// <summary>Only the values that pass <paramref name="predicate"/>, for one subscriber.</summary>
    public IObservable<T> Where(Func<T, bool> predicate) => new Filtered(this, predicate);

    /// <summary>Passes the value to every observer; one that throws is left out of this value, not of the next.</summary>
    public void Next(T value, ILogger logger)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            try
            {
                observer.OnNext(value);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A live-update observer failed on an event");
            }
        }
    }

    private void Remove(IObserver<T> observer)
    {
        lock (_lock)
        {
            _observers = _observers.Where(o => !ReferenceEquals(o, observer)).ToArray();
        }
    }

    private sealed class Filtered(Broadcast<T> source, Func<T, bool> predicate) : IObservable<T>
    {
        public IDisposable Subscribe(IObserver<T> observer) => source.Subscribe(new FilteringObserver(observer, predicate));
    }

    private sealed class FilteringObserver(IObserver<T> inner, Func<T, bool> predicate) : IObserver<T>
    {
        public void OnNext(T value)
        {
            if (predicate(value))
            {
                inner.OnNext(value);
            }
        }

        public void OnError(Exception error) => inner.OnError(error);

        public void OnCompleted() => inner.OnCompleted();
    }

    private sealed class Subscription(Broadcast<T> owner, IObserver<T> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(observer);
            }
        }
    }
}
