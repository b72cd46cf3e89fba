using System.Reflection;
using System.Runtime.ExceptionServices;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Holds node reads at a gate once armed, so a test can line up concurrent requests behind one execution.
/// A proxy rather than a decorator: it passes every other store member through untouched.
/// </summary>
public class GatedGraphStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private StoreGate _gate = null!;

    /// <summary>Wraps the host's registered store in a gated proxy.</summary>
    public static void Install(IServiceCollection services, StoreGate gate)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(registered);
        services.AddSingleton<IGraphStore>(sp =>
        {
            var proxy = Create<IGraphStore, GatedGraphStore>();
            var self = (GatedGraphStore)(object)proxy;
            self._inner = (IGraphStore)registered.ImplementationFactory!(sp);
            self._gate = gate;
            return proxy;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var method = targetMethod!;
        if (method.Name == nameof(IGraphStore.GetNodesAsync) && _gate.Armed)
        {
            var token = args!.OfType<CancellationToken>().FirstOrDefault();
            var pass = typeof(GatedGraphStore).GetMethod(nameof(AfterGateAsync), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]);
            return pass.Invoke(null, [_gate, (Func<object>)(() => Call(method, args)!), token]);
        }
        return Call(method, args);
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

    private static async Task<T> AfterGateAsync<T>(StoreGate gate, Func<object> call, CancellationToken cancellationToken)
    {
        await gate.PassAsync(cancellationToken);
        return await (Task<T>)call();
    }
}

public sealed class StoreGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Armed { get; set; }

    /// <summary>Completes when the first gated read is waiting.</summary>
    public Task Entered => _entered.Task;

    /// <summary>Completes when a gated read was cancelled while it waited: the store work was stopped.</summary>
    public Task Cancelled => _cancelled.Task;

    public void Open() => _open.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        try
        {
            await _open.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult();
            throw;
        }
    }
}
