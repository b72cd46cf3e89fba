using System.Data.Common;

namespace KnowledgeGraph.Core.Stores;

/// <summary>Raised when the store cannot be reached; the API answers STORE_UNAVAILABLE.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>
    /// True for an unreachable store: a failed open (the store wraps it, as its dialect recognises it), or a transient
    /// database error such as a connection that broke mid-query because the server went away (pooled connections
    /// only find out when they are used).
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException or DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }
}
