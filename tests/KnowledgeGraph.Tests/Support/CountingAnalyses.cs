using System.Reflection;
using System.Runtime.ExceptionServices;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Counts every call to the analyses and passes it through: a proxy, so it follows the interface as it grows.</summary>
public class CountingAnalyses : DispatchProxy
{
    private IGraphAnalyses _inner = null!;
    private Action _count = null!;

    public static IGraphAnalyses Wrap(IGraphAnalyses inner, Action count)
    {
        var proxy = Create<IGraphAnalyses, CountingAnalyses>();
        var self = (CountingAnalyses)(object)proxy;
        self._inner = inner;
        self._count = count;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        _count();
        try
        {
            return targetMethod!.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
