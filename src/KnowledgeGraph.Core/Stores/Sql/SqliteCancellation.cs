using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// Lets a cancelled token stop a running SQLite statement. Microsoft.Data.Sqlite checks the token only before a
/// statement and between rows, so a long statement (a wide recursive walk, a full scan) would run to its end after a
/// timeout or a disconnect. A progress handler on each native connection checks the token of the caller that opened it
/// every few thousand virtual-machine steps and interrupts the statement (SQLITE_INTERRUPT) once it is cancelled.
/// </summary>
public static class SqliteCancellation
{
    private const int StepsBetweenChecks = 4_000;
    private const int Interrupted = 9;   // SQLITE_INTERRUPT

    private static readonly ConditionalWeakTable<sqlite3, TokenHolder> Watches = [];

    /// <summary>From now until the connection closes, a statement on it stops when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static void Watch(DbConnection connection, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return;
        }
        var watch = Watches.GetValue(handle, native =>
        {
            var created = new TokenHolder();
            raw.sqlite3_progress_handler(native, StepsBetweenChecks, static state => ((TokenHolder)state).Token.IsCancellationRequested ? 1 : 0, created);
            return created;
        });
        watch.Token = cancellationToken;
        sqlite.StateChange += (_, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Closed)
            {
                watch.Token = CancellationToken.None;   // the pooled connection's next user brings its own token
            }
        };
    }

    /// <summary>True for the error of a statement stopped this way.</summary>
    public static bool IsInterruption(Exception exception) => exception is SqliteException { SqliteErrorCode: Interrupted };

    private sealed class TokenHolder
    {
        public CancellationToken Token { get; set; }
    }
}
