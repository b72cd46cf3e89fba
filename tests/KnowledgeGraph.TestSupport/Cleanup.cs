using System.Runtime.InteropServices;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// What a run must undo however it ends: servers and child processes to stop, temporary folders to remove. Owners
/// register an action while the thing exists and dispose the registration once they have undone it themselves; Ctrl+C,
/// SIGTERM, SIGHUP and SIGQUIT run whatever is still registered, newest first, before the runtime's default handling
/// ends the process, so nothing outlives an interrupted run.
/// </summary>
public static class Cleanup
{
    private static readonly List<Action> Pending = [];

    // Held for the life of the process: a registration that is collected stops handling its signal.
    private static readonly PosixSignalRegistration[] Signals =
        [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }.Select(s => PosixSignalRegistration.Create(s, _ => RunPending()))];

    static Cleanup()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunPending();
    }

    public static IDisposable Register(Action undo)
    {
        lock (Pending)
        {
            Pending.Add(undo);
        }
        return new Registration(undo);
    }

    /// <summary>Removes a folder and everything in it, ignoring a folder that is already gone.</summary>
    public static void DeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static void RunPending()
    {
        Action[] pending;
        lock (Pending)
        {
            pending = [.. Pending];
            Pending.Clear();
        }
        foreach (var undo in pending.Reverse())
        {
            try
            {
                undo();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"cleanup: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private sealed class Registration(Action undo) : IDisposable
    {
        public void Dispose()
        {
            lock (Pending)
            {
                Pending.Remove(undo);
            }
        }
    }
}
