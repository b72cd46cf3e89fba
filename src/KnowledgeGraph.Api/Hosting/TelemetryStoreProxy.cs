using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Wraps a store interface so that each call inside a traced request is a span named for the method
/// (<c>IGraphStore.GetNodesAsync</c>), ended when its task completes. Arguments and results are never recorded. A
/// proxy, so it follows the interfaces as they grow; calls outside a trace (background refreshes) make no span.
/// </summary>
public class TelemetryStoreProxy<T> : DispatchProxy where T : class
{
    private T _inner = null!;

    public static T Wrap(T inner)
    {
        var proxy = Create<T, TelemetryStoreProxy<T>>();
        ((TelemetryStoreProxy<T>)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var method = targetMethod!;
        var parent = Activity.Current;
        var activity = parent is null ? null : TelemetrySpans.Source.StartActivity($"{typeof(T).Name}.{method.Name}");
        if (activity is null)
        {
            return Call(method, args);
        }
        activity.SetTag("code.function.name", $"{typeof(T).FullName}.{method.Name}");
        object? result;
        try
        {
            result = Call(method, args);
        }
        catch (Exception e)
        {
            Fail(activity, e);
            activity.Dispose();
            throw;
        }
        if (result is Task task)
        {
            task.ContinueWith(static (done, state) =>
            {
                var span = (Activity)state!;
                if (done.Exception?.InnerException is { } failure)
                {
                    Fail(span, failure);
                }
                span.Dispose();
            }, activity, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            Activity.Current = parent;   // the call's own continuations keep the span; the caller goes on in its own
        }
        else
        {
            activity.Dispose();   // a stream is read later, by the caller: the span covers the call only
        }
        return result;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    /// <summary>The exception's type only: its message may quote data.</summary>
    private static void Fail(Activity activity, Exception exception)
    {
        activity.SetStatus(ActivityStatusCode.Error);
        activity.SetTag("error.type", exception.GetType().FullName);
    }
}
